import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { EventHighlightsElement } from '../internal/base-element.js';
import { CardOpenEvent, fire, LoadErrorEvent } from '../internal/events.js';
import { SlotContent } from '../internal/slot-content.js';
import { JsonResource, type LoadState } from '../internal/json-resource.js';
import { byteLimitOf } from '../internal/fetch-json.js';
import { safeUrl } from '../internal/safe-url.js';
import { listFormat, punctuation } from '../internal/intl.js';
import { countryList, dataSlot, withData, loadFailureText, formatLabel, kindLabel, participantsSummary } from '../internal/messages.js';
import { validateEvent, type ValidationResult } from '../model/validate.js';
import { resolveText, type ResolvedText } from '../model/text.js';
import { leadPhoto, summarizeParticipants } from '../model/summary.js';
import type { EventArticle, Text } from '../model/types.js';
import { eventCardStyles } from './event-card.styles.js';
import { renderCoverage, renderDate, renderFacts, renderRelated } from './event-card-blocks.js';

/** Longest excerpt drawn, in characters; CSS clamps it to a few lines as well. */
const EXCERPT_LENGTH = 280;
/** Country names spelled out before "and N more". */
const COUNTRY_NAMES_SHOWN = 12;
/** Default limit of an event document's size, in bytes (4 MiB; the seed article is about 20 KB). */
export const EVENT_MAX_BYTES = 4 * 1024 * 1024;

function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const space = cut.lastIndexOf(' ');
  return `${(space > limit * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/**
 * The event at a glance, for listings and teasers: title, date, format, host and organizer,
 * venue, an excerpt, where the participants came from, and an image.
 *
 * Data comes from the `event` property (an event document, see `event-highlights/model`) or
 * from `src`, the URL of an event JSON file, which is fetched and validated. When both are set,
 * `event` wins. Invalid data, a failed request or an unsafe URL shows a localized error state
 * and logs a console message naming the field; the rest of the page is not affected.
 *
 * Layout: a block (`display: block`, yours to change); `hidden` hides it whatever display a page
 * gives the tag. Its width follows its container (a container query picks the layout); where the
 * parent sizes to its content (a table cell, a flex item, an inline-block) it is 20em wide.
 * Stretched (a grid or flex item in a taller row), the card fills the element's height. In a page
 * without a doctype (quirks mode) the element is a column flex container instead of a block,
 * with the same layout: there a block's percentage height would be taken from the viewport.
 * Without `event` or `src` it renders nothing and takes no room.
 *
 * @tagname event-card
 * @summary An event at a glance, for listings and teasers.
 *
 * Events, for a page that counts what readers do (nothing is sent anywhere by the card itself):
 * `eh-card-open` when the reader follows the card's link, `eh-load-error` when `src` cannot be
 * loaded or is not a valid event document.
 *
 * @fires {CardOpenEvent} eh-card-open - The reader followed the title's link (click, Enter or middle click); `event.href` is the article's URL.
 * @fires {LoadErrorEvent} eh-load-error - `src` could not be loaded, or is not a valid event document; `event.url` and `event.failure` say which and why.
 *
 * @slot media - Replaces the image (for example a `<picture>` of your own).
 * @slot footer - Extra content at the bottom of the card, such as tags or a "Read more" link.
 *
 * @csspart base - The card's outer box (`<article>`).
 * @csspart media - The image box, which keeps its aspect ratio.
 * @csspart image - The `<img>`.
 * @csspart body - Everything but the image.
 * @csspart eyebrow - The line above the title: kind of event and format.
 * @csspart format - The "Online" / "In person" badge.
 * @csspart title - The title (a heading of level `heading-level`).
 * @csspart link - The title's link, when `href` is set.
 * @csspart translated - The note under a title shown in a translation of ours rather than as printed (`event.translations`).
 * @csspart date - The date line.
 * @csspart facts - The host / organizer / venue / duration list.
 * @csspart excerpt - The excerpt.
 * @csspart participants - Participant count and countries.
 * @csspart countries - The participant countries' names.
 * @csspart coverage - "Reported by …": the press reports of the event (`event.coverage`), outlet and date.
 * @csspart related - The links to the other articles of the seminar: its opening, its closing, a related article (`event.related`).
 * @csspart related-link - One of those links.
 * @csspart skeleton - The loading placeholder.
 * @csspart error - The error box.
 * @csspart retry-button - The error box's retry button.
 *
 * @cssprop --eh-color-text - Text colour.
 * @cssprop --eh-color-text-muted - Secondary text colour.
 * @cssprop --eh-color-surface - Card background.
 * @cssprop --eh-color-surface-sunken - Image and skeleton background.
 * @cssprop --eh-color-border - Border colour.
 * @cssprop --eh-color-accent - Accent colour (the border of a card link under the pointer, buttons).
 * @cssprop --eh-color-on-accent - Text on the accent colour.
 * @cssprop --eh-color-danger - Error colour.
 * @cssprop --eh-color-focus - Focus ring colour.
 * @cssprop --eh-font-family - Font stack (default: inherited from the page; with `isolated`, a system-ui stack with Chinese fonts).
 * @cssprop --eh-font-size - Base font size (default: inherited from the page; with `isolated`, the reader's default size).
 * @cssprop --eh-radius - Corner radius.
 * @cssprop --eh-space - Inner spacing.
 * @cssprop --eh-shadow - Card shadow.
 * @cssprop --eh-card-media-ratio - Image aspect ratio in the narrow layout.
 * @cssprop --eh-card-excerpt-lines - Lines of excerpt shown.
 * @cssprop --eh-card-title-lines - Lines of the title shown before it is cut with an ellipsis, for listings and sidebars.
 * @cssprop --eh-card-min-height - Minimum height, to align cards in a grid.
 */
export class EventCard extends EventHighlightsElement {
  static override readonly tag = 'event-card';
  static override styles = [EventHighlightsElement.styles, eventCardStyles];

  /** The event document to show. Takes precedence over `src`. */
  @property({ attribute: false }) event: EventArticle | undefined;

  /** URL of an event JSON document (http, https or relative). Relative image URLs in it resolve against it. */
  @property() src: string | undefined;

  /** Makes the card a link to the article; the link's accessible name is the title. */
  @property() href: string | undefined;

  /** Level of the title's heading, 1 to 6, to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /**
   * Milliseconds to wait for `src` before showing the error state, counted from the moment the
   * request starts (default 15000; at most 2147483647, the longest a browser timer waits).
   */
  @property({ type: Number }) timeout: number | undefined;

  /**
   * Largest `src` document accepted, in bytes (default 4194304, 4 MiB). A larger one is refused
   * (by its Content-Length, or as it streams) without being parsed, with the error state.
   */
  @property({ attribute: 'max-bytes', type: Number }) maxBytes: number | undefined;

  /**
   * When `src` is fetched: `eager` (default) at once; `lazy` when the card comes within about
   * 800 px of the viewport (the skeleton stands in until then), as `<img loading="lazy">` does:
   * for long listings, where most cards may never be seen.
   */
  @property() loading: 'eager' | 'lazy' = 'eager';

  private readonly resource = new JsonResource(this, { timeout: () => this.timeout, maxBytes: () => byteLimitOf(this.maxBytes, EVENT_MAX_BYTES) });
  private validation: ValidationResult | undefined;
  private validatedInput: unknown;
  private seenState: LoadState<unknown> | undefined;
  private safeHref: string | undefined;
  private imageSrc: string | undefined;
  /** The image URL that failed to load, so the card drops its media box instead of a broken image. */
  @state() private brokenImage: string | undefined;
  /** A lazy card came near the viewport (once is enough). */
  private near = false;
  private watcher: IntersectionObserver | undefined;
  private readonly slots = new SlotContent(this);

  /** Loads `src` again (after a failure, for example). */
  reload(): void {
    this.near = true;
    this.resource.load(this.fetchUrl(), true);
  }

  /** A lazy card that has not come near the viewport yet: its `src` waits. */
  private get deferred(): boolean {
    return this.loading === 'lazy' && !this.near && this.src !== undefined && this.src !== null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watcher?.disconnect();
    this.watcher = undefined;
  }

  private watchViewport(): void {
    if (!this.deferred || this.watcher || !this.isConnected) return;
    this.watcher = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.watcher?.disconnect();
        this.watcher = undefined;
        this.near = true;
        this.resource.load(this.fetchUrl());
      },
      { rootMargin: '800px 0px' },
    );
    this.watcher.observe(this);
  }

  private fetchUrl(): string | undefined {
    if (this.src === undefined || this.src === null) return undefined;
    const url = safeUrl(this.src, 'fetch');
    if (!url) this.reportProblem('error', 'src', 'an http(s) or relative URL', JSON.stringify(this.src));
    return url;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('loading')) {
      if (this.deferred) this.watchViewport();
      else this.resource.load(this.fetchUrl());
    }
    if (changed.has('href')) {
      this.safeHref = this.href ? safeUrl(this.href, 'link') : undefined;
      if (this.href && !this.safeHref) this.reportProblem('warn', 'href', 'an http(s) or relative URL', JSON.stringify(this.href));
    }
    const state = this.resource.state;
    if (state !== this.seenState) {
      this.seenState = state;
      if (state.status === 'failed') {
        this.reportProblem('error', 'src', 'an event JSON document', `${state.detail} from ${state.url}`);
        fire(this, () => new LoadErrorEvent(this, state.url, state.failure, state.httpStatus));
      }
      if (state.status === 'loaded' && state.warning) this.reportProblem('warn', 'src', 'a UTF-8 JSON document', `${state.warning} from ${state.url}`);
    }
    const input = this.event ?? (state.status === 'loaded' ? state.value : undefined);
    if (input !== this.validatedInput) {
      this.validatedInput = input;
      this.validation = input === undefined ? undefined : validateEvent(input);
      this.imageSrc = undefined;
      if (this.validation?.ok) {
        const photo = leadPhoto(this.validation.value);
        const base = this.event ? undefined : state.status === 'loaded' ? state.url : undefined;
        this.imageSrc = photo ? safeUrl(photo.src, 'image', base) : undefined;
        if (photo && !this.imageSrc) this.reportProblem('warn', 'event.photos[].src', 'an http(s), relative or data:image URL', JSON.stringify(photo.src));
      } else if (this.validation) {
        const source = this.event ? 'event' : `event from ${this.src}`;
        for (const problem of this.validation.problems) {
          this.reportProblem('error', problem.path ? `${source}.${problem.path}`.replace('.[', '[') : source, problem.expected, problem.received);
        }
        if (!this.event && state.status === 'loaded') fire(this, () => new LoadErrorEvent(this, state.url, 'invalid'));
      }
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.validation?.ok) return this.renderCard(this.validation.value);
    if (this.validation) return this.renderError({ title: msg('This event cannot be shown.'), detail: msg('Its data is not valid.') });
    const state = this.resource.state;
    if (this.deferred && state.status === 'idle') return this.renderSkeleton();
    if (this.src !== undefined && this.src !== null && !this.event && state.status === 'idle') {
      return this.renderError({ title: msg('This event cannot be shown.'), detail: msg('Its address is not allowed.') });
    }
    if (state.status === 'loading') return this.renderSkeleton();
    if (state.status === 'failed') {
      return this.renderError({
        title: msg('This event could not be loaded.'),
        detail: loadFailureText(state.failure, state.httpStatus, {
          notFound: msg('The server did not find it.'),
          notData: msg('The server sent something that is not event data.'),
        }),
        retryLabel: msg('Try again'),
        onRetry: () => this.reload(),
      });
    }
    return nothing;
  }

  /** The placeholder bars, in the order of the lines they stand for (eyebrow, two title lines, date, facts). */
  private static readonly skeletonBars = ['bar w40', 'bar title-bar', 'bar title-bar w70', 'bar w50', 'bar', 'bar', 'bar w80', 'bar w60'];

  private renderSkeleton(): TemplateResult {
    const bars = EventCard.skeletonBars.map((bar) => html`<span class=${bar}></span>`);
    return html`<div class="card skeleton" part="base skeleton">
      <div class="media"></div>
      <div class="body"><span class="visually-hidden" role="status">${msg('Loading event…')}</span>${bars}</div>
    </div>`;
  }

  /** The title's link was followed: a click, Enter, or a middle click (`auxclick`) that opens another tab. */
  private onLinkOpen(event: MouseEvent): void {
    if (event.type === 'auxclick' && event.button !== 1) return;
    fire(this, () => new CardOpenEvent((event.currentTarget as HTMLAnchorElement).href));
  }

  // Rendering is shaped by the benchmark (#7): one template instance per block, not per piece of
  // text, and a block's variants (with or without a badge, a time zone, a country list) are
  // separate static templates rather than nested ones. Text goes in as child expressions, not
  // `.textContent` bindings (which were a little cheaper): a server render (event-highlights/ssr)
  // writes children but not properties, and the card must read in full without JavaScript.
  private renderCard(event: EventArticle): TemplateResult {
    const locale = this.locale;
    const text = (value: Text | undefined): ResolvedText | undefined => this.resolve(value, event);
    const title = text(event.title);
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 3));
    const excerptSource = text(event.summary) ?? text(event.paragraphs?.[0]) ?? text(event.speeches?.[0]?.paragraphs[0]);
    // The printed kind ("Ministerial Workshop") when the keywords do not say it, or when it is in the reader's language.
    const printedKind = text(event.kindLabel);
    const kind =
      printedKind && (!event.kind || event.kind === 'other' || printedKind.lang === undefined)
        ? printedKind.text
        : (kindLabel(event.kind) ?? printedKind?.text);
    return html`<article class="card" part="base" lang=${locale}>${this.renderMedia(event)}<div class="body" part="body">${this.renderEyebrow(
      kind,
      // A format inferred rather than printed is not stated as a fact.
      event.inferred?.includes('format') ? undefined : formatLabel(event.format),
    )}<p class="title" part="title" role="heading" aria-level=${level}>${
      this.safeHref
        ? html`<a part="link" href=${this.safeHref}
          lang=${ifDefined(title?.lang)} @click=${this.onLinkOpen}
          @auxclick=${this.onLinkOpen}>${title?.text ?? ''}</a>`
        : html`<span lang=${ifDefined(title?.lang)}>${title?.text ?? ''}</span>`
    }</p>${
      this.isTranslation(event, event.title) ? html`<p class="translated" part="translated">${msg('Title translated by the editors')}</p>` : nothing
    }${renderDate(event, this.locale, text)}${renderFacts(event, this.locale, text)}${
      excerptSource ? html`<p class="excerpt" part="excerpt" lang=${ifDefined(excerptSource.lang)}>${shorten(excerptSource.text, EXCERPT_LENGTH)}</p>` : nothing
    }${this.renderParticipants(event, text)}${renderCoverage(event, locale, text, this.dataBase)}${renderRelated(
      event,
      text,
      this.dataBase,
    )}<slot name="footer"></slot></div></article>`;
  }

  /** What relative URLs in the data resolve against: the JSON document loaded from `src` (the page for `event`). */
  private get dataBase(): string | undefined {
    const state = this.resource.state;
    return !this.event && state.status === 'loaded' ? state.url : undefined;
  }

  /**
   * A text in the reader's language, with `lang` only where it differs from the card's own
   * (`<article lang>`): the same language for assistive technology, and no attribute to set on
   * most elements of a card whose data is in the page's language.
   */
  private resolve(value: Text | undefined, event: EventArticle): ResolvedText | undefined {
    const resolved = resolveText(value, this.locale, event.lang);
    return resolved?.lang === this.locale ? { text: resolved.text, lang: undefined } : resolved;
  }

  /** Whether the reader is shown our translation of `value` (a language of `event.translations`), not the printed text. */
  private isTranslation(event: EventArticle, value: Text | undefined): boolean {
    const shown = resolveText(value, this.locale, event.lang)?.lang?.toLowerCase();
    return !!shown && (event.translations ?? []).some((tag) => tag.toLowerCase() === shown);
  }

  private renderEyebrow(eyebrow: string | undefined, format: string | undefined): TemplateResult | typeof nothing {
    if (!format) return eyebrow ? html`<p class="eyebrow" part="eyebrow">${eyebrow}</p>` : nothing;
    return html`<p class="eyebrow" part="eyebrow">${eyebrow ?? ''}<span class="badge" part="format">${format}</span></p>`;
  }

  private renderParticipants(event: EventArticle, text: (value: Text | undefined) => ResolvedText | undefined): TemplateResult | typeof nothing {
    const locale = this.locale;
    const participants = summarizeParticipants(event);
    // Data inside our sentences keeps its own language ("学员来自Belt and Road Countries"): see `withData`.
    const region = text(participants.region);
    const kind = text(participants.kind);
    const summary = participantsSummary(
      participants.count,
      participants.countries.length,
      region ? dataSlot(0) : undefined,
      locale,
      participants.countriesComplete,
    );
    if (!summary && !kind) return nothing;
    const strong = summary ? (region ? html`<strong>${withData(summary, [region])}</strong>` : html`<strong>${summary}</strong>`) : nothing;
    const who = kind ? html`<span class="kind">${withData(msg(str`Participants: ${dataSlot(0)}`), [kind])}</span>` : nothing;
    if (!participants.countries.length) return html`<p class="participants" part="participants">${strong}${who}</p>`;
    // States or provinces after their country's name: "Nigeria (Kano, Lagos)".
    const units = (code: string) => {
      const names = participants.subdivisions
        .filter((unit) => unit.country === code)
        .map((unit) => text(unit.name)?.text)
        .filter((name): name is string => !!name);
      const { open, close } = punctuation(locale);
      return names.length ? `${open}${listFormat(locale).format(names)}${close}` : '';
    };
    return html`<p class="participants" part="participants">${strong}${who}<span class="countries" part="countries">${countryList(
      participants.countries,
      locale,
      COUNTRY_NAMES_SHOWN,
      participants.countriesComplete,
      units,
    )}</span></p>`;
  }

  private renderMedia(event: EventArticle): TemplateResult | typeof nothing {
    const src = this.imageSrc !== this.brokenImage ? this.imageSrc : undefined;
    if (!src) return this.slots.has('media') ? html`<div class="media" part="media"><slot name="media"></slot></div>` : nothing;
    const photo = leadPhoto(event);
    const alt = this.resolve(photo?.alt, event);
    return html`<div class="media" part="media"><slot name="media"><img part="image"
      class=${photo?.placeholder ? 'placeholder-image' : ''}
      src=${src} alt=${alt?.text ?? ''}
      lang=${ifDefined(alt?.lang)} width=${ifDefined(
        photo?.width,
      )} height=${ifDefined(photo?.height)} loading="lazy" decoding="async" @error=${this.onImageError}></slot></div>`;
  }

  /** A broken image leaves no broken-image icon: the media box goes and the card reflows. */
  private onImageError(event: Event): void {
    const image = event.target as HTMLImageElement;
    // Browsers fire "error" on a detached image too: a card that left the page reports nothing.
    if (this.isConnected) this.reportProblem('warn', 'event.photos[].src', 'an image that loads', JSON.stringify(image.src));
    this.brokenImage = this.imageSrc;
  }
}
