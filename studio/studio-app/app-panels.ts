/**
 * The studio's panels around the form: saved drafts, import, the problem summary and export.
 * Functions of the app (studio-app.ts), which keeps the state they show and does what they ask.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { fileName } from '../export.js';
import { studioLocale } from '../localization.js';
import type { StudioApp } from './studio-app.js';

const readFile = (input: HTMLInputElement) => input.files?.[0]?.text();

export function draftsPanel(app: StudioApp) {
  const others = app.drafts.filter((draft) => draft.id !== app.draftId);
  const time = new Intl.DateTimeFormat(studioLocale(), { dateStyle: 'medium', timeStyle: 'short' });
  return html`<section class="panel drafts" aria-labelledby="drafts-heading">
    <h2 id="drafts-heading">${msg('Drafts')}</h2>
    ${
      others.length
        ? html`<p>${msg('Drafts saved in this browser, the latest first. Open one to go on with it.')}</p>
          <ul class="draft-list">
            ${others.map(
              (draft) =>
                html`<li>
                  <span class="draft-title">${draft.title}</span> <time datetime=${new Date(draft.updated).toISOString()}>${time.format(draft.updated)}</time>
                  <span class="draft-tools">
                    <button type="button" class="small"
                      aria-label=${msg(str`Open “${draft.title}”`)}
                      @click=${() => void app.openDraft(draft.id)}>${msg('Open')}</button>
                    <button type="button" class="small danger" aria-label=${msg(str`Delete “${draft.title}”`)} @click=${() => void app.removeDraft(draft.id)}>
                      ${msg('Delete')}
                    </button>
                  </span>
                </li>`,
            )}
          </ul>`
        : html`<p>${msg('Your work is saved in this browser as you type; other drafts show here.')}</p>`
    }
    <button type="button" @click=${() => app.newDraft()}>${msg('New blank draft')}</button>
  </section>`;
}

export function importPanel(app: StudioApp) {
  const baseUrl = () => document.querySelector<HTMLInputElement>('#import-base')?.value.trim() || undefined;
  const importPasted = (event: Event) => {
    const textarea = (event.target as HTMLElement).closest('section')!.querySelector('textarea')!;
    if (textarea.value.trim()) app.importText(textarea.value, baseUrl());
  };
  return html`<section class="panel import" aria-labelledby="import-heading">
    <h2 id="import-heading">${msg('Import an article')}</h2>
    <label for="import-text">${msg('Paste the article’s text or HTML')}</label>
    <textarea id="import-text" rows="5"></textarea>
    <label for="import-base">${msg('The article’s web address, if its images have relative addresses (optional)')}</label>
    <input id="import-base" type="url" placeholder="https://example.org/news/2023-06-29.html" />
    <div class="actions">
      <button type="button" @click=${importPasted}>${msg('Make a draft from it')}</button>
      <label class="file"
        >${msg('Or open a saved page (.html, .txt)')}
        <input
          type="file"
          accept=".html,.htm,.txt,text/html,text/plain"
          @change=${async (event: Event) => {
            const text = await readFile(event.target as HTMLInputElement);
            if (text !== undefined) app.importText(text, baseUrl());
          }}
      /></label>
      <label class="file"
        >${msg('Or open an event JSON')}
        <input
          type="file"
          accept=".json,application/json"
          @change=${async (event: Event) => {
            const text = await readFile(event.target as HTMLInputElement);
            if (text !== undefined) app.openJson(text);
          }}
      /></label>
    </div>
    <p class="status" role="status">${app.status}</p>
  </section>`;
}

export function problemSummary(app: StudioApp) {
  const problems = app.problems;
  return html`<section class="panel summary ${problems.length ? 'has-problems' : ''}" id="problem-summary" tabindex="-1" aria-labelledby="summary-heading">
    <h2 id="summary-heading">
      ${problems.length === 0 ? msg('No problems: the document is ready') : problems.length === 1 ? msg('1 problem') : msg(str`${problems.length} problems`)}
    </h2>
    ${
      problems.length
        ? html`<ul>
          ${problems.map(
            (problem) =>
              html`<li>
                <a
                  href=${`#${problem.id}`}
                  @click=${(event: Event) => {
                    event.preventDefault();
                    void app.focusField(problem);
                  }}
                  >${problem.label || msg('The document')}</a
                >: ${problem.text}
              </li>`,
          )}
        </ul>`
        : nothing
    }
  </section>`;
}

export function exportPanel(app: StudioApp) {
  const name = fileName(app.draft as object);
  return html`<section class="panel export" aria-labelledby="export-heading">
    <h2 id="export-heading">${msg('Export')}</h2>
    <div class="actions">
      <button type="button" @click=${() => app.download()}>${msg(str`Download ${name}`)}</button>
      <button type="button" @click=${() => void app.copy('json')}>${msg('Copy the JSON')}</button>
    </div>
    <label for="asset-url">${msg('Address of the folder with event-highlights.js and the JSON on your site')}</label>
    <input
      id="asset-url"
      type="url"
      placeholder="https://example.org/assets/event-highlights/"
      .value=${app.assetUrl}
      @change=${(event: Event) => app.setAssetUrl((event.target as HTMLInputElement).value)}
    />
    <div class="actions">
      <button type="button" @click=${() => void app.copy('snippet')}>${msg('Copy the HTML snippet for a CMS')}</button>
    </div>
    ${
      app.copied
        ? html`<label for="copied-text">${msg('Last copied')}</label><textarea id="copied-text" readonly rows="6" .value=${app.copied}></textarea>`
        : nothing
    }
  </section>`;
}
