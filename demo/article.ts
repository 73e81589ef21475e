/**
 * The article's body (everything after the header and the lead photo) as one Lit template, in
 * one language: the build renders it on the server into each article page, as declarative shadow
 * DOM (demo/build/demo-pages.ts, with event-highlights/ssr), so that the article reads in full
 * without JavaScript; main.ts hydrates the same template with the same data (nothing is drawn
 * again) and renders it again when the reader changes the language.
 *
 * DOM-free: it runs in Node at build time. The page's own phrases are rendered here, not marked
 * `data-t` (chrome.ts would write over the template's text).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { EventArticle, Photo, Text } from '../src/model/types.js';
import { days, formatDateRange, lastDay, t, textOf, type Key, type Locale } from './i18n.js';

/**
 * Photo URLs in the data are relative to the JSON document; the elements resolve theirs against
 * the page. The same string on the server and in the browser (relative to the page where the
 * document is on the page's site), so that hydration finds what the server wrote.
 */
export function photoForPage(photo: Photo, dataUrl: string): Photo {
  const url = new URL(photo.src, new URL(dataUrl, 'https://page.invalid/demo/'));
  const src = url.origin === 'https://page.invalid' && url.pathname.startsWith('/demo/') ? url.pathname.slice('/demo/'.length) + url.search : url.href;
  return { ...photo, src };
}

function dataText(tag: 'p' | 'h3', value: Text | undefined, event: EventArticle, locale: Locale): TemplateResult {
  const resolved = textOf(value, locale, event);
  return tag === 'p'
    ? html`<p lang=${resolved?.lang ?? nothing}>${resolved?.text ?? ''}</p>`
    : html`<h3 lang=${resolved?.lang ?? nothing}>${resolved?.text ?? ''}</h3>`;
}

function section(name: string, key: Key, locale: Locale, content: unknown): TemplateResult {
  return html`<section class=${name} aria-labelledby=${`${name}-heading`}><h2 id=${`${name}-heading`}>${t(key, locale)}</h2>${content}</section>`;
}

/** Each seminar's host, organizer, length, dates and visits, as a definition list. */
function programme(event: EventArticle, paragraph: Text | undefined, locale: Locale): TemplateResult {
  const several = event.seminars.length > 1;
  const organization = (value: { name: Text; shortName?: Text } | undefined) => {
    if (!value) return undefined;
    const name = textOf(value.name, locale, event)?.text ?? '';
    const short = textOf(value.shortName, locale, event)?.text;
    return short ? `${name} (${short})` : name;
  };
  const seminars = event.seminars.map((seminar) => {
    const start = seminar.startDate ?? event.dates?.start;
    const end = seminar.endDate ?? (start && seminar.durationDays ? lastDay(start, seminar.durationDays) : undefined);
    const visits = seminar.visits ?? [];
    const rows: [Key, string | undefined][] = [
      ['host', organization(seminar.host)],
      ['organizer', organization(seminar.organizer)],
      ['duration', seminar.durationDays ? days(seminar.durationDays, locale) : undefined],
      ['dates', start && end ? formatDateRange(start, end, locale) : undefined],
      [
        'visits',
        visits.length
          ? new Intl.ListFormat(locale, { type: 'conjunction' }).format(
              visits.map((visit) => {
                const city = textOf(visit.city, locale, event)?.text ?? '';
                const region = textOf(visit.region, locale, event)?.text;
                return region ? `${city} (${region})` : city;
              }),
            )
          : undefined,
      ],
    ];
    const shown = rows.filter((row): row is [Key, string] => row[1] !== undefined);
    return html`<div class="seminar">${several ? dataText('h3', seminar.name, event, locale) : nothing}${
      shown.length ? html`<dl class="facts">${shown.map(([key, value]) => html`<dt>${t(key, locale)}</dt><dd>${value}</dd>`)}</dl>` : nothing
    }</div>`;
  });
  return section('programme', 'programme', locale, html`${paragraph !== undefined ? dataText('p', paragraph, event, locale) : nothing}${seminars}`);
}

/** The speeches, under their seminar's name in an article of two seminars (then those it does not assign). */
function speeches(event: EventArticle, dataUrl: string, locale: Locale): TemplateResult | typeof nothing {
  const all = event.speeches ?? [];
  if (!all.length) return nothing;
  const groups =
    event.seminars.length > 1
      ? [
          ...event.seminars.map((seminar) => ({ name: seminar.name as Text | undefined, speeches: all.filter((speech) => speech.seminar === seminar.id) })),
          { name: undefined, speeches: all.filter((speech) => !event.seminars.some((seminar) => seminar.id === speech.seminar)) },
        ].filter((group) => group.speeches.length)
      : [{ name: undefined, speeches: all }];
  return section(
    'speeches',
    'speeches',
    locale,
    groups.map(
      (group) =>
        html`${group.name !== undefined ? dataText('h3', group.name, event, locale) : nothing}${group.speeches.map(
          (speech) =>
            html`<speech-block
              .headingLevel=${group.name !== undefined ? 4 : 3}
              .event=${event}
              .speech=${speech.photo ? { ...speech, photo: photoForPage(speech.photo, dataUrl) } : speech}
            ></speech-block>`,
        )}`,
    ),
  );
}

/** The article's body in `locale`; `dataUrl` is the event document's URL relative to the page. */
export function articleBody(event: EventArticle, dataUrl: string, locale: Locale): TemplateResult {
  const paragraphs = event.paragraphs ?? [];
  // The lead is the first paragraph (in the header); the last one, when there are more, tells the programme.
  const middle = paragraphs.slice(1, -1);
  const closing = paragraphs.length > 1 ? paragraphs.at(-1) : undefined;
  const photos = event.photos ?? [];
  const lead = photos.find((photo) => !photo.group);
  const group = photos.find((photo) => photo.group);
  const others = photos.filter((photo) => photo !== lead && photo !== group);
  const sameLanguage = locale.split('-')[0] === (event.lang ?? 'en').split('-')[0];
  const hasMap = event.seminars.some((seminar) => seminar.participants || seminar.visits?.length);
  return html`<p class="language-note" ?hidden=${sameLanguage}>${t('languageNote', locale)}</p>${
    // Who attended comes right after the opening paragraph, which names them.
    event.attendees?.length ? section('attendees', 'attendees', locale, html`<attendee-list .event=${event}></attendee-list>`) : nothing
  }${middle.map((paragraph) => dataText('p', paragraph, event, locale))}${others.map(
    (photo) => html`<group-photo .photo=${photoForPage(photo, dataUrl)}></group-photo>`,
  )}${speeches(event, dataUrl, locale)}${
    hasMap ? section('participants', 'participants', locale, html`<participant-country-map .event=${event}></participant-country-map>`) : nothing
  }${group ? html`<group-photo id="group-photo" .photo=${photoForPage(group, dataUrl)}></group-photo>` : nothing}${programme(event, closing, locale)}${
    event.credits?.length
      ? html`<footer class="credits"
        aria-labelledby="credits-heading"><h2 id="credits-heading"
        class="visually-hidden">${t('credits', locale)}</h2><photo-credit
            variant="block"
            .credits=${event.credits}
          ></photo-credit></footer>`
      : nothing
  }`;
}

/** The lead photo's element (before the body, after the header): its data, relative to the page. */
export const leadPhoto = (event: EventArticle, dataUrl: string): Photo | undefined => {
  const lead = event.photos?.find((photo) => !photo.group);
  return lead && photoForPage(lead, dataUrl);
};
