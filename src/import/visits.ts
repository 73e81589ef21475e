/**
 * Visits: "will arrange visits to Shenzhen City and Guangzhou City in Guangdong Province",
 * "visited Huawei headquarters in Shenzhen", "a field trip to a rural cooperative"; 赴深圳、广州等地参观考察.
 */
import type { Visit } from '../model/types.js';
import type { Findings } from './findings.js';

const ENGLISH = [
  new RegExp(
    String.raw`\b(?:visits?|field\s+trips?|study\s+tours?|site\s+visits?|excursions?|` +
      String.raw`trips?)\s+to\s+(.+?)(?=[.;](?:\s|$)|$|,\s+(?:where|which|during|to\s+learn|` +
      String.raw`and\s+(?:will|would|learn)))`,
    'gi',
  ),
  /\b(?:visited|will\s+visit|to\s+visit|are\s+visiting|visiting)\s+(.+?)(?=[.;](?:\s|$)|$|,\s+(?:where|which|during|to\s+learn|and\s+(?:will|would|learn)))/gi,
];
const CHINESE = [
  /(?:赴|前往|到)([\u4e00-\u9fa5、和及与]{2,60}?)(?:等地|等城市|两地|三地)?(?:进行)?(?:参观|考察|调研|访问|学习)/g,
  /(?:参观|考察|走访)(?:了)?([\u4e00-\u9fa5、和及与]{2,60}?)(?=[，。；]|$)/g,
];

const PLACE_WORDS = new RegExp(
  String.raw`\b(?:Company|Group|Park|Port|Zone|Museum|University|College|School|Cent(?:er|` +
    String.raw`re)|headquarters|Factory|Base|Farm|Cooperative|Co-operative|Village|Institute|` +
    String.raw`Enterprise|Corporation|Co\.|Ltd|Bank|Hospital|Exhibition|Hall|Laboratory|` +
    String.raw`Lab|Station|Plant|Market|Airport|Bureau|Ministry|Commission|Temple|Garden|` +
    String.raw`Town|Community|Industrial|Technology)\b`,
  'i',
);

export function findVisits(text: string, findings: Findings, path: string): Visit[] {
  const visits: Visit[] = [];
  const add = (visit: Visit, source: string, certain: boolean) => {
    const same = visits.some((other) => other.city === visit.city && other.place === visit.place && other.region === visit.region);
    if (same || (!visit.city && !visit.place && !visit.region)) return;
    findings.add(`${path}[${visits.length}]`, source, certain ? 'certain' : 'guess', certain ? undefined : 'whether this is a city or a place is a guess');
    visits.push(visit);
  };
  for (const pattern of ENGLISH) {
    for (const match of text.matchAll(pattern)) {
      let list = match[1]!.trim();
      // "Shenzhen City and Guangzhou City in Guangdong Province": the province is each city's.
      const province = /\s+in\s+((?:[A-Z][\w-]*\s+)*(?:Province|Region|Autonomous Region|Municipality|State))$/.exec(list);
      if (province) list = list.slice(0, province.index);
      for (const item of list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
        const visit = readItem(item.trim());
        if (!visit) continue;
        if (province) visit.region = province[1]!;
        add(visit, match[0].trim(), visit.certain);
      }
    }
  }
  for (const pattern of CHINESE) {
    for (const match of text.matchAll(pattern)) {
      for (const item of match[1]!.split(/[、和及与]/)) {
        const name = item.trim();
        if (name.length < 2 || /^(?:参观|考察|调研|学习|访问|交流)+$/.test(name)) continue;
        if (/市$/.test(name)) add({ city: name.slice(0, -1) }, match[0], true);
        else if (/省$|自治区$/.test(name)) add({ region: name }, match[0], true);
        else if (name.length <= 3) add({ city: name }, match[0], false);
        else add({ place: name }, match[0], false);
      }
    }
  }
  return visits.map((visit) => {
    const { certain: _, ...rest } = visit as Visit & { certain?: boolean };
    return rest;
  });
}

function readItem(item: string): (Visit & { certain: boolean }) | undefined {
  const text = item.replace(/^(?:the|a|an)\s+/i, '').replace(/[.,]$/, '');
  if (text.length < 2 || text.length > 120) return undefined;
  const city = /^([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)\s+City$/.exec(text);
  if (city) return { city: city[1]!, certain: true };
  const province = /^((?:[A-Z][\w-]*\s+)+(?:Province|Autonomous Region))$/.exec(text);
  if (province) return { region: province[1]!, certain: true };
  const placeIn = /^(.+?)\s+in\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*?)(?:\s+City)?$/.exec(text);
  if (placeIn) return { place: placeIn[1]!, city: placeIn[2]!, certain: true };
  if (PLACE_WORDS.test(text) || /^[a-z]/.test(item.replace(/^(?:the|a|an)\s+/i, ''))) return { place: text, certain: !/^[a-z]/.test(text) };
  // One or two capitalised words: most likely a city.
  if (/^[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?$/.test(text)) return { city: text, certain: false };
  return undefined;
}
