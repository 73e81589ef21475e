/**
 * Credit lines: "Written by: Ma Yizhou", "Photos: Ni Haoran", "Reviewed by: Chen Wei",
 * "Edited by", "Translated by"; 撰稿 / 摄影 / 审核 / 编辑 / 翻译. Several may share a line
 * ("撰稿：张三 摄影：李四", "Written by A | Photos: B").
 */
import type { CreditRole } from '../model/types.js';

export interface FoundCredit {
  role: CreditRole;
  /** The label as printed, for role "other" ("Proofread by"). */
  label?: string;
  names: string[];
  source: string;
}

const LABELS: [RegExp, CreditRole][] = [
  [
    new RegExp(
      String.raw`^(?:written by|text by|text|writer|author|words by|reported by|report by|` +
        String.raw`reporter|article by|文字|撰稿人?|撰文|文|记者|供稿|作者)$`,
      'i',
    ),
    'writer',
  ],
  [
    new RegExp(
      String.raw`^(?:photos?(?: by)?|photographs?(?: by)?|photography(?: by)?|photographer|` +
        String.raw`pictures?(?: by)?|images?(?: by)?|摄影|图片|图|摄|照片)$`,
      'i',
    ),
    'photographer',
  ],
  [/^(?:reviewed by|reviewer|review|checked by|approved by|审核|审稿|审定|审校|终审|初审)$/i, 'reviewer'],
  [/^(?:edited by|editor|editing|responsible editor|编辑|责任编辑|责编|编审)$/i, 'editor'],
  [/^(?:translated by|translator|translation|翻译|译)$/i, 'translator'],
];

/** A label followed by its names: "Written by: X", "Photos：X", "撰稿：X", "摄影 X". */
const LABEL = new RegExp(
  String.raw`(written by|text by|words by|reported by|report by|article by|photos? by|` +
    String.raw`photographs? by|photography by|pictures? by|images? by|reviewed by|checked by|` +
    String.raw`approved by|edited by|translated by|responsible editor|text|writer|author|` +
    String.raw`reporter|photos?|photographs?|photography|photographer|pictures?|reviewer|` +
    String.raw`editor|translator|责任编辑|撰稿人?|撰文|文字|记者|供稿|` +
    String.raw`作者|摄影|图片|照片|审核|审稿|审定|审校|终审|初审|` +
    String.raw`编辑|责编|编审|翻译)\s*(?:[:：|｜]\s*|(?<=\bby)\s+)`,
  'gi',
);

const roleOf = (label: string): CreditRole => LABELS.find(([pattern]) => pattern.test(label.trim()))?.[1] ?? 'other';

/** The credits of one line, or nothing when the line is not a credit line (it must start with a label). */
export function readCreditLine(line: string): FoundCredit[] {
  const text = line.replace(/^[（(【[]\s*|\s*[）)】\]]$/g, '');
  const labels = [...text.matchAll(LABEL)];
  if (labels.length === 0 || labels[0]!.index !== 0) return [];
  const credits: FoundCredit[] = [];
  labels.forEach((match, i) => {
    const end = i + 1 < labels.length ? labels[i + 1]!.index : text.length;
    const value = text
      .slice(match.index + match[0].length, end)
      .replace(/[\s|｜/;；,，]+$/, '')
      .trim();
    const names = splitNames(value);
    if (names.length === 0) return;
    credits.push({ role: roleOf(match[1]!), names, source: text.slice(match.index, end).replace(/[\s|｜/;；,，]+$/, '') });
  });
  // A line that reads as a sentence ("Photos show the participants ...") is not a credit: names are short.
  return credits.every((credit) => credit.names.every((name) => name.length <= 40 && !/[.。!?！？]$/.test(name))) ? credits : [];
}

/** "Ma Yizhou, Ni Haoran and Li Lei", "张三、李四", "张三 李四" (Chinese names separated by spaces). */
export function splitNames(value: string): string[] {
  const parts = value.split(/\s*(?:,|，|、|;|；|\/|\band\b|&|和)\s*/);
  return parts
    .flatMap((part) => (/^[\u4e00-\u9fa5]{2,4}(\s+[\u4e00-\u9fa5]{2,4})+$/.test(part) ? part.split(/\s+/) : [part]))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
