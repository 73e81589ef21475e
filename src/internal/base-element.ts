import { LitElement, html, nothing, render, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { describeError } from '../model/describe.js';
import { currentLocale, localeArrival, localeReady, startLocalization, type SupportedLocale } from './locale.js';
import { warmIntl } from './intl.js';
import { followLocale, unfollowLocale } from './locale-hosts.js';
import { baseStyles } from './styles.js';
import { followScheme, unfollowScheme } from './scheme.js';
import { hostStates } from './host-states.js';
import { defineElement, LIBRARY_BRAND } from './define.js';

/** Resolves in a later task, after the page's input and rendering have had their turn. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/** What an element shows in its error state. */
export interface ErrorView {
  title: string;
  detail?: string;
  retryLabel?: string;
  onRetry?: () => void;
}

/**
 * Base of every event-highlights element: follows the page's locale, shares the base styles,
 * and reports problems in one format that names the element, the field, what was expected and
 * what came.
 */
export class EventHighlightsElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** The tag this class registers under by default (`event-card` for `EventCard`). */
  static readonly tag: string = '';

  /** Tells the guard in `define.ts` that a class is this library's, whichever copy of it defined it. */
  static readonly [LIBRARY_BRAND] = true;

  /**
   * Registers the element under `tag` (default: its own name, which importing
   * `event-highlights/<tag>` or the bundle does already). For a page whose own `<event-card>` (say)
   * took the name first: `EventCard.define('eh-event-card')` registers ours as `<eh-event-card>`.
   * A name that is taken already is left as it is, with a console warning that says by whom.
   */
  static define(tag?: string): void {
    defineElement(tag ?? this.tag, this, this.tag);
  }

  /**
   * Forces the light or dark theme: `light` or `dark`. By default the element is light or dark as
   * the background behind it is (the page's backgrounds, or its canvas by its `color-scheme` and
   * the system's setting); see the README's Theming section.
   */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /**
   * Keeps the page's font out: without it the element takes the font family and size it inherits
   * from its parent (unless `--eh-font-family` / `--eh-font-size` are set); with it, the
   * library's own font stack at the reader's default size.
   */
  @property({ type: Boolean, reflect: true }) isolated = false;

  /** The locale of the last render: a change made while the element was off the page shows when it comes back. */
  private renderedLocale: SupportedLocale | undefined;

  /**
   * Rendered on a server (event-highlights/ssr): the element came with its declarative shadow
   * root. Upgraded elements have it when they are constructed; elements made by script do not.
   */
  protected readonly serverRendered = !!this.shadowRoot;

  override connectedCallback(): void {
    startLocalization();
    super.connectedCallback();
    // Rendered again when the locale changes (one listener for the page, not one per element).
    followLocale(this);
    // Light or dark as the background behind the element is (see scheme.ts), unless `theme` says.
    followScheme(this);
    // A page without a doctype (quirks mode) lays some boxes out differently: the styles that
    // differ match :host(:state(quirks)) (see event-card.styles.ts).
    const states = hostStates(this);
    if (this.ownerDocument.compatMode === 'BackCompat') states?.add('quirks');
    else states?.delete('quirks');
    // Only connected elements follow the locale: one that missed a change while away renders again.
    if (this.hasUpdated && this.renderedLocale !== currentLocale()) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unfollowLocale(this);
    unfollowScheme(this);
  }

  /**
   * The first render waits for the page's language when its translations are still loading (a
   * chunk beside the bundle; at most FIRST_RENDER_WAIT ms, see locale.ts): no flash of English.
   * A server-rendered element waits however long it takes: it hydrates in the page's language, the
   * one the server rendered in; rendered in English instead, its templates would not match the
   * server's (a hydration mismatch). It also hydrates in a task of its own (#18): a page's elements
   * hydrating one after another in the task that loads them made one long task of all of them
   * (224 ms under Lighthouse's mobile CPU on the demo article), while the server's shadow DOM is on
   * screen meanwhile anyway.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waiting = this.hasUpdated ? undefined : this.serverRendered ? localeReady().then(nextTask) : localeArrival();
    return waiting ? waiting.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    this.renderedLocale = currentLocale();
    super.update(changed);
    // After the first render (a skeleton, for an element waiting for its `src`): the locale's Intl
    // formatters are built while the page is idle, not in the task that renders the data.
    if (!this.hasUpdated) warmIntl(this.renderedLocale);
  }

  /** Public properties set since the last update, for the safety net's console message. */
  private readonly changing = new Set<string>();
  private failedField: string | undefined;

  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    const [name, , given] = args;
    // A property's setter passes its options: looked up here only for a bare requestUpdate(name).
    if (typeof name === 'string' && !Object.hasOwn(given ?? (this.constructor as typeof LitElement).getPropertyOptions(name), 'state'))
      this.changing?.add(name);
    super.requestUpdate(...args);
  }

  /**
   * The safety net under every element: an exception while preparing or rendering (data whose
   * getter throws, a proxy that refuses to be read, anything unforeseen) ends in the error state
   * and one console message, not in an uncaught error and an element left empty or half drawn.
   * The next update that succeeds replaces the error with the content.
   */
  protected override performUpdate(): void {
    // The console names what had just been set (`photo`, `event`...), since that is what failed;
    // a later update that fails again (a new locale, say) names the same.
    // Data properties (set from script, not attributes) are the ones whose reading can throw.
    let set = '';
    if (this.changing.size) {
      const changing = [...this.changing];
      const data = changing.filter((name) => (this.constructor as typeof LitElement).getPropertyOptions(name).attribute === false);
      set = (data.length ? data : changing).join(', ');
    }
    const field = set || this.failedField || 'data';
    this.changing.clear();
    try {
      super.performUpdate();
      if (set) this.failedField = undefined;
    } catch (error) {
      this.failedField = field;
      this.reportProblem('error', field, 'data that can be read and shown', describeError(error));
      render(
        this.renderError({ title: msg('This content cannot be shown.'), detail: msg('Its data could not be read.') }),
        this.renderRoot,
        this.renderOptions,
      );
    }
  }

  /** The locale this element renders in now. */
  protected get locale(): SupportedLocale {
    return currentLocale();
  }

  /** Logs a problem with this element's input: `<event-card>: event.title: expected ..., received ...`. */
  protected reportProblem(level: 'warn' | 'error', field: string, expected: string, received: string): void {
    console[level](`<${this.localName}>: ${field}: expected ${expected}, received ${received}`);
  }

  protected renderError(view: ErrorView): TemplateResult {
    return html`<div class="error" part="error" role="alert">
      <strong>${view.title}</strong>
      ${view.detail ? html`<span>${view.detail}</span>` : nothing}
      ${view.onRetry ? html`<button part="retry-button" type="button" @click=${view.onRetry}>${view.retryLabel}</button>` : nothing}
    </div>`;
  }
}
