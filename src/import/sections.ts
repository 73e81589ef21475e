/**
 * The article's body in reading order: speeches ("Speech by Ms. X" and the paragraphs after it;
 * "Mr. X said that ..." paragraphs), the narrative paragraphs between them, and the photos
 * (images with the short line next to them as caption; in plain text, the captions alone).
 */
import type { EventArticle, Photo, Seminar, Speech, SpeakerRole } from '../model/types.js';
import { plain, type Findings } from './findings.js';
import type { Item, Outline } from './outline.js';
import { chinesePeopleIn, peopleIn, PERSON, type FoundPerson } from './people.js';

/**
 * Stands in for a photo whose caption the text prints but whose image it does not hold (plain
 * text): a 1×1 grey GIF, with `placeholder: true`, the model's mark for an image that stands in
 * for one not available. The editor replaces it.
 */
export const PLACEHOLDER_IMAGE = 'data:image/gif;base64,R0lGODlhAQABAIAAAMzMzAAAACH5BAAAAAAALAAAAAABAAEAAAICRAEAOw==';

const SAID = new RegExp(
  String.raw`^\s*(?:,\s*[^,]{2,200},)?\s+(?:also\s+|then\s+|first\s+)?(?:said|says|` +
    String.raw`indicated|stated|pointed out|noted|emphasized|emphasised|stressed|expressed|` +
    String.raw`remarked|highlighted|delivered|welcomed|introduced|extended|thanked|congratulated|` +
    String.raw`shared|hoped|mentioned|added|spoke|gave|made|encouraged|called)\b`,
);
/** 王立明在致辞中表示, 滨江商贸学院副校长王立明指出 */
const CHINESE_SAID = /^([^，。、]{2,40}?)(?:在(?:致辞|讲话|发言)中)?(?:表示|指出|强调|说|介绍|谈到)/;
/** 学员代表、智利经济部官员卡洛斯·罗哈斯表示 */
const CHINESE_REPRESENTATIVE = new RegExp(
  String.raw`^(?:学员代表|代表学员)[、，,]?\s*(.{2,40}?)(?:在(?:致辞|讲话|` + String.raw`发言)中)?(?:表示|指出|强调|说|介绍|谈到)`,
);
const CONTINUES = /^(?:He|She|They|In (?:his|her) (?:speech|remarks|address)|(?:He|She) also|Finally|Besides|Moreover|他|她|最后|同时)\b/;
const REPRESENTATIVE_OF = new RegExp(
  String.raw`^\s*,\s+(?:the\s+)?(?:representative of (?:the\s+)?(?:participants|trainees|` +
    String.raw`students)|participants?'?s?'? representative|trainee representative)(?:\s+(?:and|` +
    String.raw`from|of)\s+(?:the\s+)?([^,]{2,200}))?,`,
  'i',
);

export interface Body {
  speeches: Speech[];
  narrative: string[];
  photos: Photo[];
}

export function composeBody(outline: Outline, event: EventArticle, findings: Findings): Body {
  const speeches: Speech[] = [];
  const narrative: string[] = [];
  const photos: Photo[] = [];
  const used = new Set<Item>();
  const items = outline.body;
  let current: Speech | undefined;
  /** Whether the current speech came from a heading: paragraphs after it are the speech's until the next short line. */
  let fromHeading = false;

  const start = (speech: Speech, source: string, certain: boolean) => {
    if (speech.speaker.name) findings.add(`speeches[${speeches.length}].speaker.name`, source, certain ? 'certain' : 'guess');
    speeches.push(speech);
    current = speech;
  };

  const attachPhoto = (speech: Speech, image: Extract<Item, { type: 'image' }>) => {
    used.add(image);
    speech.photo = { src: image.src, ...(speech.heading ? { caption: speech.heading } : {}), ...(image.alt ? { alt: image.alt } : {}) };
    const path = `speeches[${speeches.indexOf(speech)}].photo`;
    findings.add(`${path}.src`, image.printed, 'guess', 'the image next to the speech heading');
    if (speech.heading) findings.add(`${path}.caption`, plain(speech.heading), 'guess', 'the speech heading under the image');
  };

  items.forEach((item, index) => {
    if (item.type === 'speech') {
      used.add(item);
      const person = peopleIn(item.person)[0] ?? chinesePerson(item.person);
      const speech: Speech = { speaker: { name: person?.name ?? '' }, heading: item.text, paragraphs: [] };
      if (person?.honorific) speech.speaker.honorific = person.honorific;
      if (item.representative) speech.role = 'participant-representative';
      start(speech, item.text, Boolean(person));
      fromHeading = true;
      // The speaker's photo printed just above the heading, the heading as its caption.
      const before = items[index - 1];
      if (before?.type === 'image' && !used.has(before)) attachPhoto(speech, before);
      return;
    }
    if (item.type === 'image') {
      if (items[index + 1]?.type === 'speech') return;
      if (current && current.paragraphs.length === 0 && !current.photo) {
        attachPhoto(current, item);
        return;
      }
      current = undefined;
      return;
    }
    if (item.type === 'short') {
      // A caption right under a speaker's photo is the photo's, and the speech goes on.
      if (!(current?.photo && current.paragraphs.length === 0)) current = undefined;
      return;
    }
    const text = item.text;
    const opener = speakerOpening(text);
    if (current && current.paragraphs.length === 0 && fromHeading) {
      // The first paragraph under a heading names the speaker the heading did not ("the Participant Representative").
      if (!current.speaker.name && opener) {
        Object.assign(current.speaker, stripSource(opener.person));
        findings.add(`speeches[${speeches.length - 1}].speaker.name`, opener.person.source, 'certain');
      }
      if (opener?.representative && !current.role) {
        current.role = 'participant-representative';
        findings.add(
          `speeches[${speeches.length - 1}].role`,
          opener.person.source,
          'certain',
          'the paragraph calls the speaker the representative of the participants',
        );
      }
      if (opener?.organization && !current.speaker.organization) {
        current.speaker.organization = opener.organization;
        findings.add(`speeches[${speeches.length - 1}].speaker.organization`, opener.organization, 'guess', 'printed after the representative wording');
      }
      current.paragraphs.push(text);
      return;
    }
    if (opener && (!current || opener.person.name !== current.speaker.name)) {
      const speech: Speech = { speaker: stripSource(opener.person), paragraphs: [text] };
      if (opener.representative) speech.role = 'participant-representative';
      start(speech, opener.person.source, true);
      if (opener.organization) {
        speech.speaker.organization = opener.organization;
        findings.add(`speeches[${speeches.length - 1}].speaker.organization`, opener.organization, 'guess', 'printed after the representative wording');
      }
      fromHeading = false;
      return;
    }
    // A speech goes on in paragraphs that go on speaking of the speaker ("He also ...", "Ms. X added ..."); a
    // paragraph about something else ("The 14-day Seminar gathered ...") is the article's again.
    if (current && (CONTINUES.test(text) || (current.speaker.name && text.includes(plain(current.speaker.name))) || /^["“「]/.test(text))) {
      current.paragraphs.push(text);
      return;
    }
    current = undefined;
    narrative.push(text);
  });

  finishSpeeches(speeches, event, findings);
  collectPhotos(items, used, photos, findings);
  return { speeches, narrative, photos };
}

/** "Mr. X said that", "Ms. X, the representative of the participants and Y, expressed", 陈剑峰在致辞中表示. */
function speakerOpening(text: string): { person: FoundPerson; representative: boolean; organization?: string } | undefined {
  const first = new RegExp(PERSON.source, 'u').exec(text);
  if (first && first.index <= 20) {
    const after = text.slice(first.index + first[0].length);
    const said = SAID.test(after) || /^\s*\([^()]*\)\s+(?:said|indicated|stated|pointed out|noted|emphasized|stressed|expressed)\b/.test(after);
    const representative = REPRESENTATIVE_OF.exec(after);
    if (said || representative) {
      const person = peopleIn(text.slice(first.index))[0]!;
      if (representative) {
        // The description is the representative wording, not a title.
        const { title: _t, organization: _o, ...bare } = person;
        return { person: { ...bare, source: first[0] }, representative: true, ...(representative[1] ? { organization: representative[1].trim() } : {}) };
      }
      return { person, representative: false };
    }
  }
  const representative = CHINESE_REPRESENTATIVE.exec(text);
  if (representative) {
    const person = chinesePeopleIn(representative[1]!)[0] ?? { name: representative[1]!, source: representative[1]!, certain: false };
    return {
      person: { name: person.name, source: person.source, certain: false },
      representative: true,
      ...(person.organization ? { organization: person.organization } : {}),
    };
  }
  const chinese = CHINESE_SAID.exec(text);
  if (chinese && !/^(?:学员们?|大家|他们?|她们?|各方|双方|与会\S*)$/.test(chinese[1]!)) {
    const person = chinesePeopleIn(chinese[1]!)[0];
    if (person) return { person, representative: false };
    if (chinese[1]!.length <= 4) return { person: { name: chinese[1]!, source: chinese[1]!, certain: false }, representative: false };
  }
  return undefined;
}

function chinesePerson(text: string): FoundPerson | undefined {
  const listed = chinesePeopleIn(text.replace(/^(?:学员代表|代表学员)[，、]?/, ''))[0];
  if (listed) return listed;
  const bare = /(?:学员代表)?([\u4e00-\u9fa5·]{2,4})$/.exec(text);
  return bare && !/代表$/.test(text) ? { name: bare[1]!, source: text, certain: false } : undefined;
}

const stripSource = (person: FoundPerson) => {
  const { source: _s, certain: _c, ...rest } = person;
  return rest;
};

/** Speakers who also attended get the attendee's title and organisation; roles and seminars are read from them. */
function finishSpeeches(speeches: Speech[], event: EventArticle, findings: Findings): void {
  speeches.forEach((speech, i) => {
    const path = `speeches[${i}]`;
    const attendeeIndex = event.attendees?.findIndex((other) => other.name === speech.speaker.name) ?? -1;
    const attendee = event.attendees?.[attendeeIndex];
    // Where the speaker's title and organisation were printed: in the attendees' sentence.
    const described = findings.list.find((finding) => finding.path === `attendees[${attendeeIndex}].name`)?.source ?? '';
    if (attendee) {
      const { role: _r, roleLabel: _l, ...person } = attendee;
      speech.speaker = {
        ...person,
        ...speech.speaker,
        ...(attendee.title ? { title: attendee.title } : {}),
        ...(attendee.organization && !speech.speaker.organization ? { organization: attendee.organization } : {}),
      };
    }
    if (!speech.speaker.name) findings.add(`${path}.speaker.name`, plain(speech.heading), 'guess', 'the text does not name the speaker');
    if (speech.role) {
      if (!findings.list.some((finding) => finding.path === `${path}.role`)) findings.add(`${path}.role`, plain(speech.heading), 'certain');
    } else {
      const role = roleOf(plain(speech.speaker.title), plain(speech.speaker.organization));
      if (role) {
        speech.role = role;
        findings.add(`${path}.role`, described, 'guess', 'read from the title and organisation');
        (event.inferred ??= []).push(`${path}.role`);
      }
    }
    const seminar = seminarOf(speech, event.seminars);
    if (seminar) {
      speech.seminar = seminar.id;
      if (event.seminars.length === 1) findings.add(`${path}.seminar`, '', 'certain', "the article's only seminar");
      else findings.add(`${path}.seminar`, plain(seminar.name), 'guess', 'the speech names this seminar');
    } else if (event.seminars.length > 1) findings.add(`${path}.seminar`, '', 'guess', 'which seminar the speech belongs to is not said');
    if (event.lang) speech.lang = event.lang;
  });
}

function roleOf(title = '', organization = ''): SpeakerRole | undefined {
  const both = `${title} ${organization}`;
  if (/\b(?:Ambassador|Embassy|Consul|Consulate|Counsellor|Counselor|Attaché)\b|大使|领事|参赞/i.test(both)) return 'diplomat';
  if (
    /\b(?:School|University|College|Academy)\b|学院|大学|学校/.test(organization || title) &&
    /\b(?:President|Dean|Principal|Chancellor|Secretary|Vice|Director)\b|校长|院长|书记/.test(title)
  )
    return 'school-leader';
  if (
    new RegExp(
      String.raw`\b(?:Ministry|Commission|Bureau|Department|Government|Municipal|Division|` + String.raw`Administration|Minister)\b|部|委员会|局|厅|政府`,
    ).test(both)
  )
    return 'official';
  if (/\b(?:Professor|Prof|expert|Researcher|Scholar)\b|教授|专家|研究员/i.test(both)) return 'expert';
  return undefined;
}

/** The seminar of a speech: the only one, or the one its heading or paragraphs name. */
function seminarOf(speech: Speech, seminars: Seminar[]): Seminar | undefined {
  if (seminars.length === 1) return seminars[0];
  const text = [plain(speech.heading), ...speech.paragraphs.map(plain)].join(' ').toLowerCase();
  const named = seminars.filter(
    (seminar) =>
      plain(seminar.name) !== '' &&
      text.includes(
        plain(seminar.name)
          .toLowerCase()
          .replace(/^\d{4}\s+/, ''),
      ),
  );
  return named.length === 1 ? named[0] : undefined;
}

/** Images with their captions, and (when the input holds no image at all) the captions alone with a placeholder image. */
function collectPhotos(items: Item[], used: Set<Item>, photos: Photo[], findings: Findings): void {
  const hasImages = items.some((item) => item.type === 'image');
  items.forEach((item, index) => {
    if (item.type !== 'image' || used.has(item)) return;
    used.add(item);
    const captionOf = (other: Item | undefined) => (other && other.type === 'short' && !used.has(other) ? other : undefined);
    const figureCaption = item.figure ? items.find((other) => other.type === 'short' && other.figure === item.figure && !used.has(other)) : undefined;
    const caption = figureCaption ?? captionOf(items[index + 1]) ?? (items[index - 2]?.type === 'image' ? undefined : captionOf(items[index - 1]));
    const path = `photos[${photos.length}]`;
    const photo: Photo = { src: item.src, ...(item.alt ? { alt: item.alt } : {}) };
    findings.add(`${path}.src`, item.printed, 'certain');
    if (caption && caption.type === 'short') {
      used.add(caption);
      photo.caption = caption.text;
      findings.add(`${path}.caption`, caption.text, figureCaption ? 'certain' : 'guess', figureCaption ? undefined : 'the short line next to the image');
      if (/\bgroup photo\b|合影/i.test(caption.text)) photo.group = true;
    }
    photos.push(photo);
  });
  for (const item of items) {
    if (item.type !== 'short' || used.has(item)) continue;
    if (hasImages) {
      findings.add('photos', item.text, 'guess', 'a short line next to no image: not placed');
      continue;
    }
    const path = `photos[${photos.length}]`;
    photos.push({ src: PLACEHOLDER_IMAGE, caption: item.text, placeholder: true, ...(/\bgroup photo\b|合影/i.test(item.text) ? { group: true } : {}) });
    findings.add(`${path}.caption`, item.text, 'guess', 'a short line between paragraphs, read as a photo caption');
    findings.add(`${path}.src`, '', 'guess', 'the text holds no image: a placeholder stands in; add the photo');
  }
}
