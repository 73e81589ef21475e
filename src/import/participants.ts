/**
 * The participants: "The 21-day Seminar included 31 officials from Bolivia, Brazil, ... and
 * Venezuela", "25 participants from Angola, Mozambique and other countries", "officials from 15
 * African countries" (a region only), 来自玻利维亚、巴西等10个国家的31名官员.
 */
import type { Participants } from '../model/types.js';
import { countryOf, REGION, type FoundCountry } from './countries.js';
import { plain, type Findings } from './findings.js';
import { chineseNumber } from './seminars.js';

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** "two" to "ninety-nine", as printed ("Twenty-two engineers"). */
const WORDS = `(?:(?:${TENS.join('|')})(?:-(?:${UNITS.join('|')}))?|${TEENS.join('|')}|${UNITS.slice(1).join('|')})`;

/** The value of a number written in digits or in English words up to 99. */
export function englishNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, units] = text.toLowerCase().split('-');
  if (TEENS.includes(tens!)) return 10 + TEENS.indexOf(tens!);
  if (TENS.includes(tens!)) return (TENS.indexOf(tens!) + 2) * 10 + (units ? UNITS.indexOf(units) + 1 : 0);
  const unit = UNITS.indexOf(tens!);
  return unit >= 0 ? unit + 1 : undefined;
}
const PEOPLE = [
  'officials|participants|trainees|delegates|experts|students|representatives|professionals|scholars|journalists',
  'entrepreneurs|diplomats|teachers|doctors|managers|executives|personnel|officers|technicians|members|leaders',
  'ministers|guests|researchers|specialists|engineers|staff',
].join('|');

/** "31 officials from LIST", "a total of 25 government officials and experts from LIST", "20 trainees". */
const ENGLISH = new RegExp(
  `(?<![\\w-])(\\d{1,5}|${WORDS})\\s+((?:[A-Za-z-]+\\s+){0,3}?(?:${PEOPLE})(?:\\s+(?:and|&)\\s+(?:[A-Za-z-]+\\s+){0,2}?(?:${PEOPLE}))?)\\b` +
    `(?:\\s+(?:who\\s+)?(?:came|come|coming)?\\s*(?:from|representing)\\s+(.+?))?` +
    `(?=[.;](?:\\s|$)|$|,?\\s+(?:and\\s+)?(?:will|would|who|attended|attend|attends|participated|participate|participates|took|take|takes|` +
    `joined|join|joins|were|are|have|has|had|visited|attending|participating|taking|learned|learnt|studied|gathered|arrived)\\b)`,
  'i',
);
/** 来自LIST的31名官员, 31名学员来自LIST */
const CHINESE = new RegExp(
  String.raw`来自(.{1,400}?)的(?:共)?(\d{1,5}|[一二两三四五六七八九十百]+)\s*名(.{0,12}?(?:官员|` + String.raw`学员|专家|代表|学者|人员|嘉宾))`,
);
const CHINESE_AFTER = new RegExp(
  String.raw`(\d{1,5}|[一二两三四五六七八九十百]+)\s*名(.{0,12}?(?:官员|` +
    String.raw`学员|专家|代表|学者|人员|嘉宾))来自(.{1,400}?)(?:[，。；]|` +
    String.raw`$)`,
);

/** Wording that says the list is not all of the countries. */
const PARTIAL = new RegExp(
  String.raw`\b(?:and|as well as|among)\s+other\s+(?:[\w-]+\s+){0,2}(?:countries|nations|` +
    String.raw`regions|states)\b|\betc\b\.?|\bamong others\b|\band more\b|\bincluding\b|` +
    String.raw`\bsuch as\b|\by otros países\b|\be outros países\b|\bet d'autres pays\b`,
  'i',
);

export function findParticipants(text: string, findings: Findings, path: string): Participants | undefined {
  const english = ENGLISH.exec(text);
  const chinese = CHINESE.exec(text);
  const chineseAfter = chinese ? null : CHINESE_AFTER.exec(text);
  if (!english && !chinese && !chineseAfter) return undefined;
  const participants: Participants = {};
  let list: string | undefined;
  if (chinese || chineseAfter) {
    const [countText, kind, printedList] = chinese ? [chinese[2]!, chinese[3]!, chinese[1]!] : [chineseAfter![1]!, chineseAfter![2]!, chineseAfter![3]!];
    const count = /^\d+$/.test(countText) ? Number(countText) : chineseNumber(countText);
    if (count > 0) participants.count = count;
    participants.kind = kind.replace(/^(?:位|名)/, '');
    list = printedList;
    findings.add(`${path}.count`, (chinese ?? chineseAfter)![0], 'certain');
  } else if (english) {
    const count = englishNumber(english[1]!);
    if (count) participants.count = count;
    participants.kind = english[2]!.trim();
    list = english[3];
    findings.add(`${path}.count`, english[0], 'certain');
  }
  if (participants.kind) findings.add(`${path}.kind`, plain(participants.kind), 'certain');
  if (list) readList(list.trim(), participants, findings, path);
  return participants;
}

function readList(list: string, participants: Participants, findings: Findings, path: string): void {
  const chinese = /[\u4e00-\u9fa5]/.test(list);
  let text = list;
  let printedCount: number | undefined;
  let partial = PARTIAL.test(text);
  if (chinese) {
    // "等10个国家", "10个国家", "等国": the count and the 等 ("and others") at the end.
    const tail = /(等)?\s*(?:(\d{1,3}|[一二两三四五六七八九十]+)\s*个)?(?:国家|国)(?:和地区)?$/.exec(text);
    if (tail && (tail[1] || tail[2])) {
      if (tail[2]) printedCount = /^\d+$/.test(tail[2]) ? Number(tail[2]) : chineseNumber(tail[2]);
      // 等 after a list as long as the count it gives ("智利、秘鲁等2个国家") closes the list; without a count, it says "and others".
      partial = Boolean(tail[1]) && printedCount === undefined;
      text = text.slice(0, tail.index);
    } else if (/等$/.test(text)) {
      partial = true;
      text = text.slice(0, -1);
    }
  } else {
    // "12 countries, including A, B and C", "the following countries: A, B": the names after.
    const intro = new RegExp(
      String.raw`^(?:the\s+following\s+)?(?:(\d{1,3}|\w+)\s+)?(?:[\w-]+\s+)?(?:countries|` +
        String.raw`nations)(?:\s+and\s+regions)?\s*(?:,?\s*(?:including|such as|namely|like)\s*|` +
        String.raw`:\s*)`,
      'i',
    ).exec(text);
    if (intro) {
      const n = Number(intro[1]);
      if (n) printedCount = n;
      text = text.slice(intro[0].length);
    }
    text = text
      .replace(/,?\s*(?:and|as well as)\s+other\s+.*$/i, '')
      .replace(/,?\s*etc\.?$/i, '')
      .replace(/,?\s*among others$/i, '');
  }
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const item of splitList(text, chinese)) {
    const found = countryOf(item) ?? leadingCountry(item);
    if (found) {
      if (!codes.includes(found.code)) {
        findings.add(
          `${path}.countries[${codes.length}]`,
          item,
          found.certain ? 'certain' : 'guess',
          found.certain ? undefined : 'the name may be another country',
        );
        codes.push(found.code);
      }
    } else unknown.push(item);
  }
  if (codes.length) {
    participants.countries = codes;
    // The list is all of them unless the text says otherwise, or counts more than it names.
    if (partial || (printedCount !== undefined && printedCount > codes.length)) {
      participants.countriesComplete = false;
      findings.add(`${path}.countriesComplete`, list, 'certain', 'the text names only some of the countries');
    }
  }
  const region = unknown.find((item) => REGION.test(item));
  if (region && codes.length === 0) {
    participants.region = region.replace(/^(?:the\s+)?(?:\d{1,3}\s+)?/i, '');
    findings.add(`${path}.region`, region, 'certain');
  }
  for (const item of unknown) if (item !== region) findings.add(`${path}.countries`, item, 'guess', 'not read as a country: add it if it is one');
}

/** "A, B, C and D", "A, B, and D", "A y B", "A、B和C"; "Trinidad and Tobago" stays one name. */
function splitList(text: string, chinese: boolean): string[] {
  const parts = text.split(chinese ? /\s*[、，,;；]\s*/ : /\s*[,;]\s*/).filter((part) => part.trim() !== '');
  const joiner = chinese ? /\s*(?:和|及|与|以及)\s*/ : /\s+(?:and|&|y|e|et)\s+/i;
  return parts.flatMap((part) => {
    const cleaned = part.replace(chinese ? /^(?:和|及|与|以及)/ : /^(?:and|&|y|e|et)\s+/i, '').trim();
    if (countryOf(cleaned) || !joiner.test(cleaned)) return [cleaned];
    // Split at each joiner; rejoin neighbours that are one country together ("Bosnia and Herzegovina and Serbia").
    const pieces = cleaned.split(joiner);
    const result: string[] = [];
    for (let i = 0; i < pieces.length; i += 1) {
      const pair =
        i + 1 < pieces.length
          ? cleaned.slice(cleaned.indexOf(pieces[i]!), cleaned.indexOf(pieces[i + 1]!, cleaned.indexOf(pieces[i]!) + pieces[i]!.length) + pieces[i + 1]!.length)
          : '';
      if (pair && countryOf(pair) && !countryOf(pieces[i]!)) {
        result.push(pair);
        i += 1;
      } else result.push(pieces[i]!);
    }
    return result;
  });
}

/** "Uzbekistan take part in the course": a list's last item may run into the sentence; its first words may be the country (a guess). */
function leadingCountry(item: string): FoundCountry | undefined {
  const words = item.split(/\s+/);
  for (let n = Math.min(words.length - 1, 6); n >= 1; n -= 1) {
    const found = countryOf(words.slice(0, n).join(' '));
    if (found) return { ...found, certain: false };
  }
  return undefined;
}
