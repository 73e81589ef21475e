import { expect } from '@open-wc/testing';
import { importArticle, type ImportResult } from '../src/import/index.js';
import { validateEvent } from '../src/model/index.js';
import type { EventArticle } from '../src/model/index.js';

// Documents are read loosely: a test walks the draft as the caller would receive it.
type Json = any;

const texts = new Map<string, string>();
/** A test article from test/fixtures/import/ (the seed's text, and articles written for these tests). */
async function article(name: string): Promise<string> {
  if (!texts.has(name)) {
    const response = await fetch(new URL(`./fixtures/import/${name}`, import.meta.url));
    expect(response.ok, name).to.be.true;
    texts.set(name, await response.text());
  }
  return texts.get(name)!;
}

/** Imports an article and checks what every import must give: a draft that validates, and findings that quote the text. */
async function imported(name: string, options: Parameters<typeof importArticle>[1] = {}): Promise<{ event: Json; findings: ImportResult['findings'] }> {
  const input = await article(name);
  const { event, findings } = importArticle(input, options);
  const checked = validateEvent(event);
  expect(
    checked.problems.map((problem) => problem.message),
    `${name} validates`,
  ).to.deep.equal([]);
  if (!name.endsWith('.html')) {
    // Every finding quotes the text it came from, exactly (HTML's text is decoded first, so it is not compared).
    for (const finding of findings) if (finding.source) expect(input, `${finding.path} quotes the input`).to.include(finding.source);
  }
  for (const finding of findings) expect(finding.path).to.match(/^$|^[a-zA-Z]+(\.[a-zA-Z]+|\[\d+\])*$/);
  return { event, findings };
}

const TEN_COUNTRIES = ['BO', 'BR', 'CO', 'CR', 'CU', 'DM', 'EC', 'PA', 'PE', 'VE'];
const SEED_TITLE =
  'Boost Innovative Cooperation between China and Latin America and Jointly Construct a China-Latin America and the Caribbean Community of Shared ' +
  'Destinies – Smooth Opening for the Seminar on Science and Technology Innovation for Latin American Countries';

/** Every fact the seed article states, one by one. */
function expectSeedFacts(event: EventArticle & Json): void {
  expect(event.section).to.equal('Activity Highlights');
  expect(event.title).to.equal(SEED_TITLE);
  expect(event.lang).to.equal('en');
  // Dates and time of day.
  expect(event.created).to.equal('2023-07-03');
  expect(event.dates).to.deep.equal({ start: '2023-06-29', timeOfDay: 'morning' });
  expect(event.kind).to.equal('opening-ceremony');
  // One seminar, its host and organiser as printed, 21 days.
  expect(event.seminars).to.have.length(1);
  const seminar = event.seminars[0];
  expect(seminar.name).to.equal('Seminar on Science and Technology Innovation for Latin American Countries');
  expect(seminar.host).to.deep.equal({ name: 'Ministry of Commerce' });
  expect(seminar.organizer).to.deep.equal({ name: 'MOFCOM Training Base for International Business Officials (Shanghai)' });
  expect(seminar.durationDays).to.equal(21);
  // 31 officials from ten countries, all of them named.
  expect(seminar.participants.count).to.equal(31);
  expect(seminar.participants.kind).to.equal('officials');
  expect(seminar.participants.countries).to.deep.equal(TEN_COUNTRIES);
  expect(seminar.participants.countriesComplete).to.equal(undefined);
  // Two visits.
  expect(seminar.visits).to.deep.equal([
    { city: 'Shenzhen', region: 'Guangdong Province' },
    { city: 'Guangzhou', region: 'Guangdong Province' },
  ]);
  // Three attendees.
  expect(event.attendees).to.deep.equal([
    { name: 'Chen Jianfeng', honorific: 'mr', title: 'Vice President', organization: 'Shanghai Business School' },
    {
      name: 'Liu Beimin',
      honorific: 'ms',
      title: 'researcher fellow',
      organization: 'Foreign Economic and Cooperation Division of Shanghai Municipal Commission of Commerce',
    },
    { name: 'Chen Wei', honorific: 'mr', title: 'Executive Vice Dean of International Education College of SBS, and Vice Director of the Training Base' },
  ]);
  // Three speeches: two speakers who attended, and the participants' representative.
  const speeches = event.speeches;
  expect(speeches.map((speech: Json) => speech.heading)).to.deep.equal([
    'Speech by Ms. Liu Beimin',
    'Speech by Mr. Chen Jianfeng',
    'Speech by the Participant Representative',
  ]);
  expect(speeches.map((speech: Json) => [speech.speaker.honorific, speech.speaker.name])).to.deep.equal([
    ['ms', 'Liu Beimin'],
    ['mr', 'Chen Jianfeng'],
    ['ms', 'Danmarys Hernández'],
  ]);
  expect(speeches[1].speaker.organization).to.equal('Shanghai Business School');
  expect(speeches[2].role).to.equal('participant-representative');
  expect(speeches[2].speaker.organization).to.equal('Viceministerio para la Comunalización de la Ciencia para la Producción');
  expect(speeches.map((speech: Json) => speech.paragraphs.length)).to.deep.equal([1, 1, 1]);
  expect(speeches[0].paragraphs[0]).to.match(/^Ms\. Liu Beimin said that Latin American countries/);
  expect(speeches[2].paragraphs[0]).to.match(/global perspective\.$/);
  expect(speeches.every((speech: Json) => speech.seminar === seminar.id && speech.lang === 'en')).to.be.true;
  // The narrative paragraphs, without the speeches.
  expect(event.paragraphs).to.have.length(3);
  expect(event.paragraphs[2]).to.match(/^The 21-day Seminar included 31 officials/);
  // Three credits.
  expect(event.credits).to.deep.equal([
    { role: 'writer', names: ['Ma Yizhou'] },
    { role: 'photographer', names: ['Ni Haoran'] },
    { role: 'reviewer', names: ['Chen Wei'] },
  ]);
}

describe('importArticle: the seed article', () => {
  it("drafts every fact of the seed's text, in a document that validates", async () => {
    const { event, findings } = await imported('seed.txt');
    expectSeedFacts(event);
    // The captions between the paragraphs: photos whose image the text does not hold, marked as placeholders.
    expect(event.photos.map((photo: Json) => [photo.caption, photo.placeholder, photo.group ?? false])).to.deep.equal([
      ['The Opening Ceremony', true, false],
      ['Group Photo of the Seminar', true, true],
    ]);
    expect(findings.filter((finding) => /^photos\[\d\]\.src$/.test(finding.path)).every((finding) => finding.certainty === 'guess')).to.be.true;
    // Guesses are said to be guesses: the format (no wording says "in person") and the speakers' roles.
    expect(event.format).to.equal('in-person');
    expect(event.inferred).to.include('format');
    expect(findings.find((finding) => finding.path === 'format')?.certainty).to.equal('guess');
    expect(findings.find((finding) => finding.path === 'dates.start')).to.deep.include({ source: 'June 29, 2023', certainty: 'certain' });
    expect(findings.find((finding) => finding.path === 'seminars[0].participants.countries[9]')).to.deep.include({ source: 'Venezuela', certainty: 'certain' });
    expect(findings.find((finding) => finding.path === 'credits[2]')).to.deep.include({ source: 'Reviewed by: Chen Wei', certainty: 'certain' });
  });

  it('drafts the same facts from an HTML page of the same text, with its image URLs resolved and the site around it left out', async () => {
    const { event, findings } = await imported('seed.html', { baseUrl: 'https://college.example.edu/news/2023/0703.html' });
    expectSeedFacts(event);
    expect(event.photos).to.deep.equal([
      { src: 'https://college.example.edu/news/2023/images/2023/0629/opening.jpg', alt: 'Opening ceremony hall', caption: 'The Opening Ceremony' },
      { src: 'https://cdn.example.edu/photos/group-2023-0629.jpg', alt: 'Participants and hosts in rows', caption: 'Group Photo of the Seminar', group: true },
    ]);
    expect(event.speeches.map((speech: Json) => speech.photo)).to.deep.equal([
      { src: 'https://college.example.edu/news/2023/images/2023/0629/liu-beimin.jpg', caption: 'Speech by Ms. Liu Beimin' },
      { src: 'https://college.example.edu/news/2023/images/2023/0629/chen-jianfeng.jpg', caption: 'Speech by Mr. Chen Jianfeng' },
      { src: 'https://college.example.edu/news/2023/images/2023/0629/representative.jpg', caption: 'Speech by the Participant Representative' },
    ]);
    // A finding quotes the URL as the page prints it; the draft has it resolved.
    expect(findings.find((finding) => finding.path === 'photos[0].src')).to.deep.include({ source: 'images/2023/0629/opening.jpg', certainty: 'certain' });
    // Navigation, scripts, the aside and the footer are not the article: their "Written by" and headings are not read.
    const json = JSON.stringify(event);
    for (const outside of ['Injected Script', 'Webmaster', 'Related news', 'Something Else', 'logo', 'javascript:', 'Speech by Mr. Nobody'])
      expect(json).not.to.include(outside);
  });

  it('keeps image URLs relative when no base URL is given', async () => {
    const { event } = await imported('seed.html');
    expect(event.photos[0].src).to.equal('images/2023/0629/opening.jpg');
    expect(event.photos[1].src).to.equal('https://cdn.example.edu/photos/group-2023-0629.jpg');
  });
});

describe('importArticle: articles of every printed form', () => {
  it('an online ceremony dated "September 17,2021(GMT+8)", held via video link, with a representative', async () => {
    const { event, findings } = await imported('online-gmt.txt');
    expect(event.dates).to.deep.equal({ start: '2021-09-17', timeZone: '+08:00', timeZoneLabel: '(GMT+8)' });
    expect(event.format).to.equal('online');
    expect(event.inferred ?? []).not.to.include('format');
    expect(findings.find((finding) => finding.path === 'format')).to.deep.include({ source: 'Online', certainty: 'certain' });
    expect(event.kind).to.equal('opening-ceremony');
    expect(event.seminars[0]).to.deep.include({ name: 'Seminar on Digital Economy for Pacific Island Countries', durationDays: 14 });
    expect(event.seminars[0].organizer).to.deep.equal({ name: 'Harbourside Institute of Commerce' });
    expect(event.seminars[0].participants).to.deep.equal({ count: 18, kind: 'officials', countries: ['FJ', 'WS', 'TO', 'VU', 'PG'] });
    expect(event.attendees.map((attendee: Json) => [attendee.honorific, attendee.name, attendee.title])).to.deep.equal([
      ['ms', 'Mele Tupou', 'Deputy Director'],
      ['mr', 'Sun Haobo', 'Dean'],
    ]);
    expect(event.speeches.map((speech: Json) => [speech.speaker.name, speech.role])).to.deep.equal([
      ['Sun Haobo', 'school-leader'],
      ['Tevita Fifita', 'participant-representative'],
    ]);
    // The paragraph after the representative's speaks of the seminar again: it is the article's, not hers.
    expect(event.speeches[1].paragraphs).to.have.length(1);
    expect(event.paragraphs.at(-1)).to.match(/^The 14-day Seminar gathered/);
    // "Views: 1203" under the date is the site's, not a caption.
    expect(event.photos).to.equal(undefined);
    expect(event.credits).to.deep.equal([
      { role: 'writer', names: ['Lin Xiaoyu'] },
      { role: 'reviewer', names: ['Sun Haobo'] },
    ]);
  });

  it('"At 9:30 a.m. Beijing time on May 23": no year printed, inferred from the publication date and marked so; a region only', async () => {
    const { event, findings } = await imported('closing-beijing-time.txt');
    expect(event.created).to.equal('2024-05-27');
    expect(event.dates).to.deep.equal({ start: '--05-23', inferredYear: 2024, timeOfDay: '09:30', timeZone: 'Asia/Shanghai', timeZoneLabel: 'Beijing time' });
    expect(findings.find((finding) => finding.path === 'dates.inferredYear')).to.deep.include({ source: 'May 23', certainty: 'guess' });
    expect(event.kind).to.equal('closing-ceremony');
    expect(event.format).to.equal('online');
    // The title repeats the seminar's name with other words: one seminar, the body's full name.
    expect(event.seminars.map((seminar: Json) => seminar.name)).to.deep.equal(['2024 Workshop on Agricultural Cooperatives for African Countries']);
    expect(event.seminars[0].durationDays).to.equal(20);
    expect(event.seminars[0].participants).to.deep.equal({ count: 25, kind: 'officials', region: 'African countries' });
    expect(event.attendees).to.deep.equal([
      {
        name: 'Gao Min',
        honorific: 'prof',
        title: 'Director',
        organization: 'Rural Development Research Center of Riverside College of Agriculture',
        role: 'presiding',
      },
    ]);
    // A speech with no heading: "Dr. X, the representative of the participants, said that ...".
    expect(event.speeches).to.have.length(1);
    expect(event.speeches[0]).to.deep.include({ role: 'participant-representative', seminar: event.seminars[0].id });
    expect(event.speeches[0].speaker).to.deep.equal({ honorific: 'dr', name: 'Kofi Asante' });
    expect(event.credits.map((credit: Json) => credit.role)).to.deep.equal(['writer', 'photographer', 'editor']);
  });

  it('a year-less date takes the year of the publication date given in the options', async () => {
    const { event } = await imported('visit-no-year.txt', { published: '2024-07-10' });
    expect(event.created).to.equal('2024-07-10');
    expect(event.dates).to.deep.equal({ start: '--07-03', inferredYear: 2024, timeOfDay: 'afternoon' });
    expect(event.kind).to.equal('visit');
    expect(event.seminars[0].visits).to.deep.equal([
      { place: 'Urban Planning Exhibition Center', city: 'Shanghai' },
      { place: 'riverside community', city: 'Pudong' },
    ]);
    // "Trinidad and Tobago" is one country; "Saint Lucia learned how ..." still names Saint Lucia.
    expect(event.seminars[0].participants.countries).to.deep.equal(['JM', 'TT', 'BB', 'BS', 'LC']);
    // Without a publication date the year stays unknown, and a finding says so.
    const { event: unknownYear, findings } = importArticle(await article('visit-no-year.txt'));
    expect(unknownYear.dates).to.deep.equal({ start: '--07-03', timeOfDay: 'afternoon' });
    expect(findings.find((finding) => finding.path === 'dates.inferredYear')?.message).to.match(/no publication date/);
  });

  it('two seminars in one ceremony, each speech with the seminar it names', async () => {
    const { event } = await imported('two-seminars.txt');
    expect(event.dates).to.deep.equal({ start: '2024-03-08', timeOfDay: 'afternoon' });
    expect(event.seminars.map((seminar: Json) => seminar.name)).to.deep.equal([
      'Seminar on Port Management for Countries along the Belt and Road',
      'Workshop on Maritime Logistics for Developing Countries',
    ]);
    expect(new Set(event.seminars.map((seminar: Json) => seminar.id)).size).to.equal(2);
    for (const seminar of event.seminars) {
      expect(seminar.host).to.deep.equal({ name: 'Ministry of Commerce' });
      expect(seminar.organizer).to.deep.equal({ name: 'Eastbay Maritime University' });
    }
    expect(event.speeches.map((speech: Json) => [speech.speaker.name, speech.seminar])).to.deep.equal([
      ['Hu Jing', event.seminars[0].id],
      ['Tom Okafor', event.seminars[1].id],
    ]);
    expect(event.photos).to.deep.equal([{ src: event.photos[0].src, caption: 'Group Photo', placeholder: true, group: true }]);
  });

  it('a closing ceremony "sponsored by ... (MOFCOM) and undertaken by ...", a two-week seminar, a partial country list', async () => {
    const { event } = await imported('sponsored-partial.txt');
    expect(event.kind).to.equal('closing-ceremony');
    const seminar = event.seminars[0];
    expect(seminar.host).to.deep.equal({ name: "Ministry of Commerce of the People's Republic of China", shortName: 'MOFCOM', roleLabel: 'sponsored by' });
    expect(seminar.organizer).to.deep.equal({ name: 'Lakeview Medical College', roleLabel: 'undertaken by' });
    expect(seminar.durationDays).to.equal(14);
    expect(seminar.participants).to.deep.equal({ count: 28, kind: 'officials', countries: ['AO', 'MZ', 'CV', 'ST'], countriesComplete: false });
    expect(seminar.visits).to.deep.equal([{ place: 'Lakeview City Hospital' }, { place: 'Provincial Center for Disease Control' }]);
    expect(event.speeches[0].speaker).to.deep.equal({ name: 'Xu Feng', honorific: 'mr', title: 'Vice President', organization: 'Lakeview Medical College' });
    expect(event.credits).to.deep.equal([
      { role: 'editor', names: ['Deng Lu'] },
      { role: 'writer', names: ['Fang Qi'] },
    ]);
  });

  it('a Ministerial Workshop (keyword and printed label), H.E., and country names in French, Spanish, Portuguese and the long forms', async () => {
    const { event } = await imported('ministerial.txt');
    expect(event.kind).to.equal('ministerial-workshop');
    expect(event.kindLabel).to.equal('Ministerial Workshop');
    expect(event.format).to.equal(undefined);
    expect(event.seminars[0].participants).to.deep.equal({
      count: 16,
      kind: 'ministers and senior officials',
      countries: ['SN', 'CI', 'VN', 'CG', 'MZ', 'PE'],
    });
    expect(event.attendees.map((attendee: Json) => [attendee.honorific, attendee.name])).to.deep.equal([
      ['his-excellency', 'Joseph Mensah'],
      ['dr', 'Amara Diallo'],
    ]);
    expect(event.speeches.map((speech: Json) => speech.speaker.name)).to.deep.equal(['Joseph Mensah', 'Amara Diallo']);
    // Several credits on one line.
    expect(event.credits).to.deep.equal([
      { role: 'writer', names: ['Liang Wen'] },
      { role: 'photographer', names: ['Ma Rui', 'Tang Yi'] },
      { role: 'editor', names: ['He Xin'] },
    ]);
  });

  it('French names with the Democratic Republic of the Congo, a 21-day seminar and visits in a province', async () => {
    const { event } = await imported('french-names.txt');
    const seminar = event.seminars[0];
    expect(seminar.participants.countries).to.deep.equal(['BJ', 'SN', 'MG', 'TD', 'CM', 'CD']);
    expect(seminar.durationDays).to.equal(21);
    expect(seminar.visits).to.deep.equal([
      { city: 'Suzhou', region: 'Jiangsu Province' },
      { city: 'Wuxi', region: 'Jiangsu Province' },
    ]);
    expect(event.speeches[0]).to.deep.include({ role: 'participant-representative' });
    expect(event.speeches[0].speaker.name).to.equal('Ngozi Adeyemi');
  });

  it('Spanish and Portuguese names: México, Perú, República Dominicana, Brasil, Guiné-Bissau', async () => {
    const { event } = await imported('spanish-names.txt');
    expect(event.seminars[0].participants.countries).to.deep.equal(['MX', 'PE', 'DO', 'BR', 'GW', 'SV']);
    expect(event.seminars[0].durationDays).to.equal(15);
    expect(event.attendees).to.deep.equal([{ name: 'Fu Qiang', honorific: 'mr', title: 'President', organization: 'Greenvale Water Conservancy College' }]);
  });

  it('a hybrid ceremony dated "14 November 2024", a seminar running "from 14 to 27 November 2024", Twenty-two engineers', async () => {
    const { event } = await imported('hybrid-day-first.txt');
    expect(event.section).to.equal('News');
    expect(event.dates).to.deep.equal({ start: '2024-11-14' });
    expect(event.format).to.equal('hybrid');
    const seminar = event.seminars[0];
    expect(seminar).to.deep.include({
      name: 'Training Course on Renewable Energy for Central Asian Countries',
      startDate: '2024-11-14',
      endDate: '2024-11-27',
    });
    expect(seminar.participants).to.deep.equal({ count: 22, kind: 'engineers', countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'] });
    expect(event.attendees.map((attendee: Json) => [attendee.name, attendee.role])).to.deep.equal([
      ['Li Hua', 'presiding'],
      ['Aigerim Bekova', undefined],
    ]);
    expect(event.speeches[0]).to.deep.include({ role: 'diplomat' });
    expect(event.inferred).to.include('speeches[0].role');
  });

  it('a Chinese article: 主办/承办, 为期14天, 出席, a representative, 等4个国家 with four names, 撰稿/摄影/审核/编辑', async () => {
    const { event } = await imported('zh-opening.txt');
    expect(event.lang).to.equal('zh-Hans');
    expect(event.section).to.equal('活动集锦');
    expect(event.created).to.equal('2023-10-16');
    expect(event.dates).to.deep.equal({ start: '2023-10-12', timeOfDay: 'morning' });
    expect(event.kind).to.equal('opening-ceremony');
    const seminar = event.seminars[0];
    expect(seminar).to.deep.include({ name: '2023年拉美国家数字经济研修班', durationDays: 14 });
    expect(seminar.host).to.deep.equal({ name: '商务部' });
    expect(seminar.organizer).to.deep.equal({ name: '滨江商贸学院', roleLabel: '承办' });
    expect(seminar.participants).to.deep.equal({ count: 26, kind: '政府官员', countries: ['CL', 'PE', 'AR', 'UY'] });
    expect(seminar.visits).to.deep.equal([{ city: '杭州' }, { city: '宁波' }]);
    expect(event.attendees).to.deep.equal([
      { name: '王立明', title: '副校长', organization: '滨江商贸学院' },
      { name: '赵海燕', title: '院长', organization: '国际教育学院' },
    ]);
    expect(event.speeches.map((speech: Json) => [speech.speaker.name, speech.role])).to.deep.equal([
      ['王立明', 'school-leader'],
      ['卡洛斯·罗哈斯', 'participant-representative'],
    ]);
    expect(event.speeches[1].speaker.organization).to.equal('智利经济部');
    expect(event.credits).to.deep.equal([
      { role: 'writer', names: ['李明'] },
      { role: 'photographer', names: ['张华'] },
      { role: 'reviewer', names: ['赵海燕'] },
      { role: 'editor', names: ['陈静'] },
    ]);
  });

  it('a Chinese closing ceremony held 线上线下, 为期二十一天, 刚果（金） and 等国家 (a partial list), 文字/图片/责任编辑', async () => {
    const { event } = await imported('zh-closing-hybrid.txt');
    expect(event.kind).to.equal('closing-ceremony');
    expect(event.format).to.equal('hybrid');
    expect(event.dates).to.deep.equal({ start: '2024-11-05', timeOfDay: 'afternoon' });
    const seminar = event.seminars[0];
    expect(seminar).to.deep.include({ name: '2024年非洲法语国家农业技术培训班', durationDays: 21 });
    expect(seminar.host).to.deep.equal({ name: '商务部' });
    expect(seminar.organizer).to.deep.equal({ name: '江北农林学院', roleLabel: '承办' });
    expect(seminar.participants).to.deep.equal({ count: 30, kind: '农业官员', countries: ['CI', 'CD', 'SN'], countriesComplete: false });
    expect(event.attendees).to.deep.equal([{ name: '孙悦', title: '处长', organization: '江北农林学院国际合作处' }]);
    expect(event.photos.map((photo: Json) => photo.caption)).to.deep.equal(['结业仪式现场']);
    expect(event.credits.map((credit: Json) => [credit.role, credit.names[0]])).to.deep.equal([
      ['writer', '周琳'],
      ['photographer', '钱进'],
      ['editor', '孙悦'],
    ]);
  });

  it('a Chinese online opening at 北京时间…晚上8点, a quoted name, participants from a region only', async () => {
    const { event, findings } = await imported('zh-online-beijing.txt');
    expect(event.dates).to.deep.equal({ start: '2022-04-20', timeOfDay: '20:00', timeZone: 'Asia/Shanghai', timeZoneLabel: '北京时间' });
    expect(event.format).to.equal('online');
    expect(event.seminars[0].name).to.equal('2022年东盟国家数字贸易研修班');
    expect(findings.find((finding) => finding.path === 'seminars[0].name')?.certainty).to.equal('certain');
    expect(event.seminars[0].participants).to.deep.equal({ count: 40, kind: '学员', region: '东盟国家' });
    expect(event.speeches[0].speaker).to.deep.equal({ name: '何平', title: '院长', organization: '海港职业技术学院' });
    // The site's lines copied with the text (来源, 浏览次数, 【打印】【关闭】) are not captions.
    expect(event.photos).to.equal(undefined);
  });

  it('主办单位 / 承办单位 lines, 为期两周, and a list of countries that runs into 和', () => {
    const text = [
      '2025年南太平洋岛国海洋经济研修班结业',
      '发布日期：2025年9月30日',
      '2025年9月26日，2025年南太平洋岛国海洋经济研修班结业仪式在青岛举行。研修班为期两周，来自斐济、萨摩亚和汤加的18名官员参加。',
      '主办单位：商务部',
      '承办单位：黄海海洋学院',
      '撰稿：许文',
    ].join('\n');
    const { event } = importArticle(text);
    expect(validateEvent(event).problems).to.deep.equal([]);
    expect(event.created).to.equal('2025-09-30');
    expect(event.kind).to.equal('closing-ceremony');
    const seminar = event.seminars[0]!;
    expect(seminar).to.deep.include({ name: '2025年南太平洋岛国海洋经济研修班', durationDays: 14 });
    expect(seminar.host).to.deep.equal({ name: '商务部' });
    expect(seminar.organizer).to.deep.equal({ name: '黄海海洋学院', roleLabel: '承办' });
    expect(seminar.participants).to.deep.equal({ count: 18, kind: '官员', countries: ['FJ', 'WS', 'TO'] });
    // The "label：value" lines are facts, neither captions nor narrative.
    expect(event.photos).to.equal(undefined);
    expect(event.paragraphs).to.have.length(1);
  });

  it('an HTML article with figures, lazy images, a co-organiser and one credit line', async () => {
    const { event } = await imported('article-figures.html', { baseUrl: 'https://news.example.org/2024/08/30/closing.html' });
    expect(event.title).to.equal('Closing Ceremony of the Workshop on Cooperative Finance for Pacific and Caribbean Island States');
    expect(event.section).to.equal('Activity Highlights');
    expect(event.created).to.equal('2024-08-30');
    expect(event.format).to.equal('in-person');
    expect(event.seminars[0].organizer).to.deep.equal({ name: 'Seaside Finance Academy & Island Credit Union League', roleLabel: 'co-organized by' });
    expect(event.seminars[0].durationDays).to.equal(21);
    // A paragraph wrapped over three lines of markup is one paragraph.
    expect(event.seminars[0].participants.countries).to.deep.equal(['WS', 'FJ', 'JM', 'GD', 'DM', 'VC']);
    expect(event.paragraphs.at(-1)).to.equal(
      'Over three weeks, 21 participants from Samoa, Fiji, Jamaica, Grenada, Dominica and Saint Vincent and the Grenadines studied credit scoring and ' +
        'rural microfinance.',
    );
    expect(event.photos).to.deep.equal([
      { src: 'https://news.example.org/media/2024/08/closing-hall.jpg', alt: 'The closing hall with flags', caption: 'The closing ceremony' },
      { src: 'https://news.example.org/media/2024/08/group.jpg', caption: 'Group photo of the participants', group: true },
    ]);
    expect(event.speeches[0].photo).to.deep.equal({ src: 'https://news.example.org/2024/08/media/2024/08/vaifale.jpg', caption: 'Speech by Ms. Tala Vaifale' });
    expect(event.speeches[0].role).to.equal('participant-representative');
    expect(event.credits).to.deep.equal([
      { role: 'writer', names: ['Zheng Ke'] },
      { role: 'photographer', names: ['Lu Yao', 'Kong Jie'] },
      { role: 'editor', names: ['Mao Lin'] },
    ]);
  });
});

describe('importArticle: what is not an article', () => {
  const refused = (result: ImportResult, why: RegExp) => {
    expect(result.event).to.deep.equal({ title: '', seminars: [] });
    expect(result.findings).to.have.length(1);
    expect(result.findings[0]).to.deep.include({ path: '', source: '' });
    expect(result.findings[0]!.message).to.match(why);
  };

  it('empty or blank input gives an empty draft and says why', () => {
    refused(importArticle(''), /empty/);
    refused(importArticle(' \n\t\u00A0 '), /empty/);
  });

  it('binary data gives an empty draft and says why', () => {
    const bytes = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 37) % 256)).join('');
    refused(importArticle(bytes), /binary/);
    refused(importArticle(`\u0000PNG\r\n\u001a\n${'x'.repeat(100)}`), /binary/);
  });

  it('a 500 KB page of another kind gives an empty draft and says why, quickly', () => {
    const item =
      '<li><a href="/p/1">Blue kettle, 1.7 litres</a><span class="price">$24.99</span><p>Ships in 2 days. Rated 4.5 by 1,203 buyers on March 3, ' +
      '2024.</p></li>\n';
    const page =
      `<!doctype html><html><head><title>Kitchen shop</title><script>var cart = [];</script></head>` +
      `<body><nav>Shop</nav><ul>${item.repeat(Math.ceil(500_000 / item.length))}</ul></body></html>`;
    expect(page.length).to.be.greaterThan(500_000);
    const started = performance.now();
    refused(importArticle(page), /does not read as an article/);
    // Not a timed test of the machine: a bound far above the real figure, against a run-away expression.
    expect(performance.now() - started).to.be.lessThan(5000);
  });

  it('HTML nested thousands of elements deep (which makes the parser slow) is refused before it is parsed', () => {
    const started = performance.now();
    refused(importArticle(`<p>seminar</p>${'<div>'.repeat(100_000)}x`), /nests elements more than 1000 deep/);
    expect(performance.now() - started).to.be.lessThan(5000);
    // Unclosed <p> and <li>, as old CMS pages write them, are not nesting: such a page is read.
    const { event } = importArticle(`<h1>Opening of the Seminar on Trade for Island Countries</h1>${'<p>The seminar on trade went on.'.repeat(3000)}`);
    expect(event.title).to.equal('Opening of the Seminar on Trade for Island Countries');
  });

  it('input that is no string at all (a caller without types) gives an empty draft, never an exception', () => {
    for (const input of [null, undefined, 42, {}, ['text']]) refused(importArticle(input as unknown as string), /not text/);
    refused(importArticle('x'.repeat(2_000_001)), /more than/);
  });

  it('a text that starts with its first paragraph has no title (a caption further down is not taken for one)', async () => {
    const seed = await article('seed.txt');
    const { event, findings } = importArticle(seed.slice(seed.indexOf('On the morning of June 29')), { published: '2023-07-03' });
    expect(event.title).to.equal('');
    expect(findings.find((finding) => finding.path === 'title')?.message).to.match(/has no title/);
    expect(validateEvent(event).problems.map((problem) => problem.path)).to.deep.equal(['title']);
    expect(event.photos!.map((photo: Json) => photo.caption)).to.deep.equal(['The Opening Ceremony', 'Group Photo of the Seminar']);
    expect(event.created).to.equal('2023-07-03');
  });

  it('a text without the required facts is drafted as far as it goes, with a finding at each missing field', () => {
    const { event, findings } = importArticle('Participants of the training course thanked their hosts.');
    expect(event.seminars).to.deep.equal([]);
    expect(findings.find((finding) => finding.path === 'seminars')?.message).to.match(/names no seminar/);
    expect(validateEvent(event).ok).to.be.false;
  });
});
