/**
 * The card's date line and facts list: templates made from the event alone (no element state),
 * kept apart from the element's loading and lifecycle in event-card.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { formatClockTime, formatEventDate } from '../internal/dates.js';
import { needsIsolation } from '../internal/bidi.js';
import { punctuation } from '../internal/intl.js';
import { dataSlot, durationLabel, fillSlots, timeOfDayLabel } from '../internal/messages.js';
import { listFormat, numberFormat } from '../internal/intl.js';
import { safeUrl } from '../internal/safe-url.js';
import { organizationsIn } from '../model/summary.js';
import type { ResolvedText } from '../model/text.js';
import type { EventArticle, Text } from '../model/types.js';

/** A text of the event in the reader's language, with `lang` where it differs from the card's. */
export type TextOf = (value: Text | undefined) => ResolvedText | undefined;

/** The date line: one `<time>` per date (a range is two), the time of day, the printed time zone. */
export function renderDate(event: EventArticle, locale: string, text: TextOf): TemplateResult | typeof nothing {
  const dates = event.dates;
  // A date printed without its year ("--05-23") is shown with the year inferred from the publication date.
  const date = dates ? formatEventDate(dates.start, dates.end, locale, dates.inferredYear) : undefined;
  if (!dates || !date) return nothing;
  const when = dates.timeOfDay ? (timeOfDayLabel(dates.timeOfDay) ?? formatClockTime(dates.timeOfDay, locale)) : undefined;
  // A range is two dates, each its own <time> (a datetime value is one date, not a range).
  const time =
    date.segments.length === 1
      ? html`<time datetime=${date.machine}>${when ? msg(str`${date.text}, ${when}`) : date.text}</time>`
      : html`${(when ? msg(str`${dataSlot(0)}, ${when}`) : dataSlot(0))
          .split(dataSlot(0))
          .map(
            (piece, index) =>
              html`${
                index
                  ? date.segments.map((segment) => (segment.datetime ? html`<time datetime=${segment.datetime}>${segment.text}</time>` : segment.text))
                  : nothing
              }${piece}`,
          )}`;
  // The zone is data ("(GMT+8)", "Beijing time"): shown in parentheses, marked with its own language.
  const zone = text(dates.timeZoneLabel);
  if (!zone) return html`<p class="date" part="date">${time}</p>`;
  // Isolated (dir="auto"): bidi controls or right-to-left letters in the zone do not move the parentheses.
  const { open, close } = punctuation(locale);
  return html`<p class="date" part="date">${time}${open}<span lang=${ifDefined(zone.lang)} dir="auto">${zone.text.replace(
    /^\s*[(（](.*)[)）]\s*$/,
    '$1',
  )}</span>${close}</p>`;
}

/** Host, organiser (under their printed roles), venue and duration, as a definition list. */
export function renderFacts(event: EventArticle, locale: string, text: TextOf): TemplateResult | typeof nothing {
  const texts = (values: (Text | undefined)[]) => values.map(text).filter((value): value is ResolvedText => value !== undefined);
  // Values in one language (the usual case) share one span; mixed languages get a span each,
  // and so do values that could reorder the others ("; " and the next name) when joined: each
  // is isolated (dir="auto"), so a bidi control character or right-to-left letters in one
  // organisation's name stay inside it (see src/internal/bidi.ts).
  const { separator } = punctuation(locale);
  const item = (label: string, values: ResolvedText[]) => {
    if (!values.length) return nothing;
    const lang = values[0]!.lang;
    if (values.every((value) => value.lang === lang) && (values.length === 1 || !values.some((value) => needsIsolation(value.text)))) {
      return html`<dt>${label}</dt><dd><span lang=${ifDefined(lang)}>${values.map((value) => value.text).join(separator)}</span></dd>`;
    }
    return html`<dt>${label}</dt><dd>${values.map(
      (value, index) => html`${index ? separator : ''}<span lang=${ifDefined(value.lang)} dir="auto">${value.text}</span>`,
    )}</dd>`;
  };
  // An organisation's printed role ("Sponsored by", 承办) stands for our "Host" / "Organizer"
  // label; organisations of one role with different printed roles get a line each.
  const byRole = (role: 'host' | 'organizer', fallback: string) => {
    const groups = new Map<string, { label: string; names: ResolvedText[] }>();
    for (const organization of organizationsIn(event, role)) {
      const label = text(organization.roleLabel)?.text.replace(/[:：]\s*$/, '') ?? fallback;
      const name = text(organization.name);
      if (!name) continue;
      const group = groups.get(label) ?? { label, names: [] };
      group.names.push(name);
      groups.set(label, group);
    }
    return [...groups.values()];
  };
  const hosts = byRole('host', msg('Host'));
  const organizers = byRole('organizer', msg('Organizer'));
  const venue = texts([event.venue]);
  // Two seminars in one article can last differently long: each length once.
  const days = [...new Set(event.seminars.map((seminar) => seminar.durationDays).filter((n): n is number => n !== undefined))];
  const durations = days.map((n) => ({ text: durationLabel(n, locale), lang: undefined }));
  if (!hosts.length && !organizers.length && !venue.length && !durations.length) return nothing;
  return html`<dl class="facts" part="facts">${[...hosts, ...organizers].map((group) => item(group.label, group.names))}${item(msg('Venue'), venue)}${item(
    msg('Duration'),
    durations,
  )}</dl>`;
}

/** Press reports named on the card before "and N more". */
const COVERAGE_SHOWN = 3;

/**
 * Links to the other articles of the same seminar (its opening, its closing, a related article),
 * under the card's facts where a reader looking for the rest of the story looks. Only links with a
 * safe URL (an `id` alone has nowhere to go). The same article published again and its mirrors
 * are the same text: they stay in the JSON-LD (`sameAs`), not in front of the reader.
 */
export function renderRelated(event: EventArticle, text: TextOf, base: string | undefined): TemplateResult | typeof nothing {
  const links = (event.related ?? []).flatMap((related) => {
    if (related.relation === 'same-article' || related.relation === 'mirror') return [];
    const href = related.url === undefined ? undefined : safeUrl(related.url, 'link', base);
    if (!href) return [];
    const title = text(related.title);
    const label =
      related.relation === 'opening'
        ? { text: msg('Opening ceremony of this seminar'), lang: undefined }
        : related.relation === 'closing'
          ? { text: msg('Closing ceremony of this seminar'), lang: undefined }
          : (title ?? { text: msg('Related article'), lang: undefined });
    return [html`<li><a part="related-link" href=${href} lang=${ifDefined(label.lang)}>${label.text}</a></li>`];
  });
  return links.length ? html`<ul class="related" part="related" aria-label=${msg('More about this seminar')}>${links}</ul>` : nothing;
}

/**
 * "Reported by Lakeside Daily (20 August 2022) and Xinhua (30 June 2023)": the press reports of
 * the event (`coverage`), each outlet in its own language and a link where its URL is safe, each
 * date a `<time>`. Beside the participants, at the foot of the card: what was said about the event.
 */
export function renderCoverage(event: EventArticle, locale: string, text: TextOf, base: string | undefined): TemplateResult | typeof nothing {
  const items = (event.coverage ?? []).flatMap((item) => {
    const outlet = text(item.outlet);
    return outlet ? [{ item, outlet }] : [];
  });
  if (!items.length) return nothing;
  const shown = items.slice(0, COVERAGE_SHOWN);
  // Each outlet and each date is a slot of the translated sentence (outlets 0…, dates 0x80…), filled below with elements.
  const dates = shown.map(({ item }) => (item.date ? formatEventDate(item.date, undefined, locale, event.dates?.inferredYear) : undefined));
  const phrases = shown.map((_, index) => (dates[index] ? msg(str`${dataSlot(index)} (${dataSlot(0x80 + index)})`) : dataSlot(index)));
  const rest = items.length - shown.length;
  if (rest > 0) {
    const more = numberFormat(locale).format(rest);
    phrases.push(msg(str`${more} more`));
  }
  const sentence = msg(str`Reported by ${listFormat(locale).format(phrases)}`);
  const pieces = fillSlots(sentence, (slot) => {
    if (slot >= 0x80) {
      const date = dates[slot - 0x80];
      return date && html`<time datetime=${date.machine}>${date.text}</time>`;
    }
    const entry = shown[slot];
    if (!entry) return undefined;
    const href = entry.item.url === undefined ? undefined : safeUrl(entry.item.url, 'link', base);
    // Isolated (dir="auto"): an outlet's name in a right-to-left script does not reorder the sentence.
    return href
      ? html`<a href=${href} lang=${ifDefined(entry.outlet.lang)} dir="auto">${entry.outlet.text}</a>`
      : html`<span lang=${ifDefined(entry.outlet.lang)} dir="auto">${entry.outlet.text}</span>`;
  });
  return html`<p class="coverage" part="coverage">${pieces}</p>`;
}
