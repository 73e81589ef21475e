/**
 * The article's outline: which block is the section label, the title, the publication line, a
 * credit line, a speech's heading, a photo's caption or image, and which are the paragraphs.
 * Headings and captions of these articles are short lines without a full stop between the
 * paragraphs ("The Opening Ceremony", "Speech by Ms. Liu Beimin", "Group Photo of the Seminar").
 */
import { readCreditLine, type FoundCredit } from './credits.js';
import { findDates, PUBLISHED_LINE } from './dates.js';
import type { Block } from './read.js';

export type Item =
  | { type: 'paragraph'; text: string }
  /** A short line between paragraphs: a caption, or a heading the model has no place for. */
  | { type: 'short'; text: string; figure?: number; caption?: boolean }
  | { type: 'speech'; text: string; person: string; representative: boolean }
  | { type: 'image'; src: string; printed: string; alt?: string; figure?: number };

export interface Outline {
  section?: string;
  title?: string;
  /** Where the title came from when it is not a line of the article (the HTML page's <title>). */
  titleFromPage?: boolean;
  published?: { date: string; source: string };
  credits: FoundCredit[];
  /** Lines that state a fact as "label: value" (主办单位：商务部, "Organizer: …"): read for the seminars, not narrative. */
  facts: string[];
  body: Item[];
}

const FACT_LINE = /^(?:主办单位|承办单位|协办单位|支持单位|指导单位|hosts?|organi[sz]ers?|sponsors?|co-organi[sz]ers?)\s*[:：]/i;

const SECTIONS = new RegExp(
  String.raw`^(?:activity highlights|news|news and events|events|highlights|campus news|` +
    String.raw`活动集锦|活动动态|新闻动态|新闻中心|学院新闻|工作动态|` +
    String.raw`培训动态|新闻)$`,
  'i',
);

/** "Speech by Ms. Liu Beimin", "Remarks of the Participant Representative", 学员代表发言, 陈剑峰致辞. */
const SPEECH_HEADING_EN = new RegExp(
  String.raw`^(?:(?:the\s+)?(?:keynote\s+|welcome\s+|welcoming\s+|opening\s+|closing\s+)?(?:speech|` +
    String.raw`address|remarks|statement)(?:\s+delivered)?)\s+(?:by|of|from)\s+(.{3,120})$`,
  'i',
);
const SPEECH_CAPTION_EN = new RegExp(
  String.raw`^(.{3,120}?)\s+(?:delivers?|delivering|delivered|gives?|giving|gave|makes?|` +
    String.raw`making|made)\s+(?:a|an|the|his|her)\s+(?:\w+\s+)?(?:speech|address|remarks)\b.*$`,
  'i',
);
const SPEECH_HEADING_ZH = /^(.{2,40}?)(?:作)?(?:致欢迎辞|致辞|讲话|发言|代表学员发言|作主旨发言)$/;
const REPRESENTATIVE = new RegExp(
  String.raw`\b(?:participants?'?s?'?\s+representative|representative\s+of\s+(?:the\s+)?(?:participants|` +
    String.raw`trainees|students)|trainee\s+representative|student\s+representative)\b|` +
    String.raw`学员代表|代表学员`,
  'i',
);

/** The site's furniture copied with the text: "Source: …", "Views: 356", 浏览次数：356, 【打印】【关闭】. Not the article's. */
const SITE_LINE = new RegExp(
  String.raw`^(?:(?:source|views?|clicks?|hits|share(?: to)?|print|close|back to top|` +
    String.raw`previous|next|来源|浏览(?:次数|量)?|点击(?:数|量|率)?|阅读(?:次数|` +
    String.raw`量)?|分享(?:到)?|打印|关闭|返回|上一篇|下一篇)\s*[:：|` +
    String.raw`｜]|[【[](?:打印|关闭|返回|print|close)[】\]])`,
  'i',
);

/** A line too short and unpunctuated to be a paragraph. */
export const isShort = (text: string) => text.length <= 140 && !/[.。!?！？;；:：]["”’」)）]?$/.test(text) && text.split(/\s+/).length <= 20;

export function outline(blocks: Block[], pageTitle?: string): Outline {
  const result: Outline = { credits: [], facts: [], body: [] };
  let rest = blocks;
  const first = rest[0];
  if (first && first.kind !== 'image' && SECTIONS.test(first.text)) {
    result.section = first.text;
    rest = rest.slice(1);
  }
  const heading = rest.find((block) => block.kind === 'heading');
  // In plain text the title is the first line (after the section and the date): a text that starts
  // with its first paragraph has no title, rather than a caption further down taken for one.
  const firstLine = rest.find((block) => block.kind === 'text' && !publishedOf(block.text));
  const titleBlock = heading ?? (firstLine && firstLine.text.length <= 500 && isTitleLike(firstLine.text) ? firstLine : undefined);
  if (titleBlock) result.title = titleBlock.text;
  else if (pageTitle) {
    result.title = pageTitle;
    result.titleFromPage = true;
  }
  // The title may be printed twice (a page's heading and its first line): one is the title.
  let titleSeen = false;
  for (const block of rest) {
    if (block === titleBlock || (!titleSeen && result.title && block.text === result.title && block.kind !== 'image')) {
      titleSeen = true;
      continue;
    }
    if (block.kind === 'image') {
      result.body.push({
        type: 'image',
        src: block.src!,
        printed: block.printedSrc ?? block.src!,
        ...(block.alt ? { alt: block.alt } : {}),
        ...(block.figure ? { figure: block.figure } : {}),
      });
      continue;
    }
    const text = block.text;
    const published = !result.published && text.length <= 60 ? publishedOf(text) : undefined;
    if (published) {
      result.published = published;
      continue;
    }
    if (text.length <= 200) {
      const credits = readCreditLine(text);
      if (credits.length) {
        result.credits.push(...credits);
        continue;
      }
    }
    if (text.length <= 100 && SITE_LINE.test(text)) continue;
    if (text.length <= 300 && FACT_LINE.test(text)) {
      result.facts.push(text);
      continue;
    }
    const speech = speechHeading(text);
    if (speech) {
      result.body.push(speech);
      continue;
    }
    if (block.kind === 'caption' || block.kind === 'heading' || isShort(text)) {
      result.body.push({ type: 'short', text, ...(block.figure ? { figure: block.figure } : {}), ...(block.kind === 'caption' ? { caption: true } : {}) });
      continue;
    }
    result.body.push({ type: 'paragraph', text });
  }
  return result;
}

/** A title is one line, not a paragraph of sentences. */
function isTitleLike(text: string): boolean {
  return (!/[.。]\s*\S/.test(text.slice(0, -1)) && !/[.。]$/.test(text)) || text.length < 120;
}

function publishedOf(text: string): { date: string; source: string } | undefined {
  const match = PUBLISHED_LINE.exec(text);
  const date = match ? findDates(match[1]!)[0] : undefined;
  if (!date || date.start.startsWith('--') || date.end) return undefined;
  return { date: date.start, source: text };
}

function speechHeading(text: string): Item | undefined {
  if (text.length > 160) return undefined;
  const match = SPEECH_HEADING_EN.exec(text) ?? SPEECH_CAPTION_EN.exec(text) ?? SPEECH_HEADING_ZH.exec(text);
  if (!match) return undefined;
  const representative = REPRESENTATIVE.test(match[1]!);
  return { type: 'speech', text, person: match[1]!.trim(), representative };
}
