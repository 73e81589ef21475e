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
  'Boost Innovative Cooperation between China and Latin America and Jointly Construct a China-Latin America and the Caribbean Community of Shared Destinies – Smooth Opening for the Seminar on Science and Technology Innovation for Latin American Countries';

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
    const { event } = await imported('seed.html', { baseUrl: 'https://college.example.edu/news/2023/0703.html' });
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
