import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { EventHighlightsElement } from '../internal/base-element.js';
import { CountryFocusEvent, CountrySelectEvent, fire, LoadErrorEvent } from '../internal/events.js';
import { countryName, listFormat, numberFormat } from '../internal/intl.js';
import { dataSlot, loadFailureText, participantsSummary } from '../internal/messages.js';
import { safeUrl } from '../internal/safe-url.js';
import { isolate } from '../internal/bidi.js';
import { ownData } from '../model/harden.js';
import { resolveText } from '../model/text.js';
import type { EventArticle, Participants, Visit } from '../model/types.js';
import { mapStyles } from './participant-country-map.styles.js';
import { byteLimitOf } from '../internal/fetch-json.js';
import { JsonResource, type LoadFailure, type LoadState } from '../internal/json-resource.js';
import type { MapView, World } from './map-view.js';
import { readMapInput, type ElementInput } from './map-input.js';
import { geometryUrl } from './map-source.js';
import { renderList } from './map-list.js';

export type MapLayout = 'auto' | 'world' | 'regions';

export type Worldview = 'CN' | 'NE';
/** Why the map could not be drawn: a failed request (see `fetchJson`), or JSON that is not the geometry (`geometry`). */
export type GeometryFailure = LoadFailure;

/** Default limit of the geometry's size, in bytes (16 MiB; the default file is about 200 KB). */
export const GEOMETRY_MAX_BYTES = 16 * 1024 * 1024;

export { CountryFocusEvent, CountrySelectEvent };

let drawing: Promise<typeof import('./map-view.js')> | undefined;
/** The drawing code once loaded. */
let drawn: typeof import('./map-view.js') | undefined;
/** How near the viewport, in px, a map starts loading its drawing code and geometry. */
const NEAR = 400;

/**
 * Whether `element` is within NEAR px of the viewport now, as the loading observer would say a frame
 * later. It has a box (an element in a `display: none` subtree has none, and waits for the observer).
 */
function nearViewport(element: Element): boolean {
  if (element.getClientRects().length === 0) return false;
  const box = element.getBoundingClientRect();
  return box.bottom >= -NEAR && box.top <= innerHeight + NEAR && box.right >= -NEAR && box.left <= innerWidth + NEAR;
}

/** The drawing code, loaded once per page when the first map nears the viewport (a failed load is tried again). */
function drawingCode(): Promise<typeof import('./map-view.js')> {
  drawing ??= import('./map-view.js').then((module) => (drawn = module));
  return drawing.catch((error: unknown) => {
    drawing = undefined;
    throw error;
  });
}

/**
 * Where the participants of an event came from: a list of the countries (always there, before
 * and without the map) and a world map that shows every one of them, however small: countries too
 * small to see get a marker with a 24 px target. Each is named on the drawing: a label beside it,
 * or, where none fits, a number that the key under the map names. The map is drawn when it nears the viewport; its
 * code and geometry load once per page for all maps.
 *
 * When the geometry cannot be loaded (an HTTP error, no connection, no answer within `timeout`,
 * something that is not the geometry), the list stays, the map box goes, and a localized message
 * says why, with a "Try again" button; the console names the URL and what came. A new
 * `geometry-src` loads that geometry (the old one is never drawn meanwhile). Maps that share a
 * geometry share one request, which is aborted only when no map on the page still waits for it
 * (all of them removed, say). The page keeps a geometry only while a map on it shows it (and the
 * default one always).
 *
 * A custom `geometry-src` is a TopoJSON `Topology` with two objects: `land` (the land to draw) and
 * `countries`, a GeometryCollection whose geometries have `id` set to the ISO 3166-1 alpha-2 code
 * ("BO") and are Polygons, MultiPolygons or GeometryCollections of them. Each country may carry
 * `properties.a`, a `[longitude, latitude]` where its marker and label go; without it the middle
 * of its largest polygon is used. Countries the geometry lacks (or cannot place) are listed as
 * "Not on the map". Anything else, or a geometry that cannot be drawn, ends in the error state. It
 * must be served as JSON (a `json` content type, UTF-8) and be at most `max-bytes` bytes.
 *
 * Keyboard: the map is one tab stop; arrow keys move between the participant countries in reading
 * order, Enter selects, Escape closes the tooltip.
 *
 * Map data: Natural Earth (public domain). `worldview="CN"` (default) draws Taiwan, Hong Kong and
 * Macao as part of China, without borders between them; `worldview="NE"` draws Natural Earth's
 * de-facto borders. Other disputed areas follow Natural Earth in both.
 *
 * Layout: a block (`display: block`, yours to change); `hidden` hides it whatever display a page
 * gives the tag. Its width follows its container; where the parent sizes to its content (a table
 * cell, a flex item, an inline-block) it is 20em wide. With nothing given (no countries,
 * participants, event or visits) it renders nothing and takes no room. Moved, it keeps its drawing
 * and the country the keyboard was on; off the page it observes nothing.
 *
 * @tagname participant-country-map
 * @summary The participant countries of an event, as a list and an accessible world map.
 *
 * @fires {CountryFocusEvent} eh-country-focus - A country got the keyboard focus or the pointer (`event.code`).
 * @fires {CountrySelectEvent} eh-country-select - A country was chosen with Enter, Space or a click (`event.code`).
 * @fires {LoadErrorEvent} eh-load-error - The geometry could not be loaded or drawn; `event.url` and `event.failure` say which and why.
 * @fires {CountryFocusEvent} country-focus - Deprecated: use `eh-country-focus` (fired too until the next release).
 * @fires {CountrySelectEvent} country-select - Deprecated: use `eh-country-select` (fired too until the next release).
 *
 * @csspart base - The outer box (`<figure>`).
 * @csspart map - The map box (fixed aspect ratio, also while loading).
 * @csspart legend - The legend under the map.
 * @csspart key - The key under the legend that names the countries numbered on the map (where their labels do not fit).
 * @csspart list - The list of participant countries.
 * @csspart more - The item at the end of the list saying there are other countries (when the list is partial).
 * @csspart country - A participant country's shape on the map (its code in `data-code`).
 * @csspart marker - The marker of a country too small to see (a dot in a ring, or a number), with its code in `data-code`.
 * @csspart active - Also on the shape and marker of the country under the pointer or the keyboard focus.
 * @csspart city - A city visited on the map: its dot and label.
 * @csspart label - A name written on the map (a country's or a city's).
 * @csspart tooltip - The box that names the country under the pointer or the keyboard focus.
 * @csspart error - The message about unknown codes or a map that could not load.
 * @csspart problem - Deprecated: the same as `error` (kept until the next release).
 * @csspart retry-button - The "Try again" button shown when the map could not load.
 *
 * @cssprop --eh-color-text - Text colour (caption, labels).
 * @cssprop --eh-color-text-muted - Secondary text colour (key, credit).
 * @cssprop --eh-color-surface - Background of the tooltip and the label halos.
 * @cssprop --eh-color-surface-sunken - Background of the map box before it is drawn.
 * @cssprop --eh-color-border - Borders of the map box and the panels.
 * @cssprop --eh-color-accent - Accent colour (participant countries, unless --eh-map-participant is set).
 * @cssprop --eh-color-danger - Colour of the error state.
 * @cssprop --eh-color-focus - Focus ring colour.
 * @cssprop --eh-font-family - Font stack (default: inherited from the page; with `isolated`, a system-ui stack with Chinese fonts).
 * @cssprop --eh-font-size - Base font size (default: inherited from the page; with `isolated`, the reader's default size).
 * @cssprop --eh-radius - Corner radius of the map box.
 * @cssprop --eh-map-participant - Fill of participant countries.
 * @cssprop --eh-map-host - Colour of the host country's hatching.
 * @cssprop --eh-map-land - Fill of other land.
 * @cssprop --eh-map-water - Background of the map.
 */
export class ParticipantCountryMap extends EventHighlightsElement {
  static override readonly tag = 'participant-country-map';
  static override styles = [EventHighlightsElement.styles, mapStyles];

  /** Participant countries as space-separated ISO 3166-1 alpha-2 codes ("BO BR CU"). */
  @property() countries: string | undefined;
  /** The participants (countries, per-country counts, total, region); wins over `countries`. */
  @property({ attribute: false }) participants: Participants | undefined;
  /** The host country (alpha-2). */
  @property() host = 'CN';
  /** Cities visited; those without coordinates are listed but not drawn. */
  @property({ attribute: false }) visits: Visit[] | undefined;
  /** A whole event document: participants of all its seminars and all their visits. */
  @property({ attribute: false }) event: EventArticle | undefined;
  /** `auto` (default) picks the world, a view fitted to the participants, or two panels. */
  @property() layout: MapLayout = 'auto';
  /** `CN` (default): Taiwan, Hong Kong and Macao drawn as part of China. `NE`: Natural Earth's lines. */
  @property() worldview: Worldview = 'CN';
  /**
   * URL of the geometry (TopoJSON), to host it yourself (default: the file next to the module).
   * Changing it loads the new geometry.
   */
  @property({ attribute: 'geometry-src' }) geometrySrc: string | undefined;
  /**
   * Milliseconds to wait for the geometry before showing the error with a retry, counted from the
   * moment the request starts (default 15000; at most 2147483647, the longest a browser timer waits).
   */
  @property({ type: Number }) timeout: number | undefined;
  /** Largest geometry accepted, in bytes (default 16777216, 16 MiB); a larger one shows the error state. */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes: number | undefined;

  @state() private view: MapView | undefined;
  /** The geometry: loaded through the drawing code, shared by the maps that use the same URL. */
  private readonly geometry = new JsonResource<World>(this, {
    shared: true,
    timeout: () => this.timeout,
    maxBytes: () => byteLimitOf(this.maxBytes, GEOMETRY_MAX_BYTES),
    // The URL is known without the drawing code: the geometry's request and the code's start together.
    url: (key) => geometryUrl(key || undefined),
    parse: async (data, url) => (await drawingCode()).prepareWorld(data, url),
  });
  private seenGeometry: LoadState<World> | undefined;
  /** Why the loaded geometry could not be drawn (the error state until another load). */
  private drawFailure: string | undefined;
  @state() private width = 0;
  private input: ElementInput = { codes: [], counts: {}, unknown: [], cities: [], host: 'CN', badCounts: [], complete: true, subdivisions: [] };
  private empty = false;
  private inputLocale: string | undefined;
  private near: IntersectionObserver | undefined;
  /**
   * The host's width, drawn in the next frame (see `onResize`). A plain observer, not
   * `@lit-labs/observers`' ResizeController: that one renders again inside the observer's callback,
   * which is what `onResize` must not do. Made on connection: a server render (no DOM) constructs
   * the element without one.
   */
  private resize: ResizeObserver | undefined;
  private resizeFrame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    // Focus and the pointer stay behind when a map is moved, and not every engine fires blur on
    // removal (Firefox does not): no highlight or tooltip left without them. The keyboard resumes
    // at that country when focus comes back.
    if (this.view?.active && !this.shadowRoot?.activeElement) this.view.activate(undefined, false);
    this.resize ??= new ResizeObserver((entries) => this.onResize(entries));
    this.resize.observe(this);
    // A server-rendered map looks once it has hydrated: loading before would render another state
    // than the server's (a hydration mismatch).
    if (this.serverRendered && !this.hasUpdated) void this.updateComplete.then(() => this.isConnected && this.watchViewport());
    else this.watchViewport();
  }

  /** Starts loading the drawing code and the geometry now, or when the map nears the viewport. */
  private watchViewport(): void {
    // A map drawn already (moved, or back on the page) has nothing to load: no need to watch for the viewport.
    if (this.geometry.state.status === 'loaded' || this.near) return;
    // A map near the viewport now starts loading at once: its geometry and drawing code are on the
    // way while it renders its list (the page's first Intl formatter alone takes 14-26 ms) and before
    // the observer's first callback, a frame later (#18: the first map is drawn that much sooner).
    if (nearViewport(this)) {
      void this.reload();
      return;
    }
    this.near = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.reload(), { rootMargin: `${NEAR}px` });
    this.near.observe(this);
  }

  private onResize(entries: ResizeObserverEntry[]): void {
    const entry = entries[0];
    if (!entry) return;
    const width = Math.round(entry.contentRect.width);
    // Redrawn in the next frame, not inside the observer's callback: a redraw there that changes
    // the map's height (its legend, its list) would end in "ResizeObserver loop completed with
    // undelivered notifications", an error event on the host page's window.
    cancelAnimationFrame(this.resizeFrame);
    this.resizeFrame = requestAnimationFrame(() => (this.width = width));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
    this.near?.disconnect();
    this.near = undefined;
    cancelAnimationFrame(this.resizeFrame);
    // The geometry's controller stops waiting (the shared request is aborted if no other map waits
    // for it) and lets the page's cache go; back on the page, the map loads again.
  }

  /** The width the map draws in: the host's content box (a page may give the host padding). */
  private contentWidth(): number {
    const style = getComputedStyle(this);
    return Math.max(0, Math.round(this.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight))) || 0;
  }

  /**
   * Loads the drawing code and the geometry (once per page) and draws the map; after a failure,
   * tries again. Nothing happens when the current geometry is loaded or loading already.
   */
  async reload(): Promise<void> {
    this.near?.disconnect();
    const src = this.geometrySrc;
    if (src && !safeUrl(src, 'fetch') && this.geometry.key !== src)
      this.reportProblem('warn', 'geometry-src', 'an http(s) or relative URL', JSON.stringify(src));
    const retry = !!this.drawFailure;
    this.drawFailure = undefined;
    // The drawing code starts loading now, beside the geometry (parse() waits for it; a failure shows there).
    drawingCode().catch(() => undefined);
    await this.geometry.load(src ?? '', retry);
  }

  /** @deprecated Use `reload()`, the retry method of every element (kept until the next release). */
  load(): Promise<void> {
    return this.reload();
  }

  /** Reports a geometry that failed, and puts a loaded one in the drawing. */
  private followGeometry(): void {
    const state = this.geometry.state;
    if (state === this.seenGeometry) return;
    this.seenGeometry = state;
    if (state.status === 'failed') {
      this.reportProblem('warn', 'geometry', 'the map geometry', `${state.detail} from ${state.url}`);
      fire(this, () => new LoadErrorEvent(this, state.url, state.failure, state.httpStatus));
    }
    if (state.status === 'loaded' && drawn) {
      this.drawFailure = undefined;
      this.view ??= new drawn.MapView(this, state.value);
      this.view.world = state.value;
      // The first drawing need not wait for the resize observer and its next frame (a frame
      // later on screen): the width is measured once, now. Later widths come from the observer.
      if (!this.width) this.width = this.contentWidth();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new geometry for a map that has started loading: load it now (the old one is not drawn meanwhile).
    // Changed while away from the page: it loads when back near the viewport.
    if (changed.has('geometrySrc') && this.geometry.state.status !== 'idle' && this.geometry.key !== (this.geometrySrc ?? '')) {
      if (this.isConnected) void this.reload();
      else void this.geometry.load(undefined);
    }
    this.followGeometry();
    if (changed.has('layout') && !['auto', 'world', 'regions'].includes(this.layout))
      this.reportProblem('warn', 'layout', '"auto", "world" or "regions"', JSON.stringify(this.layout));
    if (changed.has('worldview') && !['CN', 'NE'].includes(this.worldview))
      this.reportProblem('warn', 'worldview', '"CN" or "NE"', JSON.stringify(this.worldview));
    // City names are text in the reader's language: resolved again when the locale changes.
    if (!(['countries', 'participants', 'event', 'host', 'visits'] as const).some((key) => changed.has(key)) && this.inputLocale === this.locale) return;
    this.inputLocale = this.locale;
    const read = readMapInput(
      { countries: this.countries, participants: this.participants, event: this.event, visits: this.visits, host: this.host },
      this.locale,
      (field, expected, received) => this.reportProblem('warn', field, expected, received),
    );
    this.input = read.input;
    this.empty = read.empty;
  }

  protected override render(): TemplateResult | typeof nothing {
    const locale = this.locale;
    const { codes, unknown, count, region, cities, badCounts, complete, unplaced = 0 } = this.input;
    // Nothing given at all (no countries, participants, event or visits): nothing shown, no room taken.
    if (!codes.length && !cities.length && !unplaced && !unknown.length && !badCounts.length && !this.empty && count === undefined && region === undefined)
      return nothing;
    const geometry = this.geometry.state;
    // The region is data in our sentence: it keeps its own language (see `withData`).
    const regionText = resolveText(region, locale, this.event?.lang);
    const summary = participantsSummary(count, codes.length, regionText ? dataSlot(0) : undefined, locale, complete);
    const placed = cities.map((city, index) => ({ text: city.name, lang: city.lang, slot: dataSlot(index) }));
    const fieldVisits = unplaced ? (unplaced === 1 ? msg('a field visit') : msg(str`${numberFormat(locale).format(unplaced)} field visits`)) : undefined;
    const visitList = listFormat(locale).format([...placed.map((city) => city.slot), ...(fieldVisits ? [fieldVisits] : [])]);
    const input = { ...this.input, worldview: this.worldview === 'NE' ? 'NE' : 'CN', layout: this.layout, width: this.width, locale } as const;
    let view = geometry.status === 'loaded' && !this.drawFailure ? this.view : undefined;
    // Drawn first: the drawing finds which countries the geometry lacks, for the message below.
    let drawing: TemplateResult | undefined;
    let legend: TemplateResult | typeof nothing = nothing;
    try {
      drawing = view && this.width && (codes.length || cities.length) ? view.render(input) : undefined;
      if (drawing) legend = view!.legend(input);
    } catch (error) {
      // A geometry that loaded but cannot be drawn (data the preparation did not foresee): the
      // documented error state with its retry, never a "Loading map…" that stays for ever.
      this.drawFailure = String(error);
      const url = geometry.status === 'loaded' ? geometry.url : '';
      this.reportProblem('warn', 'geometry', 'a map geometry that can be drawn', `${this.drawFailure} from ${url}`);
      fire(this, () => new LoadErrorEvent(this, url, 'geometry'));
      view = undefined;
      drawing = undefined;
      legend = nothing;
    }
    const failed = geometry.status === 'failed' || !!this.drawFailure;
    const failure: LoadFailure = geometry.status === 'failed' ? geometry.failure : 'geometry';
    const problems = [
      this.empty ? msg('No participant countries were given.') : '',
      // Codes and city names are data inside our sentences: isolated (see src/internal/bidi.ts).
      unknown.length ? msg(str`Unknown country codes: ${listFormat(locale).format(unknown.map(isolate))}.`) : '',
      badCounts.length ? msg('Some participant counts are not valid and are not shown.') : '',
      failed
        ? `${msg('The map could not be loaded.')} ${loadFailureText(failure, geometry.status === 'failed' ? geometry.httpStatus : undefined, {
            notFound: msg('The server did not find the map data.'),
            notData: msg('The server sent something that is not map data.'),
          })}`
        : '',
      view?.missing.length ? msg(str`Not on the map: ${listFormat(locale).format(view.missing.map((code) => countryName(code, locale)))}.`) : '',
    ].filter(Boolean);
    // Without geometry the map box goes: the list below says it all.
    // Marked with the reader's language: our sentences are in it (and Chinese gets its spacing).
    return html`<figure part="base" lang=${locale}>${
      (codes.length || cities.length) && !failed
        ? html`<div class="map" part="map">${drawing ?? html`<div class="placeholder" role="status">${msg('Loading map…')}</div>`}</div>${legend}`
        : nothing
    }${
      problems.length
        ? html`<p class="problem" part="error problem" role="alert">${problems.join(' ')}${
            failed
              ? html` <button part="retry-button" type="button"
          @click=${() => this.reload()}>${msg('Try again')}</button>`
              : nothing
          }</p>`
        : nothing
    }${renderList({ locale, input: this.input, documentLang: this.event?.lang, allCities: () => this.allCities(), view }, summary, {
      regionText,
      placed,
      visitList,
      unplaced,
    })}</figure>`;
  }

  /** Whether every placed visit is to a city (then the line says "Cities visited"). */
  private allCities(): boolean {
    const visits = ownData(this.visits) ?? this.event?.seminars?.flatMap((seminar) => seminar.visits ?? []) ?? [];
    return (
      Array.isArray(visits) &&
      visits.every((visit: Visit | null | undefined) => !visit || typeof visit !== 'object' || visit.city !== undefined || visit.place === undefined)
    );
  }

  /** @internal For the drawing module: fires `eh-country-focus` or `eh-country-select` (and the deprecated names). */
  announce(kind: 'focus' | 'select', code: string): void {
    if (kind === 'focus') fire(this, (type) => new CountryFocusEvent(code, type), 'country-focus');
    else fire(this, (type) => new CountrySelectEvent(code, type), 'country-select');
  }
}
