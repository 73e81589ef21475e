/**
 * What the studio hands out: the JSON file (named by the event's date and slug) and an HTML
 * snippet for a CMS (the bundle's script tag and the elements, written as a hand-written page
 * would write them, see README "Embed in your site").
 */
import { resolveText } from '../src/model/text.js';
import type { EventArticle, Text } from '../src/model/types.js';

const textOf = (value: unknown, lang?: string) => resolveText(value as Text | undefined, 'en', lang)?.text;

/** "2023-06-29-opening-ceremony-of-the-seminar.json": the event's date, then its title in Latin letters. */
export function fileName(event: Partial<EventArticle>): string {
  const date = (event.dates?.start ?? event.created ?? '').replace(/^--/, '');
  const slug = (textOf(event.title, event.lang) ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${[date, slug].filter(Boolean).join('-') || 'event'}.json`;
}

export const toJson = (event: unknown) => `${JSON.stringify(event, null, 2)}\n`;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** The folder URL with one trailing slash ("https://cdn.example/eh/"), or "" for the page's own folder. */
const folder = (assetUrl: string) => (assetUrl.trim() === '' ? '' : assetUrl.trim().replace(/\/*$/, '/'));

/**
 * The snippet: the script tag of the bundle at `assetUrl`, an `<event-card>` reading the JSON
 * file beside it (where the editor uploads the downloaded file), and the speeches, map and
 * credits as elements with their text, so that the page shows the words before the script runs.
 */
export function cmsSnippet(event: EventArticle, assetUrl: string): string {
  const base = folder(assetUrl);
  const lang = event.lang;
  const lines = [
    `<script type="module" src="${escapeAttribute(`${base}event-highlights.js`)}"></script>`,
    `<event-card src="${escapeAttribute(`${base}${fileName(event)}`)}"></event-card>`,
  ];
  for (const speech of event.speeches ?? []) {
    const attributes = [
      ['speaker', textOf(speech.speaker.name, lang)],
      ['honorific', speech.speaker.honorific],
      ['speaker-role', textOf(speech.speaker.title, lang)],
      ['organization', textOf(speech.speaker.organization, lang)],
      ['country', speech.speaker.country],
    ]
      .filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1] !== '')
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    const heading = textOf(speech.heading, lang);
    const body = speech.paragraphs.map((paragraph) => `  <p>${escapeText(textOf(paragraph, lang) ?? '')}</p>`);
    lines.push(`<speech-block${attributes}>`, ...(heading ? [`  <h3 slot="heading">${escapeText(heading)}</h3>`] : []), ...body, '</speech-block>');
  }
  const countries = [...new Set(event.seminars.flatMap((seminar) => seminar.participants?.countries ?? []))];
  if (countries.length) lines.push(`<participant-country-map countries="${escapeAttribute(countries.join(' '))}"></participant-country-map>`);
  for (const photo of event.photos ?? []) {
    const caption = textOf(photo.caption, lang);
    const size = photo.width && photo.height ? ` width="${photo.width}" height="${photo.height}"` : '';
    lines.push(
      `<group-photo${photo.credit ? ` credit="${escapeAttribute(textOf(photo.credit, lang) ?? '')}"` : ''}>`,
      `  <figure>`,
      `    <img src="${escapeAttribute(photo.src)}" alt="${escapeAttribute(textOf(photo.alt, lang) ?? '')}"${size}>`,
      ...(caption ? [`    <figcaption>${escapeText(caption)}</figcaption>`] : []),
      `  </figure>`,
      `</group-photo>`,
    );
  }
  const byRole = (role: string) =>
    (event.credits ?? [])
      .filter((credit) => credit.role === role)
      .flatMap((credit) => credit.names.map((name) => textOf(name, lang) ?? ''))
      .join(', ');
  const credits = [
    ['written-by', byRole('writer')],
    ['photos-by', byRole('photographer')],
    ['reviewed-by', byRole('reviewer')],
    ['edited-by', byRole('editor')],
  ].filter(([, names]) => names);
  if (credits.length) lines.push(`<photo-credit${credits.map(([name, names]) => ` ${name}="${escapeAttribute(names!)}"`).join('')}></photo-credit>`);
  return `${lines.join('\n')}\n`;
}
