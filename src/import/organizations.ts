/**
 * Host and organiser with their printed roles: "hosted by X and organized by Y", "sponsored by X",
 * "co-organized by", "undertaken by"; 由X主办、Y承办, 主办单位：X.
 */
import type { Organization } from '../model/types.js';
import type { Findings } from './findings.js';

/** Roles as printed, to the model's two keywords; the label is kept when it says more than the keyword. */
const ROLES: [RegExp, 'host' | 'organizer', string | undefined][] = [
  [/^hosted$/i, 'host', undefined],
  [/^(?:co-?hosted|jointly hosted)$/i, 'host', 'co-hosted by'],
  [/^(?:sponsored|funded|supported)$/i, 'host', undefined],
  [/^(?:organized|organised)$/i, 'organizer', undefined],
  [/^(?:co-?organized|co-?organised|jointly organized|jointly organised)$/i, 'organizer', 'co-organized by'],
  [/^(?:undertaken|implemented|conducted|run|held)$/i, 'organizer', undefined],
];

/** "hosted by Ministry of Commerce", up to "and organized by", a comma, "was held", a full stop. */
const ENGLISH = new RegExp(
  String.raw`\b(hosted|co-?hosted|jointly hosted|sponsored|funded|supported|organized|` +
    String.raw`organised|co-?organized|co-?organised|jointly organized|jointly organised|` +
    String.raw`undertaken|implemented|conducted)\s+by\s+(?:the\s+)?(.+?)(?=\s*(?:,|;|` +
    String.raw`\.\s|\.$|$|\s+and\s+(?:co-?)?(?:organi[sz]ed|hosted|undertaken|sponsored|` +
    String.raw`implemented)|\s+(?:was|were|is|are|will|has|had|kicked|opened|closed|started|` +
    String.raw`began|ended|concluded|came|successfully|smoothly)\b))`,
  'gi',
);
/** 由商务部主办、上海商学院承办; 商务部主办，上海商学院承办 */
const CHINESE = /(?:由)?([\u4e00-\u9fa5A-Za-z（）()·]{2,40}?)(主办|承办|协办|支持|指导)(?=[，、。的；\s]|$)/g;
const CHINESE_LINE = /(主办单位|承办单位|协办单位|支持单位)\s*[:：]\s*([^，。；\n]+)/g;
/** "Organizer: X", "Host: X" on a line of their own. */
const ENGLISH_LINE = /^(hosts?|organi[sz]ers?|sponsors?|co-organi[sz]ers?)\s*[:：]\s*(.+)$/gim;
const CHINESE_ROLES: Record<string, ['host' | 'organizer', string | undefined]> = {
  主办: ['host', undefined],
  主办单位: ['host', undefined],
  // 承办 ("undertaken by") says more than "organiser": kept as printed, as the model's own example does.
  承办: ['organizer', '承办'],
  承办单位: ['organizer', '承办'],
  协办: ['organizer', '协办'],
  协办单位: ['organizer', '协办'],
  支持: ['host', '支持'],
  支持单位: ['host', '支持'],
  指导: ['host', '指导'],
};

/** "Ministry of Commerce (MOFCOM)": the short name in brackets. */
function organization(printed: string, label: string | undefined): Organization {
  const short = /^(.+?)\s*[(（]([A-Z][A-Z0-9&.-]{1,15})[)）]$/.exec(printed);
  return { name: short ? short[1]! : printed, ...(short ? { shortName: short[2]! } : {}), ...(label ? { roleLabel: label } : {}) };
}

export function findOrganizations(text: string, findings: Findings, path: string): { host?: Organization; organizer?: Organization } {
  const result: { host?: Organization; organizer?: Organization } = {};
  const set = (role: 'host' | 'organizer', printed: string, label: string | undefined, source: string) => {
    const name = printed.replace(/^(?:the)\s+/i, '').trim();
    if (result[role] || name.length < 2 || name.length > 300) return;
    result[role] = organization(name, label);
    findings.add(`${path}.${role}`, source, 'certain');
    if (label) findings.add(`${path}.${role}.roleLabel`, source, 'certain');
  };
  for (const match of text.matchAll(ENGLISH)) {
    const verb = match[1]!;
    const role = ROLES.find(([pattern]) => pattern.test(verb));
    if (!role) continue;
    // "sponsored by" is printed as the role: keep it as the label.
    const label = role[2] ?? (/^(?:hosted|organized|organised)$/i.test(verb) ? undefined : `${verb.toLowerCase()} by`);
    set(role[1], match[2]!, label, match[0]);
  }
  for (const match of text.matchAll(ENGLISH_LINE)) {
    const label = match[1]!.toLowerCase();
    const role = /^(?:host|sponsor)/.test(label) ? 'host' : 'organizer';
    set(role, match[2]!.trim(), /^sponsor/.test(label) ? 'sponsored by' : /^co-/.test(label) ? 'co-organized by' : undefined, match[0]);
  }
  for (const match of text.matchAll(CHINESE_LINE)) {
    const [role, label] = CHINESE_ROLES[match[1]!]!;
    set(role, match[2]!.trim(), label, match[0]);
  }
  for (const match of text.matchAll(CHINESE)) {
    const [role, label] = CHINESE_ROLES[match[2]!]!;
    set(role, match[1]!.replace(/^.*(?:的|在|于|，|。|由)/, ''), label, match[0]);
  }
  return result;
}
