import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { EventHighlightsElement } from '../internal/base-element.js';
import { fire, PhotoToggleEvent } from '../internal/events.js';
import { SlotContent } from '../internal/slot-content.js';
import { listFormat } from '../internal/intl.js';
import { splitNames } from '../internal/names.js';
import { safeSrcset, safeUrl } from '../internal/safe-url.js';
import { ownData } from '../model/harden.js';
import { styleProps } from '../internal/style-props.js';
import { resolveText, type ResolvedText } from '../model/text.js';
import { describeValue } from '../model/describe.js';
import type { Credit, Photo, Text } from '../model/types.js';
// The caption's credit is a <photo-credit>: registered with this element (guarded, like every define).
import '../photo-credit/define.js';
import { groupPhotoStyles } from './group-photo.styles.js';

/** What the element shows, from `.photo`, the attributes or the light-DOM `<img>`. */
interface View {
  src: string | undefined;
  srcset: string | undefined;
  sizes: string | undefined;
  alt: ResolvedText | undefined;
  caption: ResolvedText | undefined;
  credits: Credit[];
  people: ResolvedText[];
  ratio: string | undefined;
  width: number | undefined;
  height: number | undefined;
  /** `photo.placeholder`: an image standing in for a missing photo, dimmed in the dark scheme. */
  placeholder: boolean;
}

const size = (value: unknown): number | undefined => {
  const n = Number(value);
  return value !== null && value !== undefined && value !== '' && Number.isFinite(n) && n > 0 ? n : undefined;
};

/**
 * A photo with its caption, credit and the people shown, that opens large in a lightbox.
 *
 * Data comes from the `photo` property (the model's `Photo`) or from the attributes. Hand-written
 * HTML stays readable before the script loads (and without it): put an `<img>` inside the element
 * (its `src`, `alt`, `width`, `height`, `srcset` and `sizes` are used when the attributes are not
 * set) and the caption in a `<p>` or `<figcaption>` (used when `caption` is not set):
 *
 * ```html
 * <group-photo credit="Ni Haoran">
 *   <figure>
 *     <img src="group.jpg" alt="…" width="1600" height="900">
 *     <figcaption>Group photo of the seminar</figcaption>
 *   </figure>
 * </group-photo>
 * ```
 *
 * Once the element runs, it draws everything in its shadow root and the light-DOM content is no
 * longer rendered (it stays in the page for search engines). Relative URLs resolve against the page.
 *
 * `width` and `height` reserve the photo's box before the image loads (no layout shift). An image
 * that fails to load leaves a box of the same size with the text alternative, never a broken-image
 * icon (if that happens while the lightbox is open, it closes and focus goes to that box); a
 * larger `srcset` candidate that fails in the lightbox gives way to `src`. A missing `alt` logs a
 * warning; unsafe URLs (`javascript:`, `data:text/html`, ...) are
 * dropped with a warning.
 *
 * The photo is a button ("Enlarge photo: …"): click, Enter or Space opens a lightbox (a modal
 * `<dialog>`) with the caption and credit, a toggle between fit-to-screen and actual size, and a
 * close button; Escape and a click on the dark backdrop around the photo close it too, focus
 * returns to the photo, and the page does not scroll while it is open. Moved or removed while
 * open, it closes.
 *
 * Layout: a block (`display: block`, yours to change); `hidden` hides it whatever display a page
 * gives the tag. Without data it renders nothing and takes no room.
 *
 * @tagname group-photo
 * @summary A captioned, credited photo that opens in an accessible lightbox.
 *
 * @fires {PhotoToggleEvent} eh-photo-open - The lightbox opened; `event.src` is the photo's URL.
 * @fires {PhotoToggleEvent} eh-photo-close - The lightbox closed.
 * @fires {PhotoToggleEvent} group-photo-open - Deprecated: use `eh-photo-open` (fired too until the next release).
 * @fires {PhotoToggleEvent} group-photo-close - Deprecated: use `eh-photo-close` (fired too until the next release).
 *
 * @csspart base - The `<figure>`.
 * @csspart button - The button around the photo that opens the lightbox.
 * @csspart image - The photo.
 * @csspart placeholder - The box shown instead of an image that cannot be shown.
 * @csspart caption - The `<figcaption>` (caption, people and credit).
 * @csspart people - The "From left: …" line.
 * @csspart credit - The `<photo-credit>` with the photographers.
 * @csspart dialog - The lightbox `<dialog>`.
 * @csspart toolbar - The lightbox's button bar.
 * @csspart zoom-button - The "Actual size" toggle.
 * @csspart close-button - The close button.
 * @csspart stage - The lightbox's scrollable image area.
 * @csspart lightbox-image - The large image.
 * @csspart lightbox-caption - The caption, people and credit in the lightbox.
 *
 * @cssprop --eh-color-text - Caption colour.
 * @cssprop --eh-color-text-muted - People and credit colour.
 * @cssprop --eh-color-surface-sunken - Background of the photo box and the placeholder.
 * @cssprop --eh-color-border - Placeholder border.
 * @cssprop --eh-color-focus - Focus ring colour.
 * @cssprop --eh-font-family - Font stack (default: inherited from the page; with `isolated`, a system-ui stack with Chinese fonts).
 * @cssprop --eh-font-size - Base font size (default: inherited from the page; with `isolated`, the reader's default size).
 * @cssprop --eh-radius - Corner radius of the photo.
 * @cssprop --eh-photo-lightbox-backdrop - Lightbox background. The old name, `--eh-lightbox-backdrop`, is read too until the next release.
 */
export class GroupPhoto extends EventHighlightsElement {
  static override readonly tag = 'group-photo';
  static override styles = [EventHighlightsElement.styles, groupPhotoStyles];

  /** The photo, as in the event model. Takes precedence over the attributes. */
  @property({ attribute: false }) photo: Photo | undefined;
  /** Image URL (http, https, relative, or a data:image raster). */
  @property() src: string | undefined;
  /** Text alternative of the image. */
  @property() alt: string | undefined;
  /** Caption shown under the photo. */
  @property() caption: string | undefined;
  /** Photographers' names, separated by commas or semicolons (shown with `<photo-credit>`). */
  @property() credit: string | undefined;
  /** People shown, from left, separated by semicolons. */
  @property() people: string | undefined;
  /** Intrinsic width of the image, in pixels (reserves the space with `height`). */
  @property() width: string | undefined;
  /** Intrinsic height of the image, in pixels. */
  @property() height: string | undefined;
  /** Responsive image candidates, as on `<img>`. */
  @property() srcset: string | undefined;
  /** Layout widths for `srcset`, as on `<img>`. */
  @property() sizes: string | undefined;

  /** True while the lightbox is open. */
  @state() private opened = false;
  @state() private zoomed = false;
  /** The URL that failed to load. */
  @state() private broken: string | undefined;
  /** The srcset whose large candidate failed in the lightbox: the lightbox shows `src` instead. */
  @state() private brokenSrcset: string | undefined;

  private view: View | undefined;
  private reported = new Set<string>();
  private saved: [string, string, number, number] | undefined;
  constructor() {
    super();
    // The hand-written `<img>` and caption are read in `willUpdate`: rendered again when they change.
    new SlotContent(this, { attributes: ['src', 'alt', 'width', 'height', 'srcset', 'sizes'], text: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.close();
  }

  /**
   * Loads the photo again after it failed (the reader's connection came back, say): the box that
   * stood in for it gives way to the image, or stays if it fails again.
   */
  reload(): void {
    this.broken = this.brokenSrcset = undefined;
  }

  /** Opens the lightbox (when there is an image to show). */
  show(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    // Off the page there is nothing to show it over (and showModal() would throw).
    if (!dialog || dialog.open || !this.isConnected) return;
    const style = document.documentElement.style;
    this.saved = [style.overflow, style.scrollbarGutter, scrollX, scrollY];
    // The scrollbar's room stays, so the page behind does not shift sideways.
    if (innerWidth > document.documentElement.clientWidth) style.scrollbarGutter = 'stable';
    style.overflow = 'hidden';
    dialog.showModal();
    // Focusing the close button may have scrolled the page to the element: undo that.
    scrollTo(this.saved[2], this.saved[3]);
    this.opened = true;
    const src = this.view?.src ?? '';
    fire(this, (type) => new PhotoToggleEvent(true, src, type), 'group-photo-open');
  }

  /** Closes the lightbox; focus returns to the photo. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this.onClose();
  }

  /** Runs on close() and on the dialog's close event (Escape): restores the page once. */
  private onClose(): void {
    if (!this.saved) return;
    const style = document.documentElement.style;
    [style.overflow, style.scrollbarGutter] = this.saved;
    if (this.isConnected) this.renderRoot.querySelector<HTMLElement>('[part~="button"]')?.focus({ preventScroll: true });
    scrollTo(this.saved[2], this.saved[3]);
    this.saved = undefined;
    this.opened = this.zoomed = false;
    const src = this.view?.src ?? '';
    fire(this, (type) => new PhotoToggleEvent(false, src, type), 'group-photo-close');
  }

  /** Whether the last press in the lightbox began on its backdrop (see `onDialogClick`). */
  private pressedBackdrop = false;

  /**
   * The lightbox's backdrop: the dark area around the image, caption and buttons (the dialog
   * itself, the toolbar's empty part, the stage around a fitted image), and the page's
   * `::backdrop` when a page makes the dialog smaller (its clicks target the dialog).
   */
  private isBackdrop(target: EventTarget | null): boolean {
    return target instanceof Element && target.matches('dialog, .toolbar, .stage:not(.zoomed)');
  }

  private onDialogPointerDown(event: PointerEvent): void {
    this.pressedBackdrop = this.isBackdrop(event.target);
  }

  /**
   * A click on the backdrop closes the lightbox, as on most lightboxes; not a click on the image,
   * the caption or a button, nor a drag that began on them (selecting the caption's text). Keys
   * never land on the backdrop: Enter and Space activate the buttons, Escape closes.
   */
  private onDialogClick(event: MouseEvent): void {
    const pressed = this.pressedBackdrop;
    this.pressedBackdrop = false;
    if (pressed && this.isBackdrop(event.target)) this.close();
  }

  private warn(field: string, expected: string, received: string, problems: Set<string>): void {
    const key = `${field}|${received}`;
    problems.add(key);
    if (!this.reported.has(key)) this.reportProblem('warn', field, expected, received);
  }

  protected override willUpdate(): void {
    // Read as own data only: on a page that added properties to Object.prototype, an absent field stays absent.
    const photo = ownData(this.photo);
    // A server render (event-highlights/ssr) has no light DOM to read: only `photo` and the attributes.
    const img = isServer ? null : this.querySelector('img');
    const fromData = photo !== undefined && photo !== null;
    const problems = new Set<string>();
    const field = (name: string) => (fromData ? `photo.${name}` : name);
    const pick = (name: 'src' | 'alt' | 'width' | 'height' | 'srcset' | 'sizes'): unknown =>
      fromData ? (photo as Record<string, unknown>)[name] : (this[name] ?? img?.getAttribute(name) ?? undefined);
    const locale = this.locale;
    const text = (value: unknown) => {
      const resolved = resolveText(value as Text, locale);
      return resolved?.text.trim() ? resolved : undefined;
    };
    if (fromData && typeof photo !== 'object') this.warn('photo', 'a photo object', describeValue(photo), problems);

    const rawSrc = pick('src');
    const src = safeUrl(rawSrc, 'image');
    if (rawSrc !== undefined && rawSrc !== null && !src) this.warn(field('src'), 'an http(s), relative or data:image URL', describeValue(rawSrc), problems);
    // srcset: parsed as browsers parse it; each unsafe candidate is dropped (and named), the safe ones stay.
    const { srcset, dropped } = safeSrcset(pick('srcset'));
    if (dropped.length)
      this.warn(field('srcset'), 'http(s), relative or data:image URLs', `${dropped.map((url) => describeValue(url)).join(', ')} (left out)`, problems);
    const alt = text(pick('alt'));
    const caption =
      text(fromData ? photo.caption : this.caption) ??
      (fromData || isServer ? undefined : text(this.querySelector('figcaption, p')?.textContent?.replace(/\s+/g, ' ')));
    if ((src || caption) && !alt) this.warn(field('alt'), 'a text alternative', 'nothing', problems);
    const width = size(pick('width'));
    const height = size(pick('height'));
    for (const [name, value, parsed] of [
      ['width', pick('width'), width],
      ['height', pick('height'), height],
    ] as const) {
      if (value !== undefined && value !== null && !parsed) this.warn(field(name), 'a number of pixels above 0', describeValue(value), problems);
    }
    const credit = fromData ? photo.credit : this.credit;
    const names: Text[] = typeof credit === 'string' ? splitNames(credit) : credit ? [credit] : [];
    const people = (fromData ? (photo.people ?? []) : splitNames(this.people, /[;；]/)).map(text).filter((person): person is ResolvedText => !!person);
    this.reported = problems;
    this.view = {
      src,
      srcset,
      sizes: (pick('sizes') as string | undefined) ?? undefined,
      alt,
      caption,
      credits: names.length ? [{ role: 'photographer', names }] : [],
      people,
      ratio: width && height ? `${width} / ${height}` : undefined,
      width,
      height,
      placeholder: fromData && photo.placeholder === true,
    };
    if (this.broken && this.broken !== src) this.broken = undefined;
  }

  private onError(): void {
    const src = this.view?.src;
    // The photo and the open lightbox both fail on a new src: one message.
    if (this.broken === src) return;
    this.broken = src;
    // Removed while the image loaded: no message for an element that is not on the page.
    if (this.isConnected) this.reportProblem('warn', 'src', 'an image that loads', JSON.stringify(src));
    const wasOpen = this.saved !== undefined;
    this.close();
    // The photo's button is gone: focus goes to the box that replaces it, which says why.
    if (wasOpen && this.isConnected)
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part~="placeholder"]')?.focus({ preventScroll: true }));
  }

  /** The lightbox picks its own candidate of the srcset (a larger one): when that fails, it shows `src`, which did load. */
  private onLightboxError(event: Event): void {
    const srcset = this.view?.srcset;
    if (!srcset || this.brokenSrcset === srcset) return this.onError();
    const image = event.target as HTMLImageElement;
    if (this.isConnected)
      this.reportProblem('warn', this.photo ? 'photo.srcset' : 'srcset', 'an image that loads', JSON.stringify(image.currentSrc || image.src));
    this.brokenSrcset = srcset;
  }

  private renderCaption(part: string, view: View): TemplateResult | typeof nothing {
    const names = view.people;
    if (!view.caption && !names.length && !view.credits.length) return nothing;
    let index = 0;
    const people = names.length
      ? listFormat(this.locale)
          .formatToParts(names.map((name) => name.text))
          .map((item) => (item.type === 'element' ? html`<span lang=${ifDefined(names[index++]!.lang)} dir="auto">${item.value}</span>` : item.value))
      : undefined;
    const body = html`${view.caption ? html`<span class="caption-text" lang=${ifDefined(view.caption.lang)}>${view.caption.text}</span>` : nothing}${
      people ? html`<span part="people" class="people">${msg(html`From left: ${people}`)}</span>` : nothing
    }${view.credits.length ? html`<photo-credit part="credit" variant="inline" .credits=${view.credits}></photo-credit>` : nothing}`;
    return part === 'caption' ? html`<figcaption part="caption">${body}</figcaption>` : html`<div part=${part} class="lightbox-caption">${body}</div>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const view = this.view!;
    if (!view.src && !view.caption && !view.alt) return nothing;
    const broken = !view.src || this.broken === view.src;
    const altText = view.alt?.text;
    const name = altText ?? view.caption?.text;
    const label = name ? msg(str`Enlarge photo: ${name}`) : msg('Enlarge photo');
    const missing = msg('Image not available');
    return html`<figure part="base" ${styleProps({ '--_ratio': view.ratio })}>${
      broken
        ? html`<div part="placeholder" class="frame placeholder" role="img" tabindex="-1" aria-label=${altText ?? missing} lang=${ifDefined(view.alt?.lang)}>${
            altText ? html`<span><small lang=${this.locale}>${missing}</small> ${altText}</span>` : missing
          }</div>`
        : html`<button part="button" class="frame" type="button" aria-haspopup="dialog" aria-label=${label} @click=${this.show}><img
            part="image"
            class=${view.placeholder ? 'placeholder-image' : ''}
            src=${view.src!}
            srcset=${ifDefined(view.srcset)}
            sizes=${ifDefined(view.sizes)}
            alt=${altText ?? ''}
            lang=${ifDefined(view.alt?.lang)}
            width=${ifDefined(view.width)}
            height=${ifDefined(view.height)}
            loading="lazy"
            decoding="async"
            @error=${this.onError}
          /></button>`
    }${this.renderCaption('caption', view)}</figure>${
      broken
        ? nothing
        : html`<dialog part="dialog" aria-label=${name ?? msg('Photo')}
          @close=${this.onClose} @pointerdown=${this.onDialogPointerDown}
          @click=${this.onDialogClick}>
          <div part="toolbar" class="toolbar">
            <button part="zoom-button" type="button"
              aria-pressed=${this.zoomed ? 'true' : 'false'}
              @click=${() => (this.zoomed = !this.zoomed)}>${msg('Actual size')}</button>
            <button part="close-button" type="button" autofocus @click=${() => this.close()}>${msg('Close')}</button>
          </div>
          <div part="stage" class=${this.zoomed ? 'stage zoomed' : 'stage'} tabindex=${ifDefined(this.zoomed ? 0 : undefined)}>${
            this.opened
              ? html`<img
                part="lightbox-image"
                src=${view.src!}
                srcset=${ifDefined(this.brokenSrcset === view.srcset ? undefined : view.srcset)}
                sizes="100vw"
                alt=${altText ?? ''}
                lang=${ifDefined(view.alt?.lang)}
                @error=${this.onLightboxError}
              />`
              : nothing
          }</div>
          ${this.renderCaption('lightbox-caption', view)}
        </dialog>`
    }`;
  }
}
