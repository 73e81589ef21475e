/**
 * The draft as a reader sees it, drawn by the library's own elements: the card, the attendees,
 * the speeches, the map, the photos and the credits. The editor picks the width (390, 768 or
 * 1280 px, in a frame that scrolls when the studio is narrower), light or dark, and the language
 * (which is the page's: the studio and the preview speak one language, see localization.ts).
 * Shown: the draft when it validates, else the last version that did, with a note that says so.
 */
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { EventArticle } from '../../src/model/types.js';
import { LANGUAGE_NAMES } from '../labels.js';
import { studioLocale } from '../localization.js';
import '../../src/index.js';

export const PREVIEW_WIDTHS = [390, 768, 1280] as const;

@customElement('studio-preview')
export class StudioPreview extends LitElement {
  /** The last valid version of the draft (undefined: none yet). */
  @property({ attribute: false }) event: EventArticle | undefined;
  /** Whether `event` is the draft as it is now. */
  @property({ attribute: false }) current = true;
  @property({ attribute: false }) width: (typeof PREVIEW_WIDTHS)[number] = 390;
  @property({ attribute: false }) theme: 'light' | 'dark' = 'light';

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override createRenderRoot() {
    return this;
  }

  private change(name: string, value: unknown): void {
    this.dispatchEvent(new CustomEvent('studio-preview-change', { detail: { name, value }, bubbles: true }));
  }

  private controls() {
    const locale = studioLocale();
    return html`<div class="preview-controls">
      <label
        >${msg('Language of the studio and the preview')}
        <select @change=${(event: Event) => this.change('locale', (event.target as HTMLSelectElement).value)}>
          ${Object.entries(LANGUAGE_NAMES).map(([tag, name]) => html`<option value=${tag} lang=${tag} ?selected=${tag === locale}>${name}</option>`)}
        </select></label
      >
      <fieldset class="segmented">
        <legend>${msg('Width')}</legend>
        ${PREVIEW_WIDTHS.map(
          (width) =>
            html`<label
              ><input type="radio" name="preview-width" .checked=${this.width === width} @change=${() => this.change('width', width)} />${width} px</label
            >`,
        )}
      </fieldset>
      <fieldset class="segmented">
        <legend>${msg('Theme')}</legend>
        <label
          ><input type="radio" name="preview-theme" .checked=${this.theme === 'light'} @change=${() => this.change('theme', 'light')} />${msg('Light')}</label
        >
        <label><input type="radio" name="preview-theme" .checked=${this.theme === 'dark'} @change=${() => this.change('theme', 'dark')} />${msg('Dark')}</label>
      </fieldset>
    </div>`;
  }

  private content(event: EventArticle) {
    const theme = this.theme;
    const hasMap = event.seminars.some((seminar) => seminar.participants?.countries?.length || seminar.participants?.region || seminar.visits?.length);
    return html`<event-card .event=${event} theme=${theme}></event-card>
      ${event.attendees?.length ? html`<attendee-list .event=${event} theme=${theme}></attendee-list>` : nothing}
      ${(event.speeches ?? []).map((speech) => html`<speech-block .event=${event} .speech=${speech} heading-level="3" theme=${theme}></speech-block>`)}
      ${hasMap ? html`<participant-country-map .event=${event} theme=${theme}></participant-country-map>` : nothing}
      ${(event.photos ?? []).map((photo) => html`<group-photo .photo=${photo} theme=${theme}></group-photo>`)}
      ${event.credits?.length ? html`<photo-credit .credits=${event.credits} theme=${theme}></photo-credit>` : nothing}`;
  }

  override render() {
    return html`<section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${msg('Preview')}</h2>
      ${this.controls()}
      ${
        this.current || !this.event
          ? nothing
          : html`<p class="note" role="note">${msg('The draft has problems: the preview shows its last version without problems.')}</p>`
      }
      <div class="preview-frame" data-theme=${this.theme}>
        <div class="preview-page" part="page" style=${`inline-size: ${this.width}px`}>
          ${this.event ? this.content(this.event) : html`<p class="note">${msg('The preview shows once the draft has a title and a seminar with a name.')}</p>`}
        </div>
      </div>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-preview': StudioPreview;
  }
}
