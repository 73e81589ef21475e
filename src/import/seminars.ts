/**
 * The seminars an article is about: their names (one or several: "the Seminar on A and the
 * Workshop on B"; 2023年拉丁美洲国家科技创新研修班), the host and organiser with their printed
 * roles, the duration, the participants and the visits.
 */
import type { Organization, Seminar } from '../model/types.js';
import type { Findings } from './findings.js';
import type { Outline } from './outline.js';
import { findDates } from './dates.js';
import { findOrganizations } from './organizations.js';
import { findParticipants } from './participants.js';
import { findVisits } from './visits.js';

/** The nouns that make a name a seminar's. */
const KEYWORDS = 'Seminar|Workshop|Training Course|Training Programme|Training Program|Course|Programme|Forum|Symposium';
/** A capitalised word, a number, a parenthesised word, or a small word inside a name ("on", "for", "and", "the"). */
const NAME_WORD = "(?:[A-Z\\u00C0-\\u00DE][\\p{L}\\p{M}'’&.-]*|\\d{4}|\\([A-Z][^()]{0,40}\\)|[A-Z]{2,}(?:-[A-Z]+)?)";
const SMALL = '(?:of|on|for|and|the|in|to|&|from|with|a|an|at|by|between|among|along|under|within|towards|across|through|into|about)';
/** "Seminar on Science and Technology Innovation for Latin American Countries", "2024 Workshop on Digital Trade". */
const NAME = new RegExp(`(?:${NAME_WORD}\\s+)*?(?:${KEYWORDS})(?:\\s+(?:${SMALL}\\s+)*${NAME_WORD})*`, 'gu');
const NAME_START = /^(?:The|A|An|This|That|Smooth|Successful|Grand|For|Of|On|In|At|And)\s+/;
/** Chinese names end in one of these: 研修班, 培训班, 研讨会, 部长级研讨会... */
const CHINESE_NAME = new RegExp(
  String.raw`[“《「]?([\u4e00-\u9fa5A-Za-z0-9（）()·—-]{2,60}?(?:研修班|` + String.raw`培训班|研讨班|研讨会|培训项目|训练班|论坛))[”》」]?`,
  'g',
);
/** Where a Chinese name cannot start: it is cut after the last of these. */
const CHINESE_BEFORE = /^.*(?:的|由|在|于|为|是|和|与|及|了|，|。|、|：|；|“|”|《|》|「|」|\s)/;

const slug = (name: string, index: number) => {
  const ascii = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .filter((word) => !['the', 'of', 'on', 'for', 'and', 'in', 'to', 'a', 'an'].includes(word))
    .slice(0, 6)
    .join('-');
  // A name with no Latin letters (a Chinese name, or only its year) gives no readable slug: its number does.
  return /[a-z]/.test(ascii) ? ascii : `seminar-${index + 1}`;
};

interface FoundName {
  name: string;
  /** The text of the paragraph it was found in, for the readers of host, duration and participants. */
  context: string;
  certain: boolean;
}

/** Seminar names in order of first appearance; a name printed again is one seminar. */
export function seminarNames(texts: string[]): FoundName[] {
  const found: FoundName[] = [];
  const key = (name: string) => name.toLowerCase().replace(/^\d{4}\s+/, '');
  const add = (name: string, context: string, certain: boolean) => {
    const trimmed = name.replace(NAME_START, '').replace(NAME_START, '').trim();
    if (!new RegExp(`(?:${KEYWORDS})`).test(trimmed) && !/[\u4e00-\u9fa5]/.test(trimmed)) return;
    // A bare keyword ("the Seminar", "研修班") names no seminar: it refers to one already named.
    if (new RegExp(`^(?:${KEYWORDS})$`).test(trimmed) || /^(?:研修班|培训班|研讨班|研讨会|培训项目|训练班|论坛)$/.test(trimmed)) return;
    if (trimmed.split(/\s+/).length < 3 && !/[\u4e00-\u9fa5]/.test(trimmed)) return;
    // 本次研修班, 该培训班: "this seminar", not a name.
    if (/^(?:本次|本期|该|此|这个|这期|此次)/.test(trimmed)) return;
    const existing = found.find(
      (other) => key(other.name) === key(trimmed) || key(other.name).endsWith(key(trimmed)) || key(trimmed).endsWith(key(other.name)),
    );
    if (existing) {
      // The longer printing is the full name ("2023 Seminar on X" and "Seminar on X").
      if (trimmed.length > existing.name.length && !existing.certain) existing.name = trimmed;
      return;
    }
    found.push({ name: trimmed, context, certain });
  };
  for (const text of texts) {
    for (const match of text.matchAll(NAME)) for (const part of splitNames(match[0])) add(part, text, true);
    for (const match of text.matchAll(CHINESE_NAME)) {
      const quoted = /^[“《「]/.test(match[0]);
      add(quoted ? match[1]! : match[1]!.replace(CHINESE_BEFORE, ''), text, quoted);
    }
  }
  return found;
}

/** "Seminar on A and the Workshop on B" is two names; "Seminar on Trade and Investment" is one. */
function splitNames(span: string): string[] {
  const parts = span.split(new RegExp(`\\s+(?:and|&)\\s+(?:the\\s+)?(?=(?:${NAME_WORD}\\s+)*?(?:${KEYWORDS})\\b)`, 'u'));
  return parts.every((part) => new RegExp(`\\b(?:${KEYWORDS})\\b`).test(part)) ? parts : [span];
}

export function findSeminars(outline: Outline, paragraphs: string[], findings: Findings): Seminar[] {
  // The body names the seminars; the title often repeats a name with other words around it
  // ("Workshop on X Comes to a Successful Close"): its names count only when the body names none.
  const names = seminarNames(paragraphs.slice(0, 3));
  if (names.length === 0) for (const name of seminarNames([outline.title ?? ''])) names.push({ ...name, certain: false });
  if (names.length === 0) {
    findings.add('seminars', '', 'guess', 'the text names no seminar: add one (the model needs at least one)');
    return [];
  }
  const seminars: Seminar[] = names.map(({ name, certain }, i) => {
    const path = `seminars[${i}]`;
    findings.add(`${path}.name`, name, certain ? 'certain' : 'guess', certain ? undefined : 'where a Chinese name starts is a guess');
    const seminar: Seminar = { id: slug(name, i), name };
    findings.add(`${path}.id`, name, 'guess', 'made from the name');
    return seminar;
  });
  // Ids must differ: a second seminar with the same slug takes its number.
  seminars.forEach((seminar, i) => {
    if (seminars.findIndex((other) => other.id === seminar.id) !== i) seminar.id = `${seminar.id}-${i + 1}`;
  });
  const all = [...paragraphs, ...outline.facts].join('\n');
  for (const [i, seminar] of seminars.entries()) {
    const path = `seminars[${i}]`;
    // The facts of a seminar are read in the paragraph that names it, and in the whole text when it is the only one.
    const context = seminars.length === 1 ? all : names[i]!.context;
    const { host, organizer } = findOrganizations(context, findings, path);
    if (host) seminar.host = host as Organization;
    if (organizer) seminar.organizer = organizer as Organization;
    const duration = findDuration(context);
    if (duration) {
      seminar.durationDays = duration.days;
      findings.add(`${path}.durationDays`, duration.source, 'certain');
    }
    // "runs from 14 to 27 November 2024": the seminar's own dates, when a range is printed.
    const range = findDates(context).find((date) => date.end && !date.start.startsWith('--'));
    if (
      range &&
      /\b(?:from|runs?|running|lasts?|lasting|through|until)\b|至|到/.test(context.slice(Math.max(0, range.index - 30), range.index + range.source.length))
    ) {
      seminar.startDate = range.start;
      seminar.endDate = range.end!;
      findings.add(`${path}.startDate`, range.source, 'guess', "a range of dates printed in the seminar's paragraph");
      findings.add(`${path}.endDate`, range.source, 'guess', "a range of dates printed in the seminar's paragraph");
    }
    const participants = findParticipants(seminars.length === 1 ? all : context, findings, `${path}.participants`);
    if (participants) seminar.participants = participants;
    const visits = findVisits(seminars.length === 1 ? all : context, findings, `${path}.visits`);
    if (visits.length) seminar.visits = visits;
  }
  return seminars;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
};

/** "The 21-day Seminar", "a 14-day workshop", "lasting 10 days", "two-week", 为期14天, 为期两周. */
export function findDuration(text: string): { days: number; source: string } | undefined {
  const english = /\b(\d{1,3}|[a-z]+)[- ](day|week|month)s?\b(?!s?\s+(?:ago|later|before|after))/i.exec(text);
  if (english && /(?:-|\blast|\bfor\b|\bspan|\bof\b|\bover\b)/i.test(text.slice(Math.max(0, english.index - 12), english.index + english[0].length))) {
    const count = /^\d+$/.test(english[1]!) ? Number(english[1]) : NUMBER_WORDS[english[1]!.toLowerCase()];
    const unit = english[2]!.toLowerCase();
    if (count && unit === 'day') return { days: count, source: english[0] };
    if (count && unit === 'week') return { days: count * 7, source: english[0] };
  }
  const chinese = /为期\s*(\d{1,3}|[一二三四五六七八九十两]+)\s*(天|日|周|个月)/.exec(text);
  if (chinese) {
    const count = /^\d+$/.test(chinese[1]!) ? Number(chinese[1]) : chineseNumber(chinese[1]!);
    const days = chinese[2] === '周' ? count * 7 : chinese[2] === '个月' ? 0 : count;
    if (days > 0) return { days, source: chinese[0] };
  }
  return undefined;
}

/** 十四 → 14, 二十一 → 21, 两 → 2 (up to 99). */
export function chineseNumber(text: string): number {
  const digits: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const tenValue = text.includes('十') ? (tens ? (digits[tens] ?? 0) : 1) : 0;
  return tenValue * 10 + (ones ? (digits[ones] ?? 0) : 0);
}
