import { LitElement, html, nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { updateWhenLocaleChanges } from '@lit/localize';
import { currentLocale, startLocalization, type SupportedLocale } from './locale.js';
import { baseStyles } from './styles.js';

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

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    startLocalization();
    super.connectedCallback();
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
