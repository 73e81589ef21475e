/**
 * People: "Mr. Chen Jianfeng (Vice President of Shanghai Business School), Ms. Liu Beimin (...)
 * and Mr. Chen Wei (...) attended the opening ceremony"; "H.E. Ms. Ana Souza, Ambassador of
 * Brazil to China, attended"; 上海商学院副校长陈剑峰、…出席开班仪式. Honorific, name, title and
 * organisation of each.
 */
import type { Attendee, Honorific } from '../model/types.js';
import type { Findings } from './findings.js';

export interface FoundPerson {
  honorific?: Honorific;
  name: string;
  title?: string;
  organization?: string;
  /** The exact text the person was read from. */
  source: string;
  /** Whether the title and organisation were split with certainty. */
  certain: boolean;
}

const HONORIFICS: Record<string, Honorific> = { mr: 'mr', ms: 'ms', mrs: 'mrs', miss: 'miss', dr: 'dr', prof: 'prof', professor: 'prof' };
const UPPER_WORD = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
const PARTICLE = '(?:de|da|das|do|dos|del|della|van|von|der|bin|binti|al|el|la|le|du|di|y)';
const NAME = `${UPPER_WORD}(?:\\s+(?:${PARTICLE}\\s+)?${UPPER_WORD}){0,4}`;
/** "Mr. Chen Jianfeng", "H.E. Ms. Ana Souza", "Prof. Li Hua", "His Excellency Mr. Paulo Reis", "Dr Amina Bello". */
export const PERSON = new RegExp(`(?:(H\\.\\s?E\\.|His Excellency|Her Excellency)\\s+)?\\b(Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\\b\\.?\\s+(${NAME})`, 'gu');
/** What follows a name and describes the person: "(Vice President of X)" or ", Vice President of X,". */
const DESCRIPTION =
  /^\s*(?:\(([^()]*(?:\([^()]*\)[^()]*)*)\)|,\s+((?:the\s+|a\s+|an\s+)?[^,()]{3,160}?)(?=,|\s+(?:and|attended|were|was|presided|delivered|said|also)\b))/;

const ORG_WORDS = new RegExp(
  String.raw`\b(?:School|University|College|Ministry|Commission|Bureau|Department|Division|` +
    String.raw`Embassy|Consulate|Cent(?:er|re)|Institute|Office|Government|Base|Association|` +
    String.raw`Council|Company|Corporation|Group|Bank|Agency|Academy|Administration|Authority|` +
    String.raw`Federation|Chamber|Committee|Organi[sz]ation|Foundation|Municipal|Province|` +
    String.raw`Provincial|City|Society|Programme|Program|Fund)\b`,
);

/** Splits "Vice President of Shanghai Business School" into a title and an organisation. */
export function describe(text: string): { title?: string; organization?: string; certain: boolean } {
  const cleaned = text.trim().replace(/^(?:a|an|the)\s+/i, '');
  if (cleaned === '') return { certain: true };
  // Two positions ("Dean of X, and Vice Director of Y"): one title, as printed.
  if (/,\s+and\s+|;\s*/.test(cleaned)) return { title: cleaned, certain: false };
  const split = /^(.+?)\s+(?:of|from|at|with)\s+(?:the\s+)?(\p{Lu}.+)$/u.exec(cleaned);
  if (split && ORG_WORDS.test(split[2]!)) return { title: split[1]!, organization: split[2]!, certain: !/\s(?:of|from)\s/.test(split[2]!) };
  const comma = /^(.+?),\s+(?:the\s+)?(\p{Lu}.+)$/u.exec(cleaned);
  if (comma && ORG_WORDS.test(comma[2]!)) return { title: comma[1]!, organization: comma[2]!, certain: true };
  if (ORG_WORDS.test(cleaned) && !/\b(?:President|Dean|Director|Minister|Ambassador|Secretary|Chairman|Chair|Head|Manager|Officer|Professor)\b/i.test(cleaned))
    return { organization: cleaned, certain: false };
  return { title: cleaned, certain: true };
}

/** Every person with an honorific in `text`, with the description that follows their name. */
export function peopleIn(text: string): FoundPerson[] {
  const people: FoundPerson[] = [];
  for (const match of text.matchAll(PERSON)) {
    const excellency = match[1];
    const title = match[2]!.toLowerCase();
    let honorific: Honorific | undefined = HONORIFICS[title];
    if (excellency) honorific = /^Her/i.test(excellency) || title === 'ms' || title === 'mrs' ? 'her-excellency' : 'his-excellency';
    const after = text.slice(match.index + match[0].length);
    const description = DESCRIPTION.exec(after);
    const described = description ? describe((description[1] ?? description[2])!) : { certain: true };
    const source = description ? match[0] + description[0].replace(/,$/, '') : match[0];
    people.push({ ...(honorific ? { honorific } : {}), name: match[3]!, ...described, source: source.trim() });
  }
  return people;
}

/** Titles of Chinese officials and school leaders, longest first: the name follows the title. */
const CHINESE_TITLE =
  '(?:常务)?副?(?:校长|院长|党委书记|书记|主任|处长|司长|部长|局长|主席|总裁|总经理|经理|董事长|秘书长|厅长|市长|省长|会长|所长|科长)' +
  '|研究员|教授|副教授|总领事|领事|大使|参赞|官员|专家|老师';
/** A Chinese name (2–4 characters) or a transliterated foreign one (卡洛斯·罗哈斯). */
const CHINESE_NAME = '[\\u4e00-\\u9fa5]{1,8}(?:·[\\u4e00-\\u9fa5]{1,8})+|[\\u4e00-\\u9fa5]{2,4}';
const CHINESE_PERSON = new RegExp(`^(.*?)(${CHINESE_TITLE})(${CHINESE_NAME})$`);

/** 上海商学院副校长陈剑峰、上海市商务委员会外经处研究员刘贝敏: the people of a Chinese list before 出席. */
export function chinesePeopleIn(list: string): FoundPerson[] {
  const items = list.split(/[、，]/);
  const merged: string[] = [];
  // "国际教育学院常务副院长、培训基地副主任陈伟": an item that ends in a title continues in the next.
  for (const item of items) {
    if (merged.length && new RegExp(`(?:${CHINESE_TITLE})$`).test(merged.at(-1)!)) merged[merged.length - 1] += `、${item}`;
    else merged.push(item);
  }
  return merged.flatMap((item) => {
    const match = CHINESE_PERSON.exec(item.trim());
    if (!match) return [];
    const [, organization, title, name] = match;
    // Two positions ("学院常务副院长、基地副主任"): one title, as printed.
    const twoPositions = organization!.includes('、');
    return [
      {
        name: name!,
        title: twoPositions ? `${organization}${title}` : title!,
        ...(organization && !twoPositions ? { organization } : {}),
        source: item.trim(),
        certain: false,
      },
    ];
  });
}

const ATTENDED = /\b(?:attended|were present|was present|presided over|presided|were also present|joined the ceremony)\b/;

/** The dignitaries who attended: the people named in the sentences that say they attended or presided. */
export function findAttendees(paragraphs: string[], findings: Findings): Attendee[] {
  const attendees: Attendee[] = [];
  const add = (person: FoundPerson, presiding: boolean) => {
    if (attendees.some((other) => other.name === person.name)) return;
    const path = `attendees[${attendees.length}]`;
    const attendee: Attendee = {
      name: person.name,
      ...(person.honorific ? { honorific: person.honorific } : {}),
      ...(person.title ? { title: person.title } : {}),
      ...(person.organization ? { organization: person.organization } : {}),
      ...(presiding ? { role: 'presiding' as const } : {}),
    };
    findings.add(`${path}.name`, person.source, 'certain');
    if (person.title) findings.add(`${path}.title`, person.source, person.certain ? 'certain' : 'guess');
    if (person.organization) findings.add(`${path}.organization`, person.source, person.certain ? 'certain' : 'guess');
    if (presiding) findings.add(`${path}.role`, person.source, 'certain');
    attendees.push(attendee);
  };
  for (const paragraph of paragraphs.slice(0, 4)) {
    for (const sentence of sentences(paragraph)) {
      if (ATTENDED.test(sentence)) {
        const presidingAt = /\bpresided\b/.exec(sentence)?.index ?? -1;
        for (const person of peopleIn(sentence)) {
          // "Mr. X presided over the ceremony": the person right before "presided" presided.
          const at = sentence.indexOf(person.source);
          const presiding = presidingAt > at && presidingAt - (at + person.source.length) < 12;
          add(person, presiding);
        }
      }
      const chinese = /^(.*?)(?:出席|参加了?(?:开班|结业|仪式))/.exec(sentence);
      if (chinese) for (const person of chinesePeopleIn(chinese[1]!.replace(/^.*[，。；]/, ''))) add(person, false);
      const presiding = /^(.*?)主持/.exec(sentence);
      if (presiding) for (const person of chinesePeopleIn(presiding[1]!.replace(/^.*[，。；]/, ''))) add(person, true);
    }
  }
  return attendees;
}

/** A paragraph's sentences; "Mr." and "H.E." end no sentence. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[。！？])|(?<!\b(?:[A-Z]|Mr|Ms|Mrs|Dr|Prof|St|Jr|Sr|No|vs|etc|Co|Ltd|Inc|a\.m|p\.m)\.)(?<=[.!?])\s+(?=\S)/)
    .filter((sentence) => sentence && sentence.trim() !== '');
}
