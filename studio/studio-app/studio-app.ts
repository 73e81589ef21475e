/**
 * The event studio: import an article (or open a JSON, or start blank), edit the draft in a form
 * drawn from the model, see the validator's problems beside their fields and the draft as a
 * reader sees it, and export the JSON or a snippet for a CMS. Drafts are kept in IndexedDB as the
 * editor works and offered back on the next visit. The panels are drawn by app-panels.ts; this
 * class keeps the state and does the work.
 */
import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { resolveText } from '../../src/model/text.js';
import type { EventArticle, Text } from '../../src/model/types.js';
import { History } from '../history.js';
import { deleteDraft, listDrafts, loadDraft, newDraftId, saveDraft, type Draft } from '../drafts.js';
import { setAt } from '../paths.js';
import { nodeAt } from '../schema-walk.js';
import { checkDraft, type PlacedProblem } from '../problems.js';
import { cmsSnippet, fileName, toJson } from '../export.js';
import { draftFromArticle } from '../import-draft.js';
import { setStudioLocale, startStudioLocalization } from '../localization.js';
import { studioStyles } from '../styles.js';
import type { Finding } from '../studio-form/form-context.js';
import type { EditDetail } from '../studio-form/studio-form.js';
import { PREVIEW_WIDTHS } from '../studio-preview/studio-preview.js';
import { draftsPanel, exportPanel, importPanel, problemSummary } from './app-panels.js';
import '../studio-form/define.js';
import '../studio-preview/define.js';

const ASSET_KEY = 'event-studio:asset-url';
const LOCALE_KEY = 'event-studio:locale';

const BLANK = (): unknown => ({ title: '', seminars: [{ id: 'seminar-1', name: '' }] });

@customElement('studio-app')
export class StudioApp extends LitElement {
  /** The draft now (`history.present`) and the steps to undo and redo. */
  readonly history = new History<unknown>(BLANK());

  @state() draftId: string | undefined;
  @state() drafts: Draft[] = [];
  @state() problems: PlacedProblem[] = [];
  @state() byField = new Map<string, string[]>();
  @state() findings = new Map<string, Finding[]>();
  @state() lastValid: EventArticle | undefined;
  @state() valid = false;
  @state() announcement = '';
  @state() status = '';
  @state() previewWidth: (typeof PREVIEW_WIDTHS)[number] = 390;
  @state() previewTheme: 'light' | 'dark' = 'light';
  @state() assetUrl = localStorage.getItem(ASSET_KEY) ?? '';
  /** Resolves when the draft last changed is in IndexedDB (tests and the page's unload wait on it). */
  saved: Promise<void> = Promise.resolve();

  constructor() {
    super();
    startStudioLocalization();
    updateWhenLocaleChanges(this);
    this.check();
  }

  // Light DOM: one id space for the form, the problem summary and aria-describedby.
  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!document.adoptedStyleSheets.includes(studioStyles)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, studioStyles];
    this.addEventListener('keydown', this.onKeyDown);
    void this.refreshDrafts();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
  }

  get draft(): unknown {
    return this.history.present;
  }

  /** Validates the draft and places its problems; announces when their number changes. */
  private check(): void {
    const before = this.problems.length;
    const { valid, problems, byField } = checkDraft(this.draft);
    this.valid = valid;
    this.problems = problems;
    this.byField = byField;
    if (valid) this.lastValid = this.draft as EventArticle;
    if (problems.length !== before) {
      const n = problems.length;
      this.announcement = n === 0 ? msg('No problems left.') : n === 1 ? msg('1 problem.') : msg(str`${n} problems.`);
    }
  }

  /** A change of the draft: into the history, checked, saved. */
  private change(next: unknown, field?: string): void {
    this.history.push(next, field);
    this.afterChange();
  }

  private afterChange(): void {
    this.check();
    this.requestUpdate();
    this.save();
  }

  private draftTitle(): string {
    const title = resolveText((this.draft as { title?: Text }).title, document.documentElement.lang || 'en', (this.draft as { lang?: string }).lang);
    return title?.text.trim() || msg('Untitled draft');
  }

  private save(): void {
    this.draftId ??= newDraftId();
    const draft: Draft = { id: this.draftId, title: this.draftTitle(), updated: Date.now(), event: this.draft };
    // One write after another, so the last change is the one that stays.
    this.saved = this.saved
      .then(() => saveDraft(draft))
      .catch(() => {
        this.status = msg('The draft could not be saved in this browser.');
      });
    void this.saved.then(() => this.refreshDrafts());
  }

  async refreshDrafts(): Promise<void> {
    try {
      this.drafts = await listDrafts();
    } catch {
      this.drafts = [];
    }
  }

  /** Starts from a document: imported, opened from a file or from the saved drafts. */
  private start(event: unknown, findings: Finding[] = [], id?: string): void {
    this.history.reset(event);
    this.draftId = id;
    const byPath = new Map<string, Finding[]>();
    for (const finding of findings) byPath.set(finding.path, [...(byPath.get(finding.path) ?? []), finding]);
    this.findings = byPath;
    this.querySelector('studio-form')?.resetGroups();
    this.check();
    this.requestUpdate();
    if (!id) this.save();
  }

  onEdit(detail: EditDetail): void {
    let next = setAt(this.draft, detail.path, detail.value);
    // An optional group emptied goes away, rather than stay as `{}` that the validator would question.
    for (let depth = detail.path.length - 1; depth > 0; depth--) {
      const path = detail.path.slice(0, depth);
      const at = nodeAt(path);
      const value = path.reduce<unknown>((object, key) => (object as Record<string | number, unknown> | undefined)?.[key], next);
      if (at && !at.required && at.node.kind === 'object' && value && typeof value === 'object' && Object.keys(value).length === 0) {
        next = setAt(next, path, undefined);
      } else break;
    }
    this.change(next, detail.typing ? detail.path.join('.') : undefined);
  }

  undo(): void {
    if (!this.history.canUndo) return;
    this.history.undo();
    this.announcement = msg('Undone.');
    this.afterChange();
  }

  redo(): void {
    if (!this.history.canRedo) return;
    this.history.redo();
    this.announcement = msg('Redone.');
    this.afterChange();
  }

  private onKeyDown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    // The paste box and the asset address keep the browser's own undo: they are not the draft.
    if ((event.target as Element).closest?.('.import, .export')) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    event.preventDefault();
  };

  importText(text: string, baseUrl?: string): void {
    const { event, findings } = draftFromArticle(text, baseUrl);
    this.start(event, findings);
    this.status = findings.length ? msg(str`Imported. ${findings.length} notes say what to check.`) : msg('Imported.');
  }

  openJson(text: string): void {
    try {
      this.start(JSON.parse(text));
      this.status = msg('JSON opened.');
    } catch {
      this.status = msg('This file is not JSON.');
    }
  }

  async openDraft(id: string): Promise<void> {
    const draft = await loadDraft(id);
    if (!draft) return;
    this.start(draft.event, [], draft.id);
    this.status = msg(str`Draft “${draft.title}” opened.`);
  }

  async removeDraft(id: string): Promise<void> {
    await deleteDraft(id);
    if (this.draftId === id) this.draftId = undefined;
    await this.refreshDrafts();
    this.status = msg('Draft deleted.');
  }

  newDraft(): void {
    this.start(BLANK());
    this.status = msg('New draft.');
  }

  setAssetUrl(url: string): void {
    this.assetUrl = url;
    localStorage.setItem(ASSET_KEY, url);
  }

  /** The document for export, or undefined (with the summary focused) while it has problems. */
  private exportable(): EventArticle | undefined {
    if (this.valid) return this.draft as EventArticle;
    this.status = msg('Fix the problems listed at the top first.');
    this.querySelector<HTMLElement>('#problem-summary')?.focus();
    return undefined;
  }

  download(): void {
    const event = this.exportable();
    if (!event) return;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([toJson(event)], { type: 'application/json' }));
    link.download = fileName(event);
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
    this.status = msg(str`Downloaded ${link.download}.`);
  }

  async copy(what: 'json' | 'snippet'): Promise<void> {
    const event = this.exportable();
    if (!event) return;
    const text = what === 'json' ? toJson(event) : cmsSnippet(event, this.assetUrl);
    this.copied = text;
    try {
      await navigator.clipboard.writeText(text);
      this.status = what === 'json' ? msg('JSON copied.') : msg('HTML snippet copied.');
    } catch {
      this.status = msg('The browser did not allow copying: the text is below, select it and copy it.');
    }
  }

  /** The text last copied, shown so that it can be copied by hand when the clipboard refuses. */
  @state() copied = '';

  async setLocale(locale: string): Promise<void> {
    localStorage.setItem(LOCALE_KEY, locale);
    await setStudioLocale(locale);
    this.check();
  }

  private onPreviewChange(detail: { name: string; value: unknown }): void {
    if (detail.name === 'locale') void this.setLocale(detail.value as string);
    if (detail.name === 'width') this.previewWidth = detail.value as (typeof PREVIEW_WIDTHS)[number];
    if (detail.name === 'theme') this.previewTheme = detail.value as 'light' | 'dark';
  }

  /** Shows the field a problem is about: opens the groups around it and puts focus in it. */
  async focusField(problem: PlacedProblem): Promise<void> {
    await this.querySelector('studio-form')?.reveal(problem.anchor);
    const id = problem.id;
    const target = document.getElementById(id) ?? document.getElementById(`${id}-group`);
    if (!target) return;
    for (let parent = target.parentElement; parent; parent = parent.parentElement) if (parent instanceof HTMLDetailsElement) parent.open = true;
    if (target instanceof HTMLDetailsElement) {
      target.open = true;
      target.querySelector('summary')?.focus();
      return;
    }
    const focusable = target.matches('input, select, textarea, button') ? target : target.querySelector<HTMLElement>('input, select, textarea, button');
    focusable?.focus();
  }

  override render() {
    const draft = this.draft;
    return html`<header class="studio-header">
        <h1>${msg('Event studio')}</h1>
        <div class="history-tools" role="group" aria-label=${msg('History')}>
          <button type="button" aria-keyshortcuts="Control+Z Meta+Z" ?disabled=${!this.history.canUndo} @click=${() => this.undo()}>${msg('Undo')}</button>
          <button type="button" aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z" ?disabled=${!this.history.canRedo} @click=${() => this.redo()}>
            ${msg('Redo')}
          </button>
        </div>
      </header>
      <div class="studio-layout">
        <main class="studio-main">
          ${draftsPanel(this)} ${importPanel(this)} ${problemSummary(this)}
          <studio-form
            .value=${draft}
            .problems=${this.byField}
            .findings=${this.findings}
            @studio-edit=${(event: CustomEvent<EditDetail>) => this.onEdit(event.detail)}
            @studio-announce=${(event: CustomEvent<string>) => (this.announcement = event.detail)}
          ></studio-form>
          ${exportPanel(this)}
        </main>
        <studio-preview
          class="studio-aside"
          .event=${this.lastValid}
          .current=${this.valid}
          .width=${this.previewWidth}
          .theme=${this.previewTheme}
          @studio-preview-change=${(event: CustomEvent<{ name: string; value: unknown }>) => this.onPreviewChange(event.detail)}
        ></studio-preview>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite" part="announcer">${this.announcement}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-app': StudioApp;
  }
}
