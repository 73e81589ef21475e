import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import { EventHighlightsElement } from '../internal/base-element.js';
import { fire, SpeechToggleEvent } from '../internal/events.js';
import { nameWithHonorific } from '../internal/honorific.js';
import { SlotContent } from '../internal/slot-content.js';
import { safeUrl } from '../internal/safe-url.js';
import { isCountryCode } from '../model/iso-3166.js';
import { Honorific as HonorificSchema } from '../model/schema.js';
import { resolveText, type ResolvedText } from '../model/text.js';
import type { EventArticle, Honorific, Speech, Text } from '../model/types.js';
import { ownData } from '../model/harden.js';
import { validateSpeech, type ValidationResult } from '../model/validate.js';
import { speechBlockStyles } from './speech-block.styles.js';
import { renderSpeaker, type Speaker } from './speaker.js';

/**
 * A speech of an event: the speaker (portrait, name with a localized honorific, role,
 * organisation, country, a "Participant representative" label), an optional pull quote and the
 * paragraphs. Long speeches collapse behind a "Read more" button; nothing collapses in print.
 *
 * Data comes from the `speech` property (a speech of the event model), or from hand-written
 * HTML: the attributes below and the paragraphs as light-DOM content, which is readable before
 * the script loads and by search engines:
 *
 * ```html
 * <speech-block speaker="Chen Jianfeng" honorific="mr" speaker-role="Vice President"
 *   organization="Shanghai Business School" country="CN" portrait="/img/chen.jpg">
 *   <h3 slot="heading">Speech by Mr. Chen Jianfeng</h3>
 *   <p>Mr. Chen Jianfeng indicated that…</p>
 *   <blockquote slot="quote">…</blockquote>
 * </speech-block>
 * ```
 *
 * When `speech` is set it wins: everything shown comes from it, and light-DOM content stays in
 * the page, unshown, for search engines and readers without scripts.
 *
 * The speaker's role is `speaker-role`, not `role`, because `role` is the global ARIA attribute:
 * on the element it would give the element an ARIA role (an invalid one, for a job title).
 *
 * Language: the speech text is marked with its own language (`speech.lang`, the language of a
 * text map entry, or, for light-DOM content, its own `lang` or the element's), while the
 * element's own words (honorific, labels, button, country name) are marked with the reader's
 * locale.
 *
 * The portrait is `speech.photo` or `portrait`. Without one, and for a placeholder image
 * (`photo.placeholder`), the speaker's initials stand in for it.
 *
 * Invalid `speech` data shows a localized error and logs the fields at fault; an unsafe or
 * broken portrait URL falls back to the initials; an unknown country code is shown as it is.
 * Each logs a console message naming the field.
 *
 * Layout: a block (`display: block`, yours to change); `hidden` hides it whatever display a page
 * gives the tag. Without data it renders nothing and takes no room. Moved or reattached, it keeps
 * its expanded or collapsed state and measures again where it lands.
 *
 * @tagname speech-block
 * @summary A speech: speaker, pull quote and paragraphs, collapsible when long.
 *
 * @fires {SpeechToggleEvent} eh-speech-expand - The reader opened a collapsed speech ("Read more", or focus moving into its hidden part).
 * @fires {SpeechToggleEvent} eh-speech-collapse - The reader collapsed it again ("Show less").
 *
 * @slot - The speech's paragraphs (`<p>` elements), when there is no `speech` property.
 * @slot heading - A heading of your own (`<h3 slot="heading">Speech by …</h3>`), instead of the `heading` attribute:
 *   it keeps its own level and reads as the article's heading without the script.
 * @slot quote - A pull quote (`<blockquote>`), shown above the paragraphs with the speaker as its attribution.
 *
 * @csspart base - The outer box.
 * @csspart header - Heading and speaker.
 * @csspart seminar - The name of the speech's seminar, above the heading (when the article reports more than one seminar, or from the `seminar` attribute).
 * @csspart heading - The speech's heading (`speech.heading` or the `heading` attribute); a heading of level `heading-level` when that is set.
 * @csspart speaker - Portrait and speaker details.
 * @csspart portrait - The portrait's round box.
 * @csspart portrait-image - The portrait `<img>`.
 * @csspart monogram - The initials shown when there is no portrait, or it does not load.
 * @csspart name - The speaker's name with the honorific; the heading when there is no `heading` and `heading-level` is set.
 * @csspart honorific - The localized honorific ("Ms.", "Sra.", "女士"), before or after the name as the language places it.
 * @csspart representative - The "Participant representative" label (or `speech.roleLabel`).
 * @csspart role - The speaker's role or title.
 * @csspart organization - The speaker's organisation.
 * @csspart country - The speaker's country, by name.
 * @csspart quote - The pull quote's `<figure>`.
 * @csspart attribution - The pull quote's attribution (`<figcaption>`).
 * @csspart body - The paragraphs' box, clipped when collapsed.
 * @csspart toggle - The "Read more" / "Show less" button.
 * @csspart error - The error box shown for invalid data.
 *
 * @cssprop --eh-color-text - Text colour.
 * @cssprop --eh-color-text-muted - Secondary text colour (role, organisation, country).
 * @cssprop --eh-color-surface-sunken - Background of the initials.
 * @cssprop --eh-color-border - Rule under the header.
 * @cssprop --eh-color-accent - Accent colour (pull quote rule, label, button).
 * @cssprop --eh-color-focus - Focus ring colour.
 * @cssprop --eh-font-family - Font stack (default: inherited from the page; with `isolated`, a system-ui stack with Chinese fonts).
 * @cssprop --eh-font-size - Base font size (default: inherited from the page; with `isolated`, the reader's default size).
 * @cssprop --eh-space - Spacing.
 * @cssprop --eh-speech-portrait-size - Diameter of the portrait.
 */
export class SpeechBlock extends EventHighlightsElement {
  static override readonly tag = 'speech-block';
  static override styles = [EventHighlightsElement.styles, speechBlockStyles];

  /** The speech to show (a speech of the event model). Takes precedence over the attributes and light-DOM content. */
  @property({ attribute: false }) speech: Speech | undefined;

  /**
   * The article the speech belongs to. When it reports more than one seminar, the speech shows
   * the name of its seminar (`speech.seminar`): two speeches by the same speaker at two seminars
   * read as two speeches, not as one printed twice.
   */
  @property({ attribute: false }) event: EventArticle | undefined;

  /** The name of the speech's seminar, written by hand (shown as it is; `.event` does this for the model's speeches). */
  @property() seminar: string | undefined;

  /** The speaker's name, as written (never reordered). */
  @property() speaker: string | undefined;

  /** The speaker's honorific, localized when shown: `mr`, `ms`, `mrs`, `miss`, `dr`, `prof`, `his-excellency`, `her-excellency`. */
  @property() honorific: string | undefined;

  /**
   * The speaker's role or title, as free text ("Vice President"). Named `speaker-role` because
   * `role` is the global ARIA attribute.
   */
  @property({ attribute: 'speaker-role' }) speakerRole: string | undefined;

  /** The speaker's organisation. */
  @property() organization: string | undefined;

  /** The speaker's country: an ISO 3166-1 alpha-2 code such as `VE`, shown by name in the reader's language. */
  @property() country: string | undefined;

  /** URL of the speaker's portrait (http, https, relative or `data:image/*`). */
  @property() portrait: string | undefined;

  /** Marks the speaker as the participants' representative (a visible label). */
  @property({ type: Boolean }) representative = false;

  /** A heading for the speech ("Speech by the Participant Representative"). */
  @property() heading: string | undefined;

  /** Makes the heading (or, without one, the speaker's name) a heading of this level, 1 to 6. By default it is not a heading. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel: number | undefined;

  /**
   * Speeches taller than this many lines collapse to it behind a "Read more" button; `0` never
   * collapses. A speech at most two lines longer is shown whole: hiding a line or two behind a
   * button would save less room than the button takes.
   */
  @property({ attribute: 'collapsed-lines', type: Number }) collapsedLines = 10;

  @state() private expanded = false;
  @state() private overflowing = false;
  /** The portrait URL that failed to load: the initials show instead. */
  @state() private brokenPortrait: string | undefined;

  private get content(): HTMLElement | null {
    return this.renderRoot.querySelector('.content');
  }

  private validation: ValidationResult<Speech> | undefined;
  private portraitSrc: string | undefined;
  /** Measures the text's box when its size changes (it reports each box once when observing starts, too). */
  private readonly resize = new ResizeController(this, { target: null, skipInitial: true, callback: () => this.measure() });
  /** The text's box being measured (a new one when the template changes, after an error state say). */
  private measured: HTMLElement | undefined;
  private readonly slots = new SlotContent(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The text's height does not depend on the limit: measure now, without a second update.
    if (changed.has('collapsedLines') && this.hasUpdated) this.measure();
    if (changed.has('speech')) {
      this.validation = this.speech === undefined || this.speech === null ? undefined : validateSpeech(this.speech);
      for (const problem of this.validation?.problems ?? []) {
        this.reportProblem('error', problem.path ? `speech.${problem.path}`.replace('.[', '[') : 'speech', problem.expected, problem.received);
      }
    }
    if (changed.has('speech') || changed.has('portrait')) {
      const [field, src] = this.validation ? ['speech.photo.src', this.validation.value?.photo?.src] : ['portrait', this.portrait];
      this.portraitSrc = safeUrl(src, 'image');
      if (src && !this.portraitSrc) this.reportProblem('warn', field, 'an http(s), relative or data:image URL', JSON.stringify(src));
    }
    if (!this.validation && changed.has('honorific') && this.honorific && !HonorificSchema.options.includes(this.honorific as Honorific)) {
      this.reportProblem('warn', 'honorific', HonorificSchema.message as string, JSON.stringify(this.honorific));
    }
    if (!this.validation && changed.has('country') && this.country && !isCountryCode(this.country.toUpperCase())) {
      this.reportProblem('warn', 'country', 'an ISO 3166-1 alpha-2 country code such as "VE"', JSON.stringify(this.country));
    }
  }

  protected override updated(): void {
    // A new text box (the first render, or after an error state) is measured from now on. Observed
    // here, not by the controller's template directive, which observes again in any render, one
    // made off the page included, so the observation would outlive the element; and after this
    // update, since the controller asks for one when it starts observing.
    const content = this.content ?? undefined;
    if (content !== this.measured) {
      queueMicrotask(() => {
        if (content !== this.measured && this.isConnected && content?.isConnected) {
          if (this.measured) this.resize.unobserve(this.measured);
          this.resize.observe(content);
          this.measured = content;
        }
      });
    }
    this.content?.parentElement!.style.setProperty('--_lines', String(Number(this.collapsedLines) || 0));
  }

  /** Collapses the speech when it is taller than `collapsed-lines` (plus two) lines at the current width. */
  private measure(): void {
    const content = this.content;
    const lines = Number(this.collapsedLines);
    const lineHeight = content ? parseFloat(getComputedStyle(content).lineHeight) : 0;
    this.overflowing = !!content && lines > 0 && content.offsetHeight > (lines + 2) * lineHeight + 1;
  }

  private toggle(): void {
    this.expand(!this.expanded);
  }

  private expand(expanded: boolean): void {
    if (expanded === this.expanded) return;
    this.expanded = expanded;
    fire(this, () => new SpeechToggleEvent(expanded));
    // The button stays focused; after "Show less" it moves up with the text: keep it in view.
    if (!this.expanded) this.updateComplete.then(() => this.renderRoot.querySelector('button')?.scrollIntoView({ block: 'nearest' }));
  }

  /**
   * Language of hand-written attributes: the element's own or its nearest ancestor's `lang`, set
   * explicitly inside the shadow root because engines differ on inheriting it across the boundary.
   */
  private get contentLang(): string | undefined {
    return this.closest('[lang]')?.getAttribute('lang') || undefined;
  }

  /** The speaker, from `speech` or from the attributes. */
  private get speakerInfo(): Speaker | undefined {
    const locale = this.locale;
    const speech = this.validation?.value;
    // A placeholder image (`photo.placeholder`) stands in for a missing photo: the initials say that better in a small circle.
    const portrait = this.portraitSrc !== this.brokenPortrait && !speech?.photo?.placeholder ? this.portraitSrc : undefined;
    if (speech) {
      const text = (value: Text | undefined) => resolveText(value, locale, speech.lang);
      const person = speech.speaker;
      return {
        name: text(person.name)!,
        honorific: person.honorific,
        role: text(person.title),
        organization: text(person.organization),
        country: person.country,
        badge: text(speech.roleLabel) ?? (speech.role === 'participant-representative' ? { text: msg('Participant representative'), lang: locale } : undefined),
        portrait,
        portraitAlt: text(speech.photo?.alt),
        nameOrder: person.nameOrder,
        focus: speech.photo?.focus,
      };
    }
    const lang = this.contentLang;
    const plain = (value: string | undefined) => (value?.trim() ? { text: value.trim(), lang } : undefined);
    const name = plain(this.speaker);
    if (!name) return undefined;
    return {
      name,
      honorific: this.honorific as Honorific,
      role: plain(this.speakerRole),
      organization: plain(this.organization),
      country: this.country?.trim().toUpperCase() || undefined,
      badge: this.representative ? { text: msg('Participant representative'), lang: locale } : undefined,
      portrait,
      portraitAlt: undefined,
    };
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    if (this.validation && !this.validation.ok) {
      return html`<div lang=${locale}>${this.renderError({ title: msg('This speech cannot be shown: its data is not valid.') })}</div>`;
    }
    const speech = this.validation?.value;
    const speaker = this.speakerInfo;
    const heading = speech
      ? resolveText(speech.heading, locale, speech.lang)
      : this.heading?.trim()
        ? { text: this.heading.trim(), lang: this.contentLang }
        : undefined;
    const level = Math.round(Number(this.headingLevel));
    const headingAttrs = level >= 1 && level <= 6 ? { role: 'heading' as const, level: String(level) } : undefined;
    const quote = speech ? resolveText(speech.quote, locale, speech.lang) : undefined;
    const hasQuote = quote || (!speech && this.slots.has('quote'));
    const headingSlot = !speech && this.slots.has('heading');
    const collapsed = this.overflowing && !this.expanded;
    const name = speaker ? this.renderName(speaker) : nothing;
    const seminar = this.seminarName();
    return html`<div part="base" class="base">${
      heading || speaker || headingSlot || seminar
        ? html`<div part="header" class="header">${
            seminar ? html`<p part="seminar" class="seminar" lang=${ifDefined(seminar.lang)}>${seminar.text}</p>` : nothing
          }${
            headingSlot
              ? html`<slot name="heading"></slot>`
              : heading
                ? html`<p part="heading" class="heading" lang=${ifDefined(heading.lang)}
                  role=${ifDefined(headingAttrs?.role)}
                  aria-level=${ifDefined(headingAttrs?.level)}>${heading.text}</p>`
                : nothing
          }${
            speaker ? renderSpeaker(this.locale, () => this.onPortraitError(), speaker, name, heading || headingSlot ? undefined : headingAttrs) : nothing
          }</div>`
        : nothing
    }${
      hasQuote
        ? html`<figure part="quote" class="quote">${
            quote ? html`<blockquote lang=${ifDefined(quote.lang)}><p>${quote.text}</p></blockquote>` : html`<slot name="quote"></slot>`
          }${speaker ? html`<figcaption part="attribution"><span lang=${locale}>${msg('—')}</span> ${name}</figcaption>` : nothing}</figure>`
        : nothing
    }<div part="body" id="body" class="body ${collapsed ? 'collapsed' : ''}" @focusin=${this.onFocusIn}><div class="content">${
      speech
        ? speech.paragraphs.map((paragraph) => {
            const resolved = resolveText(paragraph, locale, speech.lang);
            return resolved ? html`<p lang=${ifDefined(resolved.lang)}>${resolved.text}</p>` : nothing;
          })
        : html`<slot></slot>`
    }</div></div>${
      this.overflowing
        ? html`<button part="toggle" type="button" lang=${locale}
          aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="body"
          @click=${this.toggle}>${this.expanded ? msg('Show less') : msg('Read more')}</button>`
        : nothing
    }</div>`;
  }

  /**
   * The seminar's name, when the reader needs it to tell speeches apart: from `.event` when the
   * article has more than one seminar, or the hand-written `seminar` attribute.
   */
  private seminarName(): ResolvedText | undefined {
    const event = ownData(this.event);
    const id = this.validation?.value?.seminar;
    const seminars = event && Array.isArray(event.seminars) ? event.seminars : [];
    if (this.validation?.value && seminars.length > 1 && id !== undefined) {
      const seminar = seminars.find((candidate) => candidate && candidate.id === id);
      if (seminar) return resolveText(seminar.name, this.locale, event!.lang);
    }
    const written = this.seminar?.trim();
    return written ? { text: written, lang: this.contentLang } : undefined;
  }

  /** A link or button in the hidden part of a collapsed speech that gets focus opens the speech. */
  private onFocusIn(): void {
    if (this.overflowing) this.expand(true);
  }

  /** "Ms. Liu Beimin", "Sra. Liu Beimin", "Liu Beimin 女士": the honorific placed by the translation, the name as written. */
  private renderName(speaker: Speaker): TemplateResult {
    return nameWithHonorific(speaker.name, speaker.honorific, this.locale);
  }

  /** Loads the portrait again after it failed: the initials give way to it, or stay if it fails again. */
  reload(): void {
    this.brokenPortrait = undefined;
  }

  /** A portrait that does not load leaves no broken image: the initials show instead. */
  private onPortraitError(): void {
    // Removed while the portrait loaded: no message for an element that is not on the page.
    if (this.isConnected)
      this.reportProblem('warn', this.validation ? 'speech.photo.src' : 'portrait', 'an image that loads', JSON.stringify(this.portraitSrc));
    this.brokenPortrait = this.portraitSrc;
  }
}
