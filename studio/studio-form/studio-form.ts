/**
 * The editor's form for a whole event document, drawn from the model's schema (schema-walk.ts,
 * groups.ts). It holds no copy of the draft: every change goes up as a `studio-edit` event
 * ({ path, value, typing }) and comes back as a new `value`.
 */
import { html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { ancestors, fieldId, getAt, pathString, type Path } from '../paths.js';
import { articleForm } from '../schema-walk.js';
import { fieldLabel } from '../labels.js';
import { renderNode } from './groups.js';
import type { Finding, FormContext } from './form-context.js';

export interface EditDetail {
  path: Path;
  value: unknown;
  /** A keystroke in a field: joined with the field's previous edit into one undo step. */
  typing: boolean;
}

/** The document's own fields in the order an editor reads an article; the rest follow in the model's order. */
const FIRST = ['title', 'kind', 'kindLabel', 'format', 'created', 'dates', 'venue', 'section', 'lang', 'summary'];
const LAST = ['url', 'id', '$schema', 'inferred', 'translations'];
const rank = (key: string) => (FIRST.includes(key) ? FIRST.indexOf(key) - 100 : LAST.includes(key) ? 100 + LAST.indexOf(key) : 0);

@customElement('studio-form')
export class StudioForm extends LitElement {
  @property({ attribute: false }) value: unknown = {};
  @property({ attribute: false }) problems = new Map<string, string[]>();
  @property({ attribute: false }) findings = new Map<string, Finding[]>();
  /** The groups the editor opened (true) or closed (false), by path; the others follow their content. */
  @state() private opened = new Map<string, boolean>();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  // Light DOM: the problem summary, the labels and aria-describedby share the page's ids.
  protected override createRenderRoot() {
    return this;
  }

  private edit(path: Path, value: unknown, typing = false): void {
    this.dispatchEvent(new CustomEvent<EditDetail>('studio-edit', { detail: { path, value, typing }, bubbles: true }));
  }

  /** Moves or removes a list's item, then puts focus where the editor's hand is: on the moved item's button, or the next item. */
  private async reorder(path: Path, by: number | undefined): Promise<void> {
    const listPath = path.slice(0, -1);
    const index = path.at(-1) as number;
    const list = [...((getAt(this.value, listPath) as unknown[] | undefined) ?? [])];
    const [item] = list.splice(index, 1);
    let focus: string;
    if (by === undefined) {
      const next = Math.min(index, list.length - 1);
      focus = next >= 0 ? `${fieldId([...listPath, next])}-remove` : `${fieldId(listPath)}-add`;
      this.announce(msg(str`Removed item ${index + 1}.`));
    } else {
      const target = index + by;
      list.splice(target, 0, item);
      focus = `${fieldId([...listPath, target])}-${by < 0 ? (target === 0 ? 'down' : 'up') : target === list.length - 1 ? 'up' : 'down'}`;
      this.announce(msg(str`Moved to place ${target + 1} of ${list.length}.`));
    }
    this.edit(listPath, list);
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#${CSS.escape(focus)}`)?.focus();
  }

  /** Opens every group around `path` (a problem's field), so that it can take focus. */
  async reveal(path: Path): Promise<void> {
    const opened = new Map(this.opened);
    for (const ancestor of ancestors(path)) opened.set(pathString(ancestor), true);
    this.opened = opened;
    await this.updateComplete;
  }

  /** Forgets the groups opened and closed (another document). */
  resetGroups(): void {
    this.opened = new Map();
  }

  private announce(text: string): void {
    this.dispatchEvent(new CustomEvent('studio-announce', { detail: text, bubbles: true }));
  }

  override render() {
    const form = articleForm();
    const root = this.value;
    const lang = (root as { lang?: unknown } | undefined)?.lang;
    const context: FormContext = {
      root,
      lang: typeof lang === 'string' ? lang : undefined,
      problems: this.problems,
      findings: this.findings,
      edit: (path, value, typing) => this.edit(path, value, typing),
      reorder: (path, by) => void this.reorder(path, by),
      isOpen: (path, auto) => this.opened.get(pathString(path)) ?? auto,
      setOpen: (path, open) => {
        this.opened = new Map(this.opened).set(pathString(path), open);
      },
    };
    const entries = [...form.entries].sort((a, b) => rank(a.key) - rank(b.key));
    return html`<form class="event-form" novalidate @submit=${(event: Event) => event.preventDefault()} aria-label=${msg('Event document')}>
      ${entries.map(({ key, node, required }) => renderNode(context, node, [key], fieldLabel(key), required))}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-form': StudioForm;
  }
}
