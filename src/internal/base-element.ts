import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { currentLocale, startLocalization, type SupportedLocale } from './locale.js';
import { followLocale, unfollowLocale } from './locale-hosts.js';
import { baseStyles } from './styles.js';
import { followScheme, unfollowScheme } from './scheme.js';
import { hostStates } from './host-states.js';

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

  /**
   * Keeps the page's font out: without it the element takes the font family and size it inherits
   * from its parent (unless `--eh-font-family` / `--eh-font-size` are set); with it, the
   * library's own font stack at the reader's default size.
   */
  @property({ type: Boolean, reflect: true }) isolated = false;

  /** The locale of the last render: a change made while the element was off the page shows when it comes back. */
  private renderedLocale: SupportedLocale | undefined;

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

  protected override update(changed: PropertyValues): void {
    this.renderedLocale = currentLocale();
    super.update(changed);
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
