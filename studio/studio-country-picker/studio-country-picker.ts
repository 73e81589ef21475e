/**
 * A country picker: a combobox with a list of countries named in the studio's language
 * (Intl.DisplayNames, through the library's countryName), searchable by name (with or without
 * accents), by English name or by code. It follows the ARIA Authoring Practices' combobox with
 * list autocomplete: Down/Up move through the list, Enter picks, Escape closes it (and, when it
 * is closed, puts back the country picked), Alt+Down opens it; focus stays in the text box.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { countryName } from '../../src/internal/intl.js';
import { ISO_3166_ALPHA2 } from '../../src/model/iso-3166.js';
import { studioLocale } from '../localization.js';

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** At most this many options show at once: the list stays quick to read and to render. */
const SHOWN = 60;

@customElement('studio-country-picker')
export class StudioCountryPicker extends LitElement {
  /** The id of the text box, for the field's <label for>. */
  @property({ attribute: false }) inputId = '';
  /** An accessible name when no <label> names the text box. */
  @property({ attribute: false }) label: string | undefined;
  /** The country code picked ("" for none). */
  @property({ attribute: false }) value = '';
  @property({ attribute: false }) describedBy: string | undefined;
  @property({ attribute: false }) invalid = false;

  /** The text typed, while the editor searches; undefined shows the picked country's name. */
  @state() private query: string | undefined;
  @state() private open = false;
  @state() private active = -1;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  // Light DOM: the field's <label for> and the form's aria-describedby reach the text box by id.
  protected override createRenderRoot() {
    return this;
  }

  private get matching(): { code: string; name: string }[] {
    const locale = studioLocale();
    const all = [...ISO_3166_ALPHA2].map((code) => ({ code, name: countryName(code, locale) }));
    const query = fold(this.query ?? '').trim();
    const found = query
      ? all.filter(({ code, name }) => fold(name).includes(query) || fold(countryName(code, 'en')).includes(query) || code.toLowerCase() === query)
      : all;
    return found.sort((a, b) => a.name.localeCompare(b.name, locale)).slice(0, SHOWN);
  }

  private pick(code: string): void {
    this.query = undefined;
    this.open = false;
    this.active = -1;
    if (code !== this.value) this.dispatchEvent(new CustomEvent('studio-pick', { detail: code, bubbles: true, composed: true }));
  }

  private onKeyDown(event: KeyboardEvent): void {
    const matches = this.matching;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open) {
        this.open = true;
        this.active = event.altKey ? -1 : event.key === 'ArrowDown' ? 0 : matches.length - 1;
        return;
      }
      if (event.altKey) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + matches.length) % matches.length;
    } else if (event.key === 'Enter' && this.open && matches[this.active]) {
      event.preventDefault();
      this.pick(matches[this.active]!.code);
    } else if (event.key === 'Escape') {
      if (this.open) {
        event.preventDefault();
        event.stopPropagation();
        this.open = false;
        this.active = -1;
      } else if (this.query !== undefined) {
        event.preventDefault();
        this.query = undefined;
      }
    }
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = this.query.trim() ? 0 : -1;
    if (this.query.trim() === '') this.pick('');
  }

  /** Leaving the box: a name typed out in full is picked; anything else goes back to the country picked. */
  private onBlur(): void {
    if (this.query !== undefined) {
      const typed = fold(this.query).trim();
      const exact = this.matching.find(({ code, name }) => fold(name) === typed || code.toLowerCase() === typed);
      if (exact) this.pick(exact.code);
      this.query = undefined;
    }
    this.open = false;
    this.active = -1;
  }

  override render() {
    const listId = `${this.inputId}-list`;
    const matches = this.open ? this.matching : [];
    const shown = this.query ?? (this.value ? countryName(this.value, studioLocale()) : '');
    const activeId = this.open && matches[this.active] ? `${listId}-${matches[this.active]!.code}` : undefined;
    return html`<div class="combobox">
      <input
        id=${this.inputId}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${ifDefined(activeId)}
        aria-label=${ifDefined(this.label)}
        aria-describedby=${ifDefined(this.describedBy)}
        aria-invalid=${ifDefined(this.invalid ? 'true' : undefined)}
        placeholder=${msg('Type to search')}
        .value=${live(shown)}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @blur=${this.onBlur}
        @focus=${(event: Event) => (event.target as HTMLInputElement).select()}
      />
      ${this.open && matches.length === 0 ? html`<p class="empty">${msg('No country matches.')}</p>` : nothing}
      <ul role="listbox" id=${listId} aria-label=${msg('Countries')} ?hidden=${!this.open || matches.length === 0}>
        ${matches.map(
          ({ code, name }, i) =>
            html`<li
              role="option"
              id=${`${listId}-${code}`}
              aria-selected=${i === this.active ? 'true' : 'false'}
              class=${code === this.value ? 'picked' : ''}
              @mousedown=${(event: Event) => event.preventDefault()}
              @click=${() => this.pick(code)}
            >
              ${name} <span class="code">${code}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  override updated(): void {
    if (this.open && this.active >= 0) this.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-country-picker': StudioCountryPicker;
  }
}
