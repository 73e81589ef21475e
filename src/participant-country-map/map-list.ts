// The list under the map: the countries (sorted in the reader's language, with counts and states or
// provinces), the host and the visits. It is there before the drawing code loads and without it,
// so it lives in the element's own module, not in the lazy drawing (map-view.ts).
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { byCountryName, countryName, listFormat, punctuation } from '../internal/intl.js';
import { dataSlot, participantsPhrase, withData } from '../internal/messages.js';
import { isolate } from '../internal/bidi.js';
import { resolveText } from '../model/text.js';
import type { Subdivision } from '../model/types.js';
import type { ElementInput } from './map-input.js';
import type { MapView } from './map-view.js';

/** What the list reads from its element. */
export interface ListContext {
  locale: string;
  input: ElementInput;
  /** The event document's own language, for its texts' fallback. */
  documentLang: string | undefined;
  /** Whether every placed visit is to a city (then the line says "Cities visited"). */
  allCities: () => boolean;
  /** The drawing, once there: hovering an item lights its country. */
  view: MapView | undefined;
}

/** What the element's sentence above already worked out. */
export interface ListData {
  regionText: { text: string; lang: string | undefined } | undefined;
  placed: { text: string; lang: string | undefined; slot: string }[];
  visitList: string;
  unplaced: number;
}

/**
 * The countries (with counts, states and provinces where known), the host and the visits: there
 * before and without the map. Data inside our sentences keeps its own language (`withData`).
 */
export function renderList(context: ListContext, summary: string | undefined, data: ListData): TemplateResult {
  const { locale, view } = context;
  const { codes, counts, unknown, host, cities, complete, subdivisions } = context.input;
  const hover = (code: string | undefined) => () => view?.activate(code, false);
  const { open, close } = punctuation(locale);
  const count = (code: string) =>
    counts[code] !== undefined
      ? html`${open[0] === ' ' ? ' ' : ''}<span class="count">${open.trim()}${participantsPhrase(counts[code]!, locale)}${close}</span>`
      : nothing;
  const unitNames = (units: Subdivision[]) => units.map((unit) => resolveText(unit.name, locale, context.documentLang)).filter((name) => name !== undefined);
  const items = byCountryName(codes, locale).map(
    (code) =>
      html`<li class=${view?.active === code ? 'active' : ''}
        @pointerenter=${hover(code)} @pointerleave=${hover(undefined)}
        >${countryName(code, locale)}${count(code)}${renderUnits(locale, unitNames(subdivisions.filter((unit) => unit.country === code)))}</li>`,
  );
  // States or provinces of no listed country (or of none named) stand on their own.
  const others = unitNames(subdivisions.filter((unit) => !unit.country || !codes.includes(unit.country))).map(
    (name) => html`<li class="subdivision" lang=${ifDefined(name.lang)}>${name.text}</li>`,
  );
  const visited =
    cities.length || data.unplaced
      ? html`<br>${withData(
          !data.unplaced && context.allCities() ? msg(str`Cities visited: ${data.visitList}`) : msg(str`Visits: ${data.visitList}`),
          data.placed,
        )}`
      : nothing;
  return html`<figcaption>${summary ? html`<strong>${withData(summary, data.regionText ? [data.regionText] : [])}</strong>` : nothing}<ul part="list"
    aria-label=${msg('Participant countries')}>${items}${others}${
      complete ? nothing : html`<li class="more" part="more">${msg('Other countries')}</li>`
    }${unknown.map((code) => html`<li class="unknown">${msg(str`Unknown code ${isolate(code)}`)}</li>`)}</ul><p>${msg(
      str`Host: ${countryName(host, locale)}`,
    )}${visited}</p></figcaption>`;
}

/** A country's states or provinces after its name: "Nigeria (Lagos, Kano)". */
function renderUnits(locale: string, names: { text: string; lang: string | undefined }[]): TemplateResult | typeof nothing {
  if (!names.length) return nothing;
  const { open, close } = punctuation(locale);
  return html`${open[0] === ' ' ? ' ' : ''}<span class="subdivisions">${open.trim()}${withData(
    listFormat(locale).format(names.map((_, index) => dataSlot(index))),
    names,
  )}${close}</span>`;
}
