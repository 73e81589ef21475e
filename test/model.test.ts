import { expect } from '@open-wc/testing';
import {
  describeValue,
  ISO_3166_ALPHA2,
  isCountryCode,
  leadPhoto,
  LIMITS,
  organizationsIn,
  resolveText,
  summarizeParticipants,
  validateEvent,
} from '../src/model/index.js';
import type { EventArticle, Problem } from '../src/model/index.js';

const SEED_URL = '/demo/data/seed-2023-06-29-opening.json';
const TEN_COUNTRIES = ['BO', 'BR', 'CO', 'CR', 'CU', 'DM', 'EC', 'PA', 'PE', 'VE'];
const TIME_OF_DAY = 'a time of day: "morning", "afternoon", "evening" or "HH:MM"';
const LANGUAGE_TAG = 'a BCP 47 language tag such as "en" or "pt-BR"';
const COUNTRY_CODE = 'an ISO 3166-1 alpha-2 country code such as "BO"';
const CALENDAR = 'a date that exists in the calendar';
const DATE_FORMAT = 'a date "YYYY-MM-DD", "YYYY-MM", "YYYY" or "--MM-DD"';
const TEXT = 'text: a non-empty string or an object mapping language tags to strings';
const REQUIRED = 'a value (required field)';

// Documents are built loosely on purpose: the validator receives whatever JSON a page hands it.
type Json = any;

let seedJson: Json;
/** The seed article as fetched (a fresh copy each time, so a test can change it). */
async function seed(): Promise<Json> {
  if (seedJson === undefined) {
    const response = await fetch(SEED_URL);
    expect(response.ok, `GET ${SEED_URL}`).to.be.true;
    seedJson = await response.json();
  }
  return structuredClone(seedJson);
}

/** The smallest valid document. */
const minimal = (): Json => ({ title: 'Opening ceremony', seminars: [{ id: 's1', name: 'Seminar' }] });

/** Validates a document that must be valid and returns it typed. */
function valid(document: unknown): EventArticle {
  const result = validateEvent(document);
  expect(result.problems, JSON.stringify(result.problems, null, 1)).to.deep.equal([]);
  expect(result.ok).to.be.true;
  return result.value!;
}

/** Validates a document that must be invalid and returns all its problems. */
function problems(document: unknown): Problem[] {
  const result = validateEvent(document);
  expect(result.ok, 'document should be invalid').to.be.false;
  expect(result.value).to.equal(undefined);
  expect(result.problems).to.not.be.empty;
  return result.problems;
}

/** The one problem of a document that has exactly one. */
function onlyProblem(document: unknown): Problem {
  const found = problems(document);
  expect(found, JSON.stringify(found, null, 1)).to.have.length(1);
  return found[0]!;
}

function expectProblem(problem: Problem, path: string, expected: string, received: string): void {
  expect({ path: problem.path, expected: problem.expected, received: problem.received }).to.deep.equal({ path, expected, received });
  expect(problem.message).to.equal(`${path || '(document)'}: expected ${expected}, received ${received}`);
}

/** A minimal document with one seminar changed. */
function withSeminar(changes: Json): Json {
  return { ...minimal(), seminars: [{ id: 's1', name: 'Seminar', ...changes }] };
}

describe('model: the seed article', () => {
  it('validates without problems', async () => {
    const result = validateEvent(await seed());
    expect(result.problems).to.deep.equal([]);
    expect(result.ok).to.be.true;
    expect(result.value?.id).to.equal('2023-06-29-sti-latin-america-opening');
  });

  it('keeps the title as published: 251 characters with an en dash', async () => {
    const article = valid(await seed());
    const title = article.title as string;
    expect(title).to.be.a('string');
    expect(title.length).to.equal(251);
    expect(title).to.include(' \u2013 Smooth Opening');
    expect(title).to.not.include(' - ');
    expect(title.startsWith('Boost Innovative Cooperation between China and Latin America')).to.be.true;
    expect(title.endsWith('Seminar on Science and Technology Innovation for Latin American Countries')).to.be.true;
    expect(article.lang).to.equal('en');
    expect(article.section).to.equal('Activity Highlights');
  });

  it('has the creation date, the ceremony date and time of day, and the kind', async () => {
    const article = valid(await seed());
    expect(article.created).to.equal('2023-07-03');
    expect(article.dates?.start).to.equal('2023-06-29');
    expect(article.dates?.timeOfDay).to.equal('morning');
    expect(article.dates?.timeZone).to.equal(undefined);
    expect(article.kind).to.equal('opening-ceremony');
  });

  it('has one seminar: 21 days, 31 participants from the ten countries, host and organizer', async () => {
    const article = valid(await seed());
    expect(article.seminars).to.have.length(1);
    const seminar = article.seminars[0]!;
    expect(seminar.name).to.equal('Seminar on Science and Technology Innovation for Latin American Countries');
    expect(seminar.durationDays).to.equal(21);
    expect(seminar.participants?.count).to.equal(31);
    expect(seminar.participants?.countries).to.deep.equal(TEN_COUNTRIES);
    expect(seminar.host?.name).to.equal('Ministry of Commerce');
    expect(seminar.host?.shortName).to.equal('MOFCOM');
    expect(seminar.organizer?.name).to.equal('MOFCOM Training Base for International Business Officials (Shanghai)');
  });

  it('names the same ten countries as the article text (checked with Intl.DisplayNames)', async () => {
    const article = valid(await seed());
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const narrative = (article.paragraphs as string[]).join('\n');
    expect(narrative).to.include('The 21-day Seminar included 31 officials from');
    for (const code of article.seminars[0]!.participants!.countries!) {
      expect(narrative, `${code} = ${names.of(code)}`).to.include(names.of(code)!);
    }
    // Dominica (DM), not the Dominican Republic (DO).
    expect(narrative).to.not.include('Dominican Republic');
  });

  it('has the visits to Shenzhen and Guangzhou with their coordinates', async () => {
    const visits = valid(await seed()).seminars[0]!.visits!;
    expect(visits.map((visit) => visit.city)).to.deep.equal(['Shenzhen', 'Guangzhou']);
    for (const visit of visits) {
      expect(visit.region).to.equal('Guangdong Province');
      expect(visit.country).to.equal('CN');
    }
    const [shenzhen, guangzhou] = visits.map((visit) => visit.coordinates!);
    expect(shenzhen!.lat).to.be.closeTo(22.54, 0.1);
    expect(shenzhen!.lon).to.be.closeTo(114.06, 0.1);
    expect(guangzhou!.lat).to.be.closeTo(23.13, 0.1);
    expect(guangzhou!.lon).to.be.closeTo(113.26, 0.1);
  });

  it('lists the three attendees with titles and organizations', async () => {
    const attendees = valid(await seed()).attendees!;
    expect(attendees.map((person) => [person.honorific, person.name, person.organization])).to.deep.equal([
      ['mr', 'Chen Jianfeng', 'Shanghai Business School'],
      ['ms', 'Liu Beimin', 'Shanghai Municipal Commission of Commerce'],
      ['mr', 'Chen Wei', 'Shanghai Business School'],
    ]);
    expect(attendees[0]!.title).to.equal('Vice President');
    expect(attendees[2]!.title).to.include('Vice Director of the Training Base');
    for (const person of attendees) expect(person.nameOrder).to.equal('family-first');
  });

  it('has three speeches with the right speakers and roles, including the participant representative', async () => {
    const article = valid(await seed());
    const speeches = article.speeches!;
    expect(speeches.map((speech) => [speech.speaker.name, speech.speaker.honorific, speech.role])).to.deep.equal([
      ['Liu Beimin', 'ms', 'official'],
      ['Chen Jianfeng', 'mr', 'school-leader'],
      ['Danmarys Hernández', 'ms', 'participant-representative'],
    ]);
    const representative = speeches[2]!.speaker;
    expect((representative.name as string).normalize('NFC')).to.equal('Danmarys Hern\u00e1ndez');
    expect(representative.organization).to.equal('Viceministerio para la Comunalización de la Ciencia para la Producción');
    expect(representative.country).to.equal('VE');
    for (const speech of speeches) {
      expect(speech.seminar).to.equal(article.seminars[0]!.id);
      expect(speech.paragraphs).to.have.length.greaterThan(0);
      expect(speech.paragraphs[0] as string).to.include(speech.speaker.name as string);
    }
  });

  it('has the five photos with their captions, the group photo flagged', async () => {
    const article = valid(await seed());
    const photos = [...article.photos!, ...article.speeches!.map((speech) => speech.photo!)];
    expect(photos).to.have.length(5);
    expect(photos.map((photo) => photo.caption).sort()).to.deep.equal(
      [
        'Group Photo of the Seminar',
        'Speech by Mr. Chen Jianfeng',
        'Speech by Ms. Liu Beimin',
        'Speech by the Participant Representative',
        'The Opening Ceremony',
      ].sort(),
    );
    const groups = photos.filter((photo) => photo.group);
    expect(groups.map((photo) => photo.caption)).to.deep.equal(['Group Photo of the Seminar']);
    for (const photo of photos) {
      expect(photo.alt, `alt of ${String(photo.caption)}`).to.be.a('string').and.not.empty;
      expect(photo.width).to.be.greaterThan(0);
      expect(photo.height).to.be.greaterThan(0);
    }
  });

  it('credits writer Ma Yizhou, photographer Ni Haoran and reviewer Chen Wei', async () => {
    const credits = valid(await seed()).credits!;
    expect(credits.map((credit) => [credit.role, credit.names])).to.deep.equal([
      ['writer', ['Ma Yizhou']],
      ['photographer', ['Ni Haoran']],
      ['reviewer', ['Chen Wei']],
    ]);
  });

  it('points $schema at the generated JSON Schema, which describes the model', async () => {
    const document = await seed();
    const schemaUrl = new URL(document.$schema, new URL(SEED_URL, location.href));
    expect(schemaUrl.pathname).to.equal('/src/model/event.schema.json');
    const response = await fetch(schemaUrl);
    expect(response.ok, `GET ${schemaUrl.pathname}`).to.be.true;
    const schema: Json = await response.json();
    expect(schema.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(schema.$id)
      .to.be.a('string')
      .and.match(/event\.schema\.json$/);
    expect(schema.title).to.be.a('string').and.not.empty;
    expect(schema.description).to.be.a('string').and.not.empty;
    expect(schema.type).to.equal('object');
    expect(schema.required).to.deep.equal(['title', 'seminars']);
    expect(schema.properties.seminars.minItems).to.equal(1);
    const defs = schema.definitions;
    expect(defs.CountryCode.enum).to.have.length(249);
    expect(defs.CountryCode.enum).to.deep.equal([...ISO_3166_ALPHA2]);
    expect(defs.CountryCode.description).to.be.a('string');
    expect(defs.Participants.properties.perCountry.propertyNames).to.deep.equal({ $ref: '#/definitions/CountryCode' });
    expect(defs.Text.anyOf[1].propertyNames).to.deep.equal({ $ref: '#/definitions/LanguageTag' });
    expect(defs.LanguageTag.pattern).to.be.a('string');
    expect(defs.Honorific.enum).to.include('his-excellency');
    expect(defs.Photo.properties.width).to.deep.equal({ type: 'integer', minimum: 1, maximum: LIMITS.pixels });
    expect(defs.Credit.then).to.deep.equal({ required: ['label'] });
    // Unknown fields stay allowed everywhere.
    expect(JSON.stringify(schema)).to.not.include('"additionalProperties":false');
    // The calendar pattern agrees with the validator.
    const calendar = new RegExp(defs.PartialDate.allOf[0].pattern);
    for (const date of [
      '2023-06-29',
      '2024-02-29',
      '2000-02-29',
      '--02-29',
      '2023',
      '2023-06',
      '2023-02-30',
      '2023-02-29',
      '1900-02-29',
      '2023-13-01',
      '2023-04-31',
    ]) {
      expect(calendar.test(date), date).to.equal(validateEvent({ ...minimal(), created: date }).ok);
    }
  });
});

describe('model: validateEvent reports bad input', () => {
  it('null document', () => {
    expectProblem(onlyProblem(null), '', 'Object', 'null');
  });

  it('array document (valibot alone would take an array for an object)', () => {
    expectProblem(onlyProblem([minimal()]), '', 'Object', 'array of 1');
    expectProblem(onlyProblem([]), '', 'Object', 'array of 0');
  });

  it('other non-object documents', () => {
    expectProblem(onlyProblem('{"title": "x"}'), '', 'Object', 'string "{\\"title\\": \\"x\\"}"');
    expectProblem(onlyProblem(42), '', 'Object', 'number 42');
    expectProblem(onlyProblem(undefined), '', 'Object', 'undefined');
  });

  it('missing title and seminars, both at once', () => {
    const found = problems({});
    expect(found).to.have.length(2);
    expectProblem(found[0]!, 'title', REQUIRED, 'undefined');
    expectProblem(found[1]!, 'seminars', REQUIRED, 'undefined');
  });

  it('missing required nested fields', () => {
    const found = problems({ ...minimal(), seminars: [{}], speeches: [{ speaker: {} }] });
    expect(found.map((problem) => [problem.path, problem.expected])).to.deep.equal([
      ['seminars[0].id', REQUIRED],
      ['seminars[0].name', REQUIRED],
      ['speeches[0].speaker.name', REQUIRED],
      ['speeches[0].paragraphs', REQUIRED],
    ]);
  });

  it('empty seminars', () => {
    expectProblem(onlyProblem({ ...minimal(), seminars: [] }), 'seminars', 'at least one seminar', 'array of 0');
  });

  it('wrong types', () => {
    expectProblem(onlyProblem({ ...minimal(), title: 42 }), 'title', TEXT, 'number 42');
    expectProblem(onlyProblem({ ...minimal(), title: null }), 'title', TEXT, 'null');
    expectProblem(onlyProblem({ ...minimal(), seminars: { id: 's1', name: 'x' } }), 'seminars', 'Array', 'object');
    expectProblem(onlyProblem({ ...minimal(), speeches: 'none' }), 'speeches', 'Array', 'string "none"');
    expectProblem(onlyProblem({ ...minimal(), photos: [{ src: 'a.jpg', group: 'yes' }] }), 'photos[0].group', 'boolean', 'string "yes"');
    expectProblem(onlyProblem({ ...minimal(), photos: [{ src: 'a.jpg', width: '1200' }] }), 'photos[0].width', 'number', 'string "1200"');
    expectProblem(onlyProblem({ ...minimal(), photos: [{ src: 7 }] }), 'photos[0].src', 'string', 'number 7');
    expectProblem(onlyProblem(withSeminar({ participants: { count: '31' } })), 'seminars[0].participants.count', 'number', 'string "31"');
  });

  it('empty and blank text', () => {
    expectProblem(onlyProblem({ ...minimal(), title: '' }), 'title', 'a non-empty string', 'string ""');
    const blank = onlyProblem({ ...minimal(), title: '   ' });
    expect([blank.path, blank.expected]).to.deep.equal(['title', 'a non-empty string']);
  });

  it('unknown country code "XX" and lower-case "bo"', () => {
    const found = problems(withSeminar({ participants: { countries: ['BO', 'XX', 'bo'] } }));
    expect(found).to.have.length(2);
    expectProblem(found[0]!, 'seminars[0].participants.countries[1]', COUNTRY_CODE, 'string "XX"');
    expectProblem(found[1]!, 'seminars[0].participants.countries[2]', COUNTRY_CODE, 'string "bo"');
    expectProblem(onlyProblem({ ...minimal(), attendees: [{ name: 'A', country: 'bo' }] }), 'attendees[0].country', COUNTRY_CODE, 'string "bo"');
    expectProblem(onlyProblem(withSeminar({ visits: [{ city: 'Shenzhen', country: 'XX' }] })), 'seminars[0].visits[0].country', COUNTRY_CODE, 'string "XX"');
  });

  it('unknown country code as a key of perCountry', () => {
    const problem = onlyProblem(withSeminar({ participants: { perCountry: { BO: 3, XX: 2 } } }));
    expectProblem(problem, 'seminars[0].participants.perCountry.XX', COUNTRY_CODE, 'string "XX"');
  });

  it('impossible dates and bad months', () => {
    expectProblem(onlyProblem({ ...minimal(), created: '2023-02-30' }), 'created', CALENDAR, 'string "2023-02-30"');
    expectProblem(onlyProblem({ ...minimal(), created: '2023-02-29' }), 'created', CALENDAR, 'string "2023-02-29"');
    expectProblem(onlyProblem({ ...minimal(), created: '2023-04-31' }), 'created', CALENDAR, 'string "2023-04-31"');
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '2023-13-01' } }), 'dates.start', CALENDAR, 'string "2023-13-01"');
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '2023-00' } }), 'dates.start', CALENDAR, 'string "2023-00"');
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '--13-01' } }), 'dates.start', CALENDAR, 'string "--13-01"');
    expectProblem(onlyProblem(withSeminar({ startDate: '2023-06-00' })), 'seminars[0].startDate', CALENDAR, 'string "2023-06-00"');
  });

  it('dates in the wrong format', () => {
    expectProblem(onlyProblem({ ...minimal(), created: '2023-7-3' }), 'created', DATE_FORMAT, 'string "2023-7-3"');
    expectProblem(onlyProblem({ ...minimal(), created: '03/07/2023' }), 'created', DATE_FORMAT, 'string "03/07/2023"');
    expectProblem(onlyProblem({ ...minimal(), created: '2023-07-03T10:00' }), 'created', DATE_FORMAT, 'string "2023-07-03T10:00"');
    expectProblem(onlyProblem({ ...minimal(), dates: { start: 20230629 } }), 'dates.start', 'string', 'number 20230629');
    expectProblem(onlyProblem({ ...minimal(), dates: {} }), 'dates.start', REQUIRED, 'undefined');
  });

  it('negative and non-integer counts', () => {
    expectProblem(onlyProblem(withSeminar({ participants: { count: -1 } })), 'seminars[0].participants.count', 'a number of at least 0', 'number -1');
    expectProblem(onlyProblem(withSeminar({ participants: { count: 2.5 } })), 'seminars[0].participants.count', 'a whole number', 'number 2.5');
    expectProblem(
      onlyProblem(withSeminar({ participants: { perCountry: { BO: -2 } } })),
      'seminars[0].participants.perCountry.BO',
      'a number of at least 0',
      'number -2',
    );
    expectProblem(onlyProblem(withSeminar({ durationDays: 0 })), 'seminars[0].durationDays', 'at least 1 day', 'number 0');
    expectProblem(onlyProblem(withSeminar({ durationDays: 20.5 })), 'seminars[0].durationDays', 'a whole number', 'number 20.5');
    expectProblem(onlyProblem({ ...minimal(), photos: [{ src: 'a.jpg', height: 0 }] }), 'photos[0].height', 'a height of at least 1', 'number 0');
    // A negative fraction breaks every rule of a count: each is reported.
    const all = problems(withSeminar({ participants: { count: -0.5 } }));
    expect(all.map((problem) => problem.expected)).to.deep.equal(['a whole number', 'a number of at least 0']);
  });

  it('bad language tag in a text map', () => {
    expectProblem(onlyProblem({ ...minimal(), title: { english: 'Opening' } }), 'title.english', LANGUAGE_TAG, 'string "english"');
    expectProblem(onlyProblem({ ...minimal(), summary: { en: 'x', pt_BR: 'y' } }), 'summary.pt_BR', LANGUAGE_TAG, 'string "pt_BR"');
    expectProblem(onlyProblem({ ...minimal(), title: { 'pt-BR': 'x', '1x': 'y' } }), 'title["1x"]', LANGUAGE_TAG, 'string "1x"');
    expectProblem(onlyProblem({ ...minimal(), lang: 'english' }), 'lang', LANGUAGE_TAG, 'string "english"');
  });

  it('a text map with a bad tag and a non-string value reports both, where they are', () => {
    const found = problems({ ...minimal(), title: { english: 'Opening', es: 3 } });
    expect(found).to.have.length(2);
    expectProblem(found[0]!, 'title.english', LANGUAGE_TAG, 'string "english"');
    expectProblem(found[1]!, 'title.es', 'string', 'number 3');
    const nested = problems({ ...minimal(), attendees: [{ name: { en: 'A', zh: null, 'x-y': 'B' } }] });
    expect(nested.map((problem) => problem.path)).to.deep.equal(['attendees[0].name.zh', 'attendees[0].name["x-y"]']);
  });

  it('credit role "other" without label, unknown role, no names', () => {
    expectProblem(
      onlyProblem({ ...minimal(), credits: [{ role: 'other', names: ['Li Lei'] }] }),
      'credits[0]',
      'a label for a credit of role "other"',
      'object',
    );
    valid({ ...minimal(), credits: [{ role: 'other', label: 'Responsible editor', names: ['Li Lei'] }] });
    valid({ ...minimal(), credits: [{ role: 'editor', names: ['Li Lei'] }] });
    const role = onlyProblem({ ...minimal(), credits: [{ role: 'author', names: ['Li Lei'] }] });
    expect([role.path, role.received]).to.deep.equal(['credits[0].role', 'string "author"']);
    expect(role.expected).to.match(/^a credit role: /);
    expectProblem(onlyProblem({ ...minimal(), credits: [{ role: 'writer', names: [] }] }), 'credits[0].names', 'at least one name', 'array of 0');
  });

  it('bad honorific', () => {
    const problem = onlyProblem({ ...minimal(), attendees: [{ name: 'Chen Wei', honorific: 'Mr.' }] });
    expect([problem.path, problem.received]).to.deep.equal(['attendees[0].honorific', 'string "Mr."']);
    expect(problem.expected).to.match(/^an honorific: "mr", "ms"/);
    const inSpeech = onlyProblem({ ...minimal(), speeches: [{ speaker: { name: 'A', honorific: 'MR' }, paragraphs: [] }] });
    expect(inSpeech.path).to.equal('speeches[0].speaker.honorific');
  });

  it('bad timeOfDay', () => {
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '2023', timeOfDay: 'noon' } }), 'dates.timeOfDay', TIME_OF_DAY, 'string "noon"');
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '2023', timeOfDay: '24:00' } }), 'dates.timeOfDay', TIME_OF_DAY, 'string "24:00"');
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '2023', timeOfDay: 'Morning' } }), 'dates.timeOfDay', TIME_OF_DAY, 'string "Morning"');
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '2023', timeOfDay: 9 } }), 'dates.timeOfDay', TIME_OF_DAY, 'number 9');
  });

  it('bad time zone', () => {
    const problem = onlyProblem({ ...minimal(), dates: { start: '2023', timeZone: 'GMT+8' } });
    expect([problem.path, problem.received]).to.deep.equal(['dates.timeZone', 'string "GMT+8"']);
    expect(problem.expected).to.include('UTC offset');
  });

  it('coordinates out of range', () => {
    const visit = (lat: unknown, lon: unknown) => withSeminar({ visits: [{ city: 'X', coordinates: { lat, lon } }] });
    const at = 'seminars[0].visits[0].coordinates';
    expectProblem(onlyProblem(visit(90.5, 0)), `${at}.lat`, '<=90', 'number 90.5');
    expectProblem(onlyProblem(visit(-91, 0)), `${at}.lat`, '>=-90', 'number -91');
    expectProblem(onlyProblem(visit(0, 180.1)), `${at}.lon`, '<=180', 'number 180.1');
    expectProblem(onlyProblem(visit(0, -181)), `${at}.lon`, '>=-180', 'number -181');
    expectProblem(onlyProblem(visit('22.5', 114)), `${at}.lat`, 'number', 'string "22.5"');
    valid(visit(90, -180));
    valid(visit(-90, 180));
  });

  it('returns every problem at once, in document order, not just the first', () => {
    const document = {
      title: '',
      lang: 'english',
      created: '2023-02-30',
      dates: { start: '2023-06-29', timeOfDay: 'noon' },
      seminars: [
        { id: 's1', name: 'One', durationDays: 0, participants: { count: 1.5, countries: ['BO', 'XX', 'bo'] } },
        { id: '', name: 'Two', visits: [{ city: 'Y', coordinates: { lat: 100, lon: 0 } }] },
      ],
      attendees: [{ name: 'A', honorific: 'Sir' }],
      credits: [{ role: 'other', names: ['B'] }],
    };
    expect(problems(document).map((problem) => problem.path)).to.deep.equal([
      'lang',
      'title',
      'created',
      'dates.timeOfDay',
      'seminars[0].durationDays',
      'seminars[0].participants.count',
      'seminars[0].participants.countries[1]',
      'seminars[0].participants.countries[2]',
      'seminars[1].id',
      'seminars[1].visits[0].coordinates.lat',
      'attendees[0].honorific',
      'credits[0]',
    ]);
  });
});

describe('model: validateEvent accepts the variety of real articles', () => {
  it('keeps unknown fields, at the top level and nested, without reporting them', () => {
    const document = {
      ...minimal(),
      futureField: { any: ['thing'] },
      seminars: [{ id: 's1', name: 'Seminar', edition: 3, participants: { count: 2, note: 'x' } }],
      speeches: [{ speaker: { name: 'A', pronouns: 'she/her' }, paragraphs: [], audio: 'a.mp3' }],
      photos: [{ src: 'a.jpg', focalPoint: [0.5, 0.3] }],
      dates: { start: '2023', calendar: 'gregorian' },
    };
    const article = valid(document) as Json;
    expect(article.futureField).to.deep.equal({ any: ['thing'] });
    expect(article.seminars[0].edition).to.equal(3);
    expect(article.seminars[0].participants.note).to.equal('x');
    expect(article.speeches[0].audio).to.equal('a.mp3');
    expect(article.speeches[0].speaker.pronouns).to.equal('she/her');
    expect(article.photos[0].focalPoint).to.deep.equal([0.5, 0.3]);
    expect(article.dates.calendar).to.equal('gregorian');
  });

  it('validates per-locale text maps wherever text goes', () => {
    const names = { en: 'Opening ceremony', 'zh-Hans': '开班仪式', es: 'Ceremonia de apertura', 'pt-BR': 'Cerimônia de abertura', fr: "Cérémonie d'ouverture" };
    const article = valid({
      ...minimal(),
      title: names,
      seminars: [{ id: 's1', name: names, participants: { region: { en: 'Portuguese-speaking countries', pt: 'Países de língua portuguesa' } } }],
      attendees: [{ name: { en: 'Chen Wei', 'zh-Hans': '陈伟' }, title: { en: 'Vice Director' } }],
      photos: [{ src: 'a.jpg', caption: { en: 'Group Photo', 'zh-Hans': '合影' }, people: [{ en: 'Ms. Liu', 'zh-Hans': '刘女士' }] }],
      credits: [{ role: 'other', label: { en: 'Responsible editor', 'zh-Hans': '责编' }, names: [{ 'zh-Hans': '马一舟' }] }],
      summary: { 'es-419': 'Resumen' },
    });
    expect(article.title).to.deep.equal(names);
  });

  it('validates partial dates: year, month, and day without year', () => {
    for (const date of ['2023', '2023-06', '--06-29', '--02-29', '2024-02-29', '2000-02-29']) {
      valid({ ...minimal(), created: date, dates: { start: date, end: date }, seminars: [{ id: 's1', name: 'S', startDate: date, endDate: date }] });
    }
  });

  it('validates the forms of time of day, time zone, format, honorific and kind', () => {
    valid({ ...minimal(), dates: { start: '2021-11-16', timeOfDay: '09:30', timeZone: 'Asia/Shanghai', timeZoneLabel: '(GMT+8)' }, format: 'online' });
    valid({ ...minimal(), dates: { start: '2021-11-16', timeOfDay: 'evening', timeZone: '+08:00' }, kind: 'ministerial-workshop' });
    valid({ ...minimal(), attendees: [{ name: 'H.E. X', honorific: 'his-excellency' }, { name: 'SILVA' }] });
  });

  it('validates an article about two seminars with speeches tied to one or to neither', () => {
    valid({
      ...minimal(),
      kind: 'closing-ceremony',
      seminars: [
        { id: 'a', name: 'Seminar A', participants: { count: 20, countries: ['GH', 'ZW'] } },
        { id: 'b', name: 'Seminar B', participants: { region: 'French-speaking African countries' } },
      ],
      speeches: [
        { speaker: { name: 'X' }, role: 'participant-representative', seminar: 'a', paragraphs: ['Thanks.'] },
        { speaker: { name: 'Y' }, role: 'official', paragraphs: [] },
      ],
    });
  });
});

describe('model: resolveText', () => {
  const map = { en: 'Opening', 'pt-BR': 'Abertura', 'zh-CN': '开幕', es: 'Apertura' };

  it('returns a plain string as it is, in the document language', () => {
    expect(resolveText('Opening', 'fr', 'en')).to.deep.equal({ text: 'Opening', lang: 'en' });
    expect(resolveText('Opening', 'fr')).to.deep.equal({ text: 'Opening', lang: undefined });
  });

  it('returns undefined for no text and for an empty map', () => {
    expect(resolveText(undefined, 'en', 'en')).to.equal(undefined);
    expect(resolveText({}, 'en', 'en')).to.equal(undefined);
    expect(resolveText({ en: '', fr: '   ' }, 'en', 'en')).to.equal(undefined);
  });

  it('1. prefers the exact locale (case-insensitive)', () => {
    expect(resolveText(map, 'pt-BR', 'en')).to.deep.equal({ text: 'Abertura', lang: 'pt-BR' });
    expect(resolveText(map, 'PT-br', 'en')).to.deep.equal({ text: 'Abertura', lang: 'pt-BR' });
    expect(resolveText({ 'en-GB': 'Colour', en: 'Color' }, 'en', 'zh')).to.deep.equal({ text: 'Color', lang: 'en' });
  });

  it('2. then any entry of the same language', () => {
    expect(resolveText(map, 'pt', 'en')).to.deep.equal({ text: 'Abertura', lang: 'pt-BR' });
    expect(resolveText(map, 'pt-PT', 'en')).to.deep.equal({ text: 'Abertura', lang: 'pt-BR' });
    expect(resolveText(map, 'zh-Hans', 'en')).to.deep.equal({ text: '开幕', lang: 'zh-CN' });
    expect(resolveText({ en: 'Opening', zh: '开幕' }, 'zh-Hans', 'en')).to.deep.equal({ text: '开幕', lang: 'zh' });
  });

  it('3. then English, before the document language (#14: a Spanish reader of a Chinese article gets English)', () => {
    expect(resolveText({ en: 'Opening', 'zh-Hans': '开班仪式' }, 'es', 'zh-Hans')).to.deep.equal({ text: 'Opening', lang: 'en' });
    expect(resolveText({ 'zh-Hans': '开班仪式', 'en-GB': 'Opening' }, 'fr', 'zh')).to.deep.equal({ text: 'Opening', lang: 'en-GB' });
  });

  it('4. then the document language when there is no English', () => {
    expect(resolveText({ es: 'Apertura', 'zh-Hans': '开班仪式' }, 'fr', 'zh-Hans')).to.deep.equal({ text: '开班仪式', lang: 'zh-Hans' });
    expect(resolveText({ es: 'Apertura', 'zh-Hans': '开班仪式' }, 'fr', 'zh')).to.deep.equal({ text: '开班仪式', lang: 'zh-Hans' });
  });

  it('English, exact before regional', () => {
    expect(resolveText({ es: 'Apertura', en: 'Opening' }, 'fr', 'de')).to.deep.equal({ text: 'Opening', lang: 'en' });
    expect(resolveText({ es: 'Apertura', 'en-GB': 'Opening' }, 'fr')).to.deep.equal({ text: 'Opening', lang: 'en-GB' });
    expect(resolveText({ es: 'Apertura', 'en-GB': 'Opening (GB)', en: 'Opening' }, 'fr')).to.deep.equal({ text: 'Opening', lang: 'en' });
  });

  it('5. then the first entry', () => {
    expect(resolveText({ es: 'Apertura', 'zh-Hans': '开班仪式' }, 'fr', 'de')).to.deep.equal({ text: 'Apertura', lang: 'es' });
  });

  it('skips blank entries at every step', () => {
    expect(resolveText({ fr: ' ', en: 'Opening' }, 'fr', 'fr')).to.deep.equal({ text: 'Opening', lang: 'en' });
    expect(resolveText({ en: '', es: 'Apertura' }, 'en', 'en')).to.deep.equal({ text: 'Apertura', lang: 'es' });
  });
});

describe('model: summaries', () => {
  const article = (seminars: Json[], extra: Json = {}): EventArticle => valid({ title: 'T', seminars, ...extra });

  it('summarizeParticipants adds the counts of two seminars and joins their countries in order', () => {
    const summary = summarizeParticipants(
      article([
        { id: 'a', name: 'A', participants: { count: 31, countries: ['BO', 'BR', 'VE'] } },
        { id: 'b', name: 'B', participants: { count: 20, countries: ['BR', 'GH', 'BO', 'ZW'], region: 'Africa and Latin America' } },
      ]),
    );
    expect(summary).to.deep.equal({
      count: 51,
      countries: ['BO', 'BR', 'VE', 'GH', 'ZW'],
      region: 'Africa and Latin America',
      countriesComplete: true,
      kind: undefined,
      subdivisions: [],
    });
  });

  it('summarizeParticipants gives no count unless every seminar has one', () => {
    const summary = summarizeParticipants(
      article([
        { id: 'a', name: 'A', participants: { count: 31, countries: ['BO'] } },
        { id: 'b', name: 'B', participants: { countries: ['GH'] } },
      ]),
    );
    expect(summary.count).to.equal(undefined);
    expect(summary.countries).to.deep.equal(['BO', 'GH']);
    const noParticipants = summarizeParticipants(
      article([
        { id: 'a', name: 'A', participants: { count: 3 } },
        { id: 'b', name: 'B' },
      ]),
    );
    expect(noParticipants).to.deep.equal({ count: undefined, countries: [], region: undefined, countriesComplete: true, kind: undefined, subdivisions: [] });
    expect(summarizeParticipants(article([{ id: 'a', name: 'A', participants: { count: 0 } }])).count).to.equal(0);
  });

  it('summarizeParticipants of the seed', async () => {
    const summary = summarizeParticipants(valid(await seed()));
    expect(summary.count).to.equal(31);
    expect(summary.countries).to.deep.equal(TEN_COUNTRIES);
    expect(summary.region).to.equal('Latin America and the Caribbean');
  });

  it('organizationsIn lists each host or organizer once, in order', () => {
    const mofcom = { name: 'Ministry of Commerce', shortName: 'MOFCOM' };
    const doc = article([
      { id: 'a', name: 'A', host: mofcom, organizer: { name: 'Training Base (Shanghai)' } },
      { id: 'b', name: 'B', host: { name: 'Ministry of Commerce' }, organizer: { name: 'Another School' } },
      { id: 'c', name: 'C', organizer: { name: 'Training Base (Shanghai)' } },
      { id: 'd', name: 'D', host: { name: { en: 'CIDCA', 'zh-Hans': '国家国际发展合作署' } } },
      { id: 'e', name: 'E', host: { name: { en: 'CIDCA', 'zh-Hans': '国家国际发展合作署' } } },
    ]);
    expect(organizationsIn(doc, 'host')).to.deep.equal([mofcom, { name: { en: 'CIDCA', 'zh-Hans': '国家国际发展合作署' } }]);
    expect(organizationsIn(doc, 'organizer').map((organization) => organization.name)).to.deep.equal(['Training Base (Shanghai)', 'Another School']);
    expect(organizationsIn(article([{ id: 'a', name: 'A' }]), 'host')).to.deep.equal([]);
  });

  it('leadPhoto prefers the first photo that is not the group photo', async () => {
    const group = { src: 'group.jpg', group: true };
    expect(leadPhoto(article([{ id: 'a', name: 'A' }], { photos: [group, { src: 'a.jpg' }, { src: 'b.jpg' }] }))?.src).to.equal('a.jpg');
    expect(leadPhoto(article([{ id: 'a', name: 'A' }], { photos: [group, { src: 'g2.jpg', group: true }] }))?.src).to.equal('group.jpg');
    expect(leadPhoto(article([{ id: 'a', name: 'A' }], { photos: [] }))).to.equal(undefined);
    expect(leadPhoto(article([{ id: 'a', name: 'A' }]))).to.equal(undefined);
    expect(leadPhoto(valid(await seed()))?.caption).to.equal('The Opening Ceremony');
  });
});

describe('model: country codes', () => {
  it('holds the 249 officially assigned ISO 3166-1 alpha-2 codes', () => {
    expect(ISO_3166_ALPHA2.size).to.equal(249);
    for (const code of ISO_3166_ALPHA2) expect(code).to.match(/^[A-Z]{2}$/);
    // Small island states of the articles.
    for (const code of ['DM', 'WS', 'CV', 'ST', 'TO', 'KI', 'CI', 'CD', 'LA']) expect(ISO_3166_ALPHA2.has(code), code).to.be.true;
  });

  it('isCountryCode accepts assigned upper-case codes only', () => {
    for (const code of ['BO', 'VE', 'CN', 'DM', 'ZW']) expect(isCountryCode(code), code).to.be.true;
    for (const value of ['bo', 'Bo', 'XX', 'XK', 'UK', 'EU', 'BOL', ' BO', '', 12, null, undefined, ['BO']]) {
      expect(isCountryCode(value), String(value)).to.be.false;
    }
  });
});

describe('model: describeValue', () => {
  it('names the type and previews strings and numbers', () => {
    expect(describeValue(null)).to.equal('null');
    expect(describeValue(undefined)).to.equal('undefined');
    expect(describeValue([])).to.equal('array of 0');
    expect(describeValue([1, 2, 3])).to.equal('array of 3');
    expect(describeValue(new Array(5000).fill(0))).to.equal('array of 5,000');
    expect(describeValue('a\u200Bb\uFEFF')).to.equal('string "a\\u200Bb\\uFEFF"');
    expect(describeValue({ a: 1 })).to.equal('object');
    expect(describeValue(42)).to.equal('number 42');
    expect(describeValue(-0.5)).to.equal('number -0.5');
    expect(describeValue(true)).to.equal('boolean true');
    expect(describeValue('bo')).to.equal('string "bo"');
    expect(describeValue('say "hi"')).to.equal('string "say \\"hi\\""');
  });

  it('shortens long strings to 40 characters and an ellipsis', () => {
    const forty = 'x'.repeat(40);
    expect(describeValue(forty)).to.equal(`string "${forty}"`);
    expect(describeValue(`${forty}yz`)).to.equal(`string "${forty}…"`);
  });
});

const VISIBLE = 'visible text, not only spaces, zero-width or control characters';
const fmt = (n: number) => n.toLocaleString('en-US');

/** A document with one field set: `at` is the problem's path, `set` puts the value there. */
interface Field {
  at: string;
  limit: number;
  unit: string;
  set: (value: unknown) => Json;
}

const TEXT_FIELDS: Field[] = [
  { at: 'title', limit: LIMITS.titleLength, unit: 'characters', set: (value) => ({ ...minimal(), title: value }) },
  { at: 'seminars[0].name', limit: LIMITS.titleLength, unit: 'characters', set: (value) => withSeminar({ name: value }) },
  {
    at: 'speeches[0].heading',
    limit: LIMITS.titleLength,
    unit: 'characters',
    set: (value) => ({ ...minimal(), speeches: [{ speaker: { name: 'A' }, paragraphs: [], heading: value }] }),
  },
  { at: 'summary', limit: LIMITS.paragraphLength, unit: 'characters', set: (value) => ({ ...minimal(), summary: value }) },
  { at: 'paragraphs[0]', limit: LIMITS.paragraphLength, unit: 'characters', set: (value) => ({ ...minimal(), paragraphs: [value] }) },
  {
    at: 'speeches[0].paragraphs[0]',
    limit: LIMITS.paragraphLength,
    unit: 'characters',
    set: (value) => ({ ...minimal(), speeches: [{ speaker: { name: 'A' }, paragraphs: [value] }] }),
  },
  {
    at: 'speeches[0].quote',
    limit: LIMITS.paragraphLength,
    unit: 'characters',
    set: (value) => ({ ...minimal(), speeches: [{ speaker: { name: 'A' }, paragraphs: [], quote: value }] }),
  },
  { at: 'photos[0].caption', limit: LIMITS.captionLength, unit: 'characters', set: (value) => ({ ...minimal(), photos: [{ src: 'a.jpg', caption: value }] }) },
  { at: 'photos[0].alt', limit: LIMITS.captionLength, unit: 'characters', set: (value) => ({ ...minimal(), photos: [{ src: 'a.jpg', alt: value }] }) },
  { at: 'photos[0].people[0]', limit: LIMITS.labelLength, unit: 'characters', set: (value) => ({ ...minimal(), photos: [{ src: 'a.jpg', people: [value] }] }) },
  { at: 'attendees[0].name', limit: LIMITS.labelLength, unit: 'characters', set: (value) => ({ ...minimal(), attendees: [{ name: value }] }) },
  {
    at: 'attendees[0].organization',
    limit: LIMITS.labelLength,
    unit: 'characters',
    set: (value) => ({ ...minimal(), attendees: [{ name: 'A', organization: value }] }),
  },
  {
    at: 'speeches[0].speaker.name',
    limit: LIMITS.labelLength,
    unit: 'characters',
    set: (value) => ({ ...minimal(), speeches: [{ speaker: { name: value }, paragraphs: [] }] }),
  },
  { at: 'seminars[0].host.name', limit: LIMITS.labelLength, unit: 'characters', set: (value) => withSeminar({ host: { name: value } }) },
  { at: 'seminars[0].visits[0].city', limit: LIMITS.labelLength, unit: 'characters', set: (value) => withSeminar({ visits: [{ city: value }] }) },
  { at: 'seminars[0].participants.region', limit: LIMITS.labelLength, unit: 'characters', set: (value) => withSeminar({ participants: { region: value } }) },
  {
    at: 'credits[0].names[0]',
    limit: LIMITS.labelLength,
    unit: 'characters',
    set: (value) => ({ ...minimal(), credits: [{ role: 'writer', names: [value] }] }),
  },
  { at: 'venue', limit: LIMITS.labelLength, unit: 'characters', set: (value) => ({ ...minimal(), venue: value }) },
  {
    at: 'dates.timeZoneLabel',
    limit: LIMITS.labelLength,
    unit: 'characters',
    set: (value) => ({ ...minimal(), dates: { start: '2023', timeZoneLabel: value } }),
  },
];

describe('model: size limits', () => {
  it('refuses a 5,000,000-character title, saying the limit and what came', () => {
    expectProblem(onlyProblem({ ...minimal(), title: 'x'.repeat(5_000_000) }), 'title', 'at most 500 characters', 'string of 5,000,000 characters');
  });

  it('bounds every kind of text, plain or in a text map, and accepts text at the limit', () => {
    for (const field of TEXT_FIELDS) {
      valid(field.set('x'.repeat(field.limit)));
      valid(field.set({ en: 'x'.repeat(field.limit), es: 'y' }));
      const over = field.limit + 1;
      expectProblem(onlyProblem(field.set('x'.repeat(over))), field.at, `at most ${fmt(field.limit)} characters`, `string of ${fmt(over)} characters`);
      expectProblem(
        onlyProblem(field.set({ en: 'ok', es: 'x'.repeat(over) })),
        `${field.at}.es`,
        `at most ${fmt(field.limit)} characters`,
        `string of ${fmt(over)} characters`,
      );
    }
  });

  it('bounds strings that are not shown: ids, URLs, language tags, time zones', () => {
    const long = (n: number) => 'a'.repeat(n + 1);
    expectProblem(
      onlyProblem({ ...minimal(), id: long(LIMITS.idLength) }),
      'id',
      `at most ${LIMITS.idLength} characters`,
      `string of ${LIMITS.idLength + 1} characters`,
    );
    expectProblem(
      onlyProblem(withSeminar({ id: long(LIMITS.idLength) })),
      'seminars[0].id',
      `at most ${LIMITS.idLength} characters`,
      `string of ${LIMITS.idLength + 1} characters`,
    );
    expectProblem(
      onlyProblem({ ...minimal(), url: long(LIMITS.urlLength) }),
      'url',
      `at most ${fmt(LIMITS.urlLength)} characters`,
      `string of ${fmt(LIMITS.urlLength + 1)} characters`,
    );
    expectProblem(
      onlyProblem({ ...minimal(), photos: [{ src: long(LIMITS.urlLength) }] }),
      'photos[0].src',
      `at most ${fmt(LIMITS.urlLength)} characters`,
      `string of ${fmt(LIMITS.urlLength + 1)} characters`,
    );
    const tag = `en-${Array.from({ length: 10 }, () => 'abcdefgh').join('-')}`;
    expect(problems({ ...minimal(), lang: tag }).map((problem) => [problem.path, problem.expected])).to.deep.equal([['lang', 'at most 35 characters']]);
    expect(problems({ ...minimal(), dates: { start: '2023', timeZone: `Asia/${'x'.repeat(300)}` } })[0]!.expected).to.equal('at most 200 characters');
  });

  it('bounds every list: countries, paragraphs, photos, speeches, attendees, credits, names, people, seminars, visits, languages', () => {
    const codes = [...ISO_3166_ALPHA2];
    valid(withSeminar({ participants: { countries: codes } }));
    const lists: [string, number, string, (items: unknown[]) => Json, () => unknown][] = [
      ['seminars[0].participants.countries', LIMITS.countries, 'countries', (items) => withSeminar({ participants: { countries: items } }), () => 'BO'],
      ['paragraphs', LIMITS.paragraphs, 'paragraphs', (items) => ({ ...minimal(), paragraphs: items }), () => 'P.'],
      [
        'speeches[0].paragraphs',
        LIMITS.paragraphs,
        'paragraphs',
        (items) => ({ ...minimal(), speeches: [{ speaker: { name: 'A' }, paragraphs: items }] }),
        () => 'P.',
      ],
      ['photos', LIMITS.photos, 'photos', (items) => ({ ...minimal(), photos: items }), () => ({ src: 'a.jpg' })],
      ['speeches', LIMITS.speeches, 'speeches', (items) => ({ ...minimal(), speeches: items }), () => ({ speaker: { name: 'A' }, paragraphs: [] })],
      ['attendees', LIMITS.people, 'attendees', (items) => ({ ...minimal(), attendees: items }), () => ({ name: 'A' })],
      ['photos[0].people', LIMITS.people, 'people', (items) => ({ ...minimal(), photos: [{ src: 'a.jpg', people: items }] }), () => 'A'],
      ['credits', LIMITS.credits, 'credits', (items) => ({ ...minimal(), credits: items }), () => ({ role: 'writer', names: ['A'] })],
      ['credits[0].names', LIMITS.namesPerCredit, 'names', (items) => ({ ...minimal(), credits: [{ role: 'writer', names: items }] }), () => 'A'],
      ['seminars', LIMITS.seminars, 'seminars', (items) => ({ ...minimal(), seminars: items }), () => ({ id: 's', name: 'S' })],
      ['seminars[0].visits', LIMITS.visits, 'visits', (items) => withSeminar({ visits: items }), () => ({ city: 'C' })],
    ];
    for (const [at, limit, noun, build, item] of lists) {
      valid(build(Array.from({ length: limit }, item)));
      expectProblem(onlyProblem(build(Array.from({ length: limit + 1 }, item))), at, `at most ${fmt(limit)} ${noun}`, `array of ${fmt(limit + 1)}`);
    }
    const languages = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`x${String.fromCharCode(97 + (i % 26))}-${String(i).padStart(2, '0')}`, 'T']));
    valid({ ...minimal(), title: languages(LIMITS.languagesPerText) });
    expectProblem(onlyProblem({ ...minimal(), title: languages(LIMITS.languagesPerText + 1) }), 'title', 'at most 50 languages', 'object of 51 entries');
  });

  it('bounds numbers: participants, durations, pixels', () => {
    expectProblem(onlyProblem(withSeminar({ durationDays: 1e8 })), 'seminars[0].durationDays', 'at most 3,660 days', 'number 100000000');
    valid(withSeminar({ durationDays: LIMITS.durationDays }));
    expectProblem(
      onlyProblem(withSeminar({ participants: { count: 1e7 } })),
      'seminars[0].participants.count',
      'at most 1,000,000 participants',
      'number 10000000',
    );
    expectProblem(
      onlyProblem(withSeminar({ participants: { perCountry: { BO: 1e7 } } })),
      'seminars[0].participants.perCountry.BO',
      'at most 1,000,000 participants',
      'number 10000000',
    );
    expectProblem(onlyProblem({ ...minimal(), photos: [{ src: 'a.jpg', width: 1e6 }] }), 'photos[0].width', 'at most 100,000 pixels', 'number 1000000');
  });

  it('keeps the seed and the demo articles valid', async () => {
    valid(await seed());
    for (const file of ['samples/sample-2021-11-16-online-opening.json', 'samples/sample-2023-12-08-two-seminars-closing.json']) {
      valid(await (await fetch(`/demo/data/${file}`)).json());
    }
  });

  it('writes the limits into the JSON Schema', async () => {
    const schema: Json = await (await fetch('/src/model/event.schema.json')).json();
    const defs = schema.definitions;
    expect(defs.TitleText.anyOf[0].maxLength).to.equal(LIMITS.titleLength);
    expect(defs.TitleText.anyOf[1].additionalProperties.maxLength).to.equal(LIMITS.titleLength);
    expect(defs.TitleText.anyOf[1].maxProperties).to.equal(LIMITS.languagesPerText);
    expect(defs.Text.anyOf[0].maxLength).to.equal(LIMITS.labelLength);
    expect(defs.ParagraphText.anyOf[0].maxLength).to.equal(LIMITS.paragraphLength);
    expect(defs.CaptionText.anyOf[0].maxLength).to.equal(LIMITS.captionLength);
    expect(schema.properties.title).to.deep.equal({ $ref: '#/definitions/TitleText' });
    expect(schema.properties.seminars.maxItems).to.equal(LIMITS.seminars);
    expect(schema.properties.photos.maxItems).to.equal(LIMITS.photos);
    expect(defs.Participants.properties.countries.maxItems).to.equal(LIMITS.countries);
    expect(defs.Participants.properties.perCountry.maxProperties).to.equal(LIMITS.countries);
    expect(defs.Seminar.properties.durationDays.maximum).to.equal(LIMITS.durationDays);
    expect(defs.Speech.properties.paragraphs.maxItems).to.equal(LIMITS.paragraphs);
  });
});

describe('model: text must show something', () => {
  const INVISIBLE: [string, string][] = [
    ['\u200B\u200B\u200B', '"\\u200B\\u200B\\u200B"'],
    ['\u200C\u200D', '"\\u200C\\u200D"'],
    ['\u2060', '"\\u2060"'],
    // trim() takes white space (BOM included) off both ends: these are kept inside zero-width spaces.
    ['\u200B\uFEFF\u200B', '"\\u200B\\uFEFF\\u200B"'],
    ['\u202E\u202C', '"\\u202E\\u202C"'],
    ['\u2066\u2069', '"\\u2066\\u2069"'],
    ['\u00AD', '"\\u00AD"'],
    ['\u200B \u00A0\u3000\u200B', '"\\u200B \\u00A0\\u3000\\u200B"'],
    ['\u3164', '"\\u3164"'],
    ['\u2800', '"\\u2800"'],
    ['\uFE0F', '"\\uFE0F"'],
    ['\u061C\u200E\u200F', '"\\u061C\\u200E\\u200F"'],
    ['\u{E0041}\u{E0042}', '"\\u{E0041}\\u{E0042}"'],
    ['\u0007\u007F', '"\\u0007\\u007F"'],
  ];

  it('refuses a title of zero-width, format or control characters, and shows them escaped', () => {
    // Only white space is a blank string, as before.
    expectProblem(onlyProblem({ ...minimal(), title: '\uFEFF\u00A0\u3000' }), 'title', 'a non-empty string', 'string ""');
    for (const [value, shown] of INVISIBLE) {
      expectProblem(onlyProblem({ ...minimal(), title: value }), 'title', VISIBLE, `string ${shown}`);
    }
  });

  it('refuses them in every text that is shown, and in text maps', () => {
    for (const field of TEXT_FIELDS) {
      expectProblem(onlyProblem(field.set('\u200B\u2060')), field.at, VISIBLE, 'string "\\u200B\\u2060"');
      expectProblem(onlyProblem(field.set({ en: 'Opening', es: '\u200B' })), `${field.at}.es`, VISIBLE, 'string "\\u200B"');
      // An empty entry of a text map shows nothing either.
      expectProblem(onlyProblem(field.set({ en: 'Opening', es: '' })), `${field.at}.es`, VISIBLE, 'string ""');
    }
  });

  it('keeps real text that contains such characters', () => {
    for (const value of ['zero\u200Bwidth', '👩🏽‍🔬', 'مرحبا بالعالم', '\u202Eevil\u202C text', 'e\u0301', '开班仪式', '\u00ADsoft', '🇧🇴', '\u{1F600}']) {
      valid({ ...minimal(), title: value, seminars: [{ id: 's', name: { en: value } }] });
    }
  });

  it('agrees with the JSON Schema pattern on each character of the examples', async () => {
    const schema: Json = await (await fetch('/src/model/event.schema.json')).json();
    const pattern = new RegExp(schema.definitions.Text.anyOf[0].pattern);
    for (const [value] of INVISIBLE) {
      // Astral characters (the tag letters) are for the runtime validator only: see build-schema.mjs.
      if ([...value].some((character) => character.length > 1)) continue;
      expect(pattern.test(value), JSON.stringify(value)).to.equal(false);
    }
    expect(pattern.test('zero\u200Bwidth')).to.equal(true);
  });
});

describe('model: dates at the edges', () => {
  const END = 'an end date on or after the start date';

  it('refuses an end date before the start, at the end date', () => {
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '2023-06-29', end: '2023-06-01' } }), 'dates.end', END, 'string "2023-06-01"');
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '2023-06-29', end: '2023-05' } }), 'dates.end', END, 'string "2023-05"');
    expectProblem(onlyProblem({ ...minimal(), dates: { start: '2023', end: '2022-12-31' } }), 'dates.end', END, 'string "2022-12-31"');
    expectProblem(onlyProblem(withSeminar({ startDate: '2023-06-29', endDate: '2023-06-28' })), 'seminars[0].endDate', END, 'string "2023-06-28"');
  });

  it('accepts an end on the start day, at a coarser precision, or without a year across the new year', () => {
    for (const [start, end] of [
      ['2023-06-29', '2023-06-29'],
      ['2023-06-29', '2023-06'],
      ['2023-06', '2023-06-01'],
      ['2023-12-30', '2024-01-02'],
      ['--12-30', '--01-02'],
      ['2023-06-29', '--07-01'],
    ]) {
      valid({ ...minimal(), dates: { start, end }, seminars: [{ id: 's', name: 'S', startDate: start, endDate: end }] });
    }
  });

  it('knows the calendar of the years 0001–0099 and refuses the year 0000', () => {
    valid({ ...minimal(), created: '0023-06-29', dates: { start: '0004-02-29', end: '0099-12-31' } });
    valid({ ...minimal(), created: '0001' });
    expectProblem(onlyProblem({ ...minimal(), created: '0023-02-29' }), 'created', CALENDAR, 'string "0023-02-29"');
    expectProblem(onlyProblem({ ...minimal(), created: '0000-06-29' }), 'created', CALENDAR, 'string "0000-06-29"');
    expectProblem(onlyProblem({ ...minimal(), created: '0000' }), 'created', CALENDAR, 'string "0000"');
    expectProblem(onlyProblem({ ...minimal(), created: '2023-02-30' }), 'created', CALENDAR, 'string "2023-02-30"');
  });

  it('refuses durations that are not a whole number of days up to the limit', () => {
    expectProblem(onlyProblem(withSeminar({ durationDays: 3661 })), 'seminars[0].durationDays', 'at most 3,660 days', 'number 3661');
    expectProblem(onlyProblem(withSeminar({ durationDays: 1.5 })), 'seminars[0].durationDays', 'a whole number', 'number 1.5');
    expect(problems(withSeminar({ durationDays: Infinity }))[0]!.path).to.equal('seminars[0].durationDays');
  });
});

describe('model: problems name their place twice', () => {
  it('as a JSON path and as the keys that lead to it, the same place', () => {
    const document = withSeminar({ participants: { countries: ['BO', 'XX'] } });
    document.title = { en: 'Opening', 'zh Hans': '开幕' };
    const found = problems(document);
    const byPath = Object.fromEntries(found.map((problem) => [problem.path, problem.keys]));
    expect(byPath['seminars[0].participants.countries[1]']).to.deep.equal(['seminars', 0, 'participants', 'countries', 1]);
    expect(byPath['title["zh Hans"]']).to.deep.equal(['title', 'zh Hans']);
    expect(problems([]).map((problem) => problem.keys)).to.deep.equal([[]]);
  });
});
