/**
 * What kind of event the article reports (opening, closing, both, a ministerial workshop, a visit,
 * a meeting; or the printed label when no keyword says it) and how it was held (online, in person,
 * hybrid), from the wording.
 */
import type { EventFormat, EventKind } from '../model/types.js';

export interface FoundKind {
  kind?: EventKind;
  /** The kind as printed, when the keyword does not say all of it ("Ministerial Workshop", "Graduation Ceremony"). */
  label?: string;
  source: string;
  certainty: 'certain' | 'guess';
}

const OPENING = new RegExp(
  String.raw`\bopening(?:\s+ceremony|\s+session)?\b|\bsmooth(?:ly)?\s+open(?:ed|ing|` +
    String.raw`s)?\b|\bkick(?:ed|s)?\s*-?\s*off\b|\blaunch(?:ed|ing)?\s+ceremony\b|开班仪式|` +
    String.raw`开班式|开班典礼|开幕式|开幕|开班`,
  'i',
);
const CLOSING = new RegExp(
  String.raw`\bclosing(?:\s+ceremony|\s+session)?\b|\bgraduation(?:\s+ceremony)?\b|` +
    String.raw`\bcompletion\s+ceremony\b|\bconcluded\b|\bclose[sd]?\s+successfully\b|` +
    String.raw`结业仪式|结业式|结业典礼|闭幕式|闭幕|结业`,
  'i',
);
const BOTH = /\bopening\s+and\s+closing\s+ceremon(?:y|ies)\b|开结业仪式|开班暨结业/i;
/** Printed kinds that the keywords name only in part: kept as the label. */
const LABELS: [RegExp, EventKind | undefined][] = [
  [/\bMinisterial\s+(?:Workshop|Seminar|Forum|Roundtable)\b|部长级研讨会|部级研讨会/i, 'ministerial-workshop'],
  [/\bGraduation\s+Ceremony\b/i, 'closing-ceremony'],
  [/\bCompletion\s+Ceremony\b/i, 'closing-ceremony'],
  [/\bLaunch\s+Ceremony\b/i, 'opening-ceremony'],
  [/\bSigning\s+Ceremony\b|签约仪式/i, 'other'],
  [/\bAwards?\s+Ceremony\b|颁奖仪式/i, 'other'],
];

/** The kind from the title first (it names the occasion), then the opening paragraphs. */
export function findKind(title: string, opening: string): FoundKind | undefined {
  for (const text of [title, opening]) {
    const certainty = text === title ? 'certain' : 'guess';
    for (const [pattern, kind] of LABELS) {
      const match = pattern.exec(text);
      if (match) return { ...(kind ? { kind } : {}), label: match[0], source: match[0], certainty };
    }
    const both = BOTH.exec(text);
    if (both) return { kind: 'opening-and-closing', source: both[0], certainty };
    const opening = OPENING.exec(text);
    const closing = CLOSING.exec(text);
    if (opening && closing) return { kind: 'opening-and-closing', source: opening.index < closing.index ? opening[0] : closing[0], certainty: 'guess' };
    if (opening) return { kind: 'opening-ceremony', source: opening[0], certainty };
    if (closing) return { kind: 'closing-ceremony', source: closing[0], certainty };
  }
  const visit = /\b(?:visit(?:s|ed)?|study tour|field trip)\b|参观|考察|调研/i.exec(title);
  if (visit) return { kind: 'visit', source: visit[0], certainty: 'guess' };
  const meeting = /\b(?:meeting|symposium|roundtable|forum)\b|座谈会|会议|论坛/i.exec(title);
  if (meeting) return { kind: 'meeting', source: meeting[0], certainty: 'guess' };
  return undefined;
}

export interface FoundFormat {
  format: EventFormat;
  source: string;
  certainty: 'certain' | 'guess';
}

const HYBRID = new RegExp(
  String.raw`\bhybrid\b|\bonline\s+and\s+offline\b|\boffline\s+and\s+online\b|\bboth\s+online\s+and\s+(?:on-?site|` +
    String.raw`in\s+person)\b|线上线下|线上与线下|线上和线下|线下与线上`,
  'i',
);
const ONLINE = new RegExp(
  String.raw`\bonline\b|\bvirtual(?:ly)?\b|\bvia\s+video(?:\s*link|\s*conference)?\b|` +
    String.raw`\bvideo\s*(?:link|conference|conferencing)\b|\bvia\s+Zoom\b|\bcloud\s+(?:ceremony|` +
    String.raw`opening|classroom)\b|线上|云端|视频会议|网络直播|在线`,
  'i',
);
const IN_PERSON = /\bin\s+person\b|\bon-?site\b|\boffline\b|\bin-person\b|线下|现场/i;
/** Wording that shows people together in a room without saying "in person". */
const TOGETHER = /\bgroup\s+photo\b|\bwas\s+held\s+(?:in|at)\b|\btook\s+place\s+(?:in|at)\b|合影|在.{1,20}(?:举行|举办|召开)/i;

export function findFormat(text: string): FoundFormat | undefined {
  const hybrid = HYBRID.exec(text);
  if (hybrid) return { format: 'hybrid', source: hybrid[0], certainty: 'certain' };
  const online = ONLINE.exec(text);
  const inPerson = IN_PERSON.exec(text);
  if (online && inPerson) return { format: 'hybrid', source: online[0], certainty: 'guess' };
  if (online) return { format: 'online', source: online[0], certainty: 'certain' };
  if (inPerson) return { format: 'in-person', source: inPerson[0], certainty: 'certain' };
  const together = TOGETHER.exec(text);
  if (together) return { format: 'in-person', source: together[0], certainty: 'guess' };
  return undefined;
}
