/**
 * Country names to ISO 3166-1 codes, in the five languages of the project: Intl.DisplayNames
 * read backwards (the names the browser or Node would print for every code, in en, es, pt, fr and
 * zh-Hans), plus the usual variants the articles print and CLDR does not ("the Republic of Cuba",
 * "Viet Nam", "Ivory Coast", 刚果（金）, "RD Congo"). Built once, on first use.
 */
import { ISO_3166_ALPHA2 } from '../model/iso-3166.js';

export interface FoundCountry {
  code: string;
  /** False when the name could be more than one country ("Congo", "Korea"). */
  certain: boolean;
}

const LANGUAGES = ['en', 'es', 'pt', 'fr', 'zh-Hans', 'pt-PT', 'zh-Hant'];

/** Names that CLDR does not give, by code; keys are compared as `key()` writes them. */
const VARIANTS: Record<string, string[]> = {
  CD: [
    'Democratic Republic of the Congo',
    'Democratic Republic of Congo',
    'DR Congo',
    'DRC',
    'D.R. Congo',
    'RD Congo',
    'RDC',
    'République démocratique du Congo',
    'República Democrática do Congo',
    '刚果金',
    '刚果民主共和国',
    '民主刚果',
  ],
  CG: ['Republic of the Congo', 'Republic of Congo', 'Congo Republic', 'República do Congo', 'République du Congo', '刚果布', '刚果共和国'],
  CI: ["Côte d'Ivoire", 'Cote dIvoire', 'Ivory Coast', 'Costa de Marfil', 'Costa do Marfim'],
  VN: ['Viet Nam', 'Vietname', 'Vietnã'],
  LA: ['Lao PDR', "Lao People's Democratic Republic", 'Lao'],
  TL: ['East Timor', 'Timor Oriental'],
  SZ: ['Swaziland', 'Suazilandia', 'Suazilândia'],
  CV: ['Cabo Verde', 'Cape Verde'],
  MM: ['Burma', 'Birmania'],
  KR: ['Republic of Korea', 'Korea, Republic of', 'ROK'],
  KP: ["Democratic People's Republic of Korea", 'DPRK'],
  RU: ['Russian Federation'],
  SY: ['Syrian Arab Republic'],
  MK: ['Macedonia', 'FYROM'],
  PS: ['Palestine', 'State of Palestine', '巴勒斯坦'],
  US: ['USA', 'U.S.A.', 'United States of America'],
  GB: ['UK', 'U.K.', 'Great Britain', 'Britain'],
  TR: ['Turkey', 'Turquía'],
  CZ: ['Czech Republic'],
  KG: ['Kyrgyz Republic'],
  SK: ['Slovak Republic'],
  VA: ['Holy See', 'Vatican'],
  BN: ['Brunei Darussalam'],
  IR: ['Islamic Republic of Iran', 'Irão'],
  BO: ['Plurinational State of Bolivia', 'Estado Plurinacional de Bolivia'],
  VE: ['Bolivarian Republic of Venezuela', 'República Bolivariana de Venezuela'],
  TZ: ['United Republic of Tanzania'],
  FM: ['Federated States of Micronesia'],
  MD: ['Republic of Moldova'],
  ST: ['Sao Tome and Principe', 'São Tomé e Príncipe'],
  GW: ['Guinea Bissau', 'Guiné Bissau'],
  GQ: ['Equatorial Guinea'],
  KE: ['Quénia'],
  VC: ['Saint Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  CN: ["People's Republic of China", 'PRC', '中华人民共和国'],
};

/** Names that two countries are called by: read as the first, as a guess. */
const AMBIGUOUS: Record<string, string> = { congo: 'CG', 刚果: 'CG', korea: 'KR' };

/** Long forms around a country's short name: "the Republic of X", "República de X", "X共和国". */
const PREFIX = new RegExp(
  String.raw`^(?:the |la |el |los |las |le |les |l'|o |a |os |as )?(?:(?:federal |democratic |` +
    String.raw`islamic |people's |united |socialist |arab |oriental |plurinational |bolivarian |` +
    String.raw`co-operative |cooperative |federative |independent )*(?:republic|kingdom|` +
    String.raw`state|sultanate|commonwealth|principality|grand duchy|emirate) of (?:the )?|` +
    String.raw`(?:república|república federativa|república democrática|república islámica|` +
    String.raw`república islâmica|reino|estado plurinacional|estado|república bolivariana|` +
    String.raw`república oriental) (?:de la |del |de |do |da |dos |das )|(?:république|` +
    String.raw`royaume|état|république fédérale|république islamique|république démocratique) (?:de la |` +
    String.raw`du |de |des |d'|d’)|(?:the |la |el |le |les |l'|o |a ))`,
  'i',
);
const SUFFIX = /(?:民主共和国|联邦共和国|共和国|王国|合众国)$/;

/** How names are compared: without accents, case, punctuation or spaces; "St." as "Saint", "&" as "and". */
export function key(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(?:st|ste)\b\.?/g, (word) => (word.startsWith('ste') ? 'sainte' : 'saint'))
    .replace(/[^\p{L}\p{N}]/gu, '');
}

let table: Map<string, string> | undefined;

function build(): Map<string, string> {
  const names = new Map<string, string>();
  const add = (name: string, code: string) => {
    const k = key(name);
    if (k && !names.has(k)) names.set(k, code);
  };
  for (const [code, variants] of Object.entries(VARIANTS)) for (const variant of variants) add(variant, code);
  const DisplayNames = (globalThis as { Intl?: { DisplayNames?: typeof Intl.DisplayNames } }).Intl?.DisplayNames;
  if (DisplayNames) {
    for (const language of LANGUAGES) {
      let display: Intl.DisplayNames;
      try {
        display = new DisplayNames([language], { type: 'region', fallback: 'none' });
      } catch {
        continue;
      }
      for (const code of ISO_3166_ALPHA2) {
        const name = display.of(code);
        if (!name || name === code) continue;
        add(name, code);
        // "Myanmar (Burma)", "Hong Kong SAR China": the name before the brackets or the suffix too.
        const short = name.replace(/\s*[(（].*$/, '').replace(/\s+SAR\s+China$/, '');
        if (short !== name && !AMBIGUOUS[key(short)]) add(short, code);
      }
    }
  }
  return names;
}

/** The country a name names, or undefined. */
export function countryOf(name: string): FoundCountry | undefined {
  table ??= build();
  const trimmed = name.trim().replace(/[.。]$/, '');
  // The name as printed, without its article ("the Democratic Republic of the Congo"), then without the long form around it.
  const bare = trimmed.replace(/^(?:the|la|el|los|las|le|les|o|a|os|as)\s+|^l['’]/i, '');
  const tries = [trimmed, bare, trimmed.replace(PREFIX, ''), trimmed.replace(PREFIX, '').replace(PREFIX, ''), trimmed.replace(SUFFIX, '')];
  for (const attempt of tries) {
    const k = key(attempt);
    if (!k) continue;
    const code = table.get(k);
    if (code) return { code, certain: true };
    if (AMBIGUOUS[k]) return { code: AMBIGUOUS[k], certain: false };
  }
  return undefined;
}

/** Words that name a group of countries or a part of the world rather than one country. */
export const REGION = new RegExp(
  String.raw`\b(?:Africa|African|Asia|Asian|Latin America|Latin American|Caribbean|` +
    String.raw`Pacific|Arab|Arabic|Middle East|Central Asia|Central Asian|South Asia|` +
    String.raw`Southeast Asia|ASEAN|Europe|European|Eurasian|Portuguese-speaking|Spanish-speaking|` +
    String.raw`French-speaking|Francophone|Lusophone|Belt and Road|developing|island|` +
    String.raw`landlocked|Commonwealth|Sahel|Andean|Mekong|Gulf|Balkan|Nordic|Oceania)\b|` +
    String.raw`非洲|亚洲|拉美|拉丁美洲|加勒比|太平洋|阿拉伯|中东|` +
    String.raw`中亚|南亚|东南亚|东盟|欧洲|葡语|法语|西语|一带一路|` +
    String.raw`发展中|岛国|内陆|湄公河|海湾`,
  'i',
);
