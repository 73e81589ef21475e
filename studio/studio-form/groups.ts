/**
 * The form's structure, drawn from the schema (schema-walk.ts): an object is a group of fields, a
 * list is a repeating group whose items can be added, removed and moved (by buttons, so by
 * keyboard too), and every other node is a control (scalar-fields.ts, text-field.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { safeUrl } from '../../src/internal/safe-url.js';
import { fieldId, getAt, pathString, type Path } from '../paths.js';
import { emptyValue, type FieldNode } from '../schema-walk.js';
import { fieldLabel, itemLabel } from '../labels.js';
import { notes } from './field-shell.js';
import { resolveText } from '../../src/model/text.js';
import type { Text } from '../../src/model/types.js';
import { studioLocale } from '../localization.js';
import type { FormContext } from './form-context.js';
import { scalarControl } from './scalar-fields.js';
import { textField } from './text-field.js';
import { countsField } from './counts-field.js';

/** Whether any problem lies at or under `path`: its group opens so the editor sees it. */
const hasProblemsUnder = (context: FormContext, path: Path) => {
  const key = pathString(path);
  return [...context.problems.keys()].some((problem) => problem === key || problem.startsWith(`${key}.`) || problem.startsWith(`${key}[`));
};

const isEmpty = (value: unknown) =>
  value === undefined || (Array.isArray(value) && value.length === 0) || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);

export function renderNode(context: FormContext, node: FieldNode, path: Path, label: string, required: boolean): TemplateResult {
  switch (node.kind) {
    case 'object':
      return objectGroup(context, node, path, label);
    case 'list':
      return listGroup(context, node, path, label);
    case 'text':
      return textField(context, path, label, required, node.multiline);
    case 'counts':
      return countsField(context, path, label);
    default:
      return scalarControl(context, node, path, label, required);
  }
}

/** The fields of an object, without a frame (the document's own fields, an item of a list). */
export function objectFields(context: FormContext, node: Extract<FieldNode, { kind: 'object' }>, path: Path): TemplateResult {
  const parent = path.filter((key) => typeof key === 'string').at(-1) as string | undefined;
  const src = node.image ? safeUrl(getAt(context.root, [...path, 'src']), 'image') : undefined;
  return html`${node.entries.map(({ key, node: child, required }) => renderNode(context, child, [...path, key], fieldLabel(key, parent), required))}
  ${
    node.image
      ? html`<figure class="image-preview">
        ${
          src
            ? html`<img src=${src} alt="" loading="lazy" />`
            : html`<p class="hint">${msg('The image shows here when its address is a web address (http or https) or a data:image URL.')}</p>`
        }
      </figure>`
      : nothing
  }`;
}

/**
 * A group that opens and closes. Its fields are drawn only while it is open: a long article's
 * form stays a few hundred elements, quick to update at each keystroke.
 */
function disclosure(context: FormContext, path: Path, id: string, summary: TemplateResult, auto: boolean, body: () => TemplateResult, className = 'group') {
  const open = context.isOpen(path, auto || hasProblemsUnder(context, path));
  return html`<details
    class=${className}
    id=${id}
    .open=${open}
    @toggle=${(event: Event) => {
      event.stopPropagation();
      const details = event.currentTarget as HTMLDetailsElement;
      if (details.open !== open) context.setOpen(path, details.open);
    }}
  >
    <summary>${summary}</summary>
    ${open ? html`<div class="group-body">${body()}</div>` : nothing}
  </details>`;
}

/** A nested object: open at the top of the form when it holds something, or when a problem is inside. */
function objectGroup(context: FormContext, node: Extract<FieldNode, { kind: 'object' }>, path: Path, label: string): TemplateResult {
  const value = getAt(context.root, path);
  return disclosure(
    context,
    path,
    fieldId(path),
    html`${label}`,
    path.length === 1 && !isEmpty(value),
    () => html`${notes(context, path)}${objectFields(context, node, path)}`,
  );
}

/** What an item of a list is about, for its summary: its name, title or heading, or its speaker's name. */
function itemGist(context: FormContext, path: Path): string {
  for (const key of ['name', 'title', 'heading', 'outlet', 'city', 'place', 'caption', 'role']) {
    const text = resolveText(getAt(context.root, [...path, key]) as Text | undefined, studioLocale(), context.lang)?.text;
    if (text) return text.length > 60 ? `${text.slice(0, 60)}…` : text;
  }
  const speaker = resolveText(getAt(context.root, [...path, 'speaker', 'name']) as Text | undefined, studioLocale(), context.lang)?.text;
  return speaker ?? '';
}

function listGroup(context: FormContext, node: Extract<FieldNode, { kind: 'list' }>, path: Path, label: string): TemplateResult {
  const value = getAt(context.root, path);
  const items = Array.isArray(value) ? value : [];
  const full = node.max !== undefined && items.length >= node.max;
  const add = () => {
    // A new item opens, so the editor can fill it in.
    context.setOpen([...path, items.length], true);
    context.edit([...path, items.length], emptyValue(node.item));
  };
  return disclosure(
    context,
    path,
    fieldId(path),
    html`${label} <span class="count">(${items.length})</span>`,
    path.length === 1 && items.length > 0,
    () =>
      html`${notes(context, path)}
        ${
          items.length
            ? html`<ol class="items">
              ${items.map((_, i) => listItem(context, node, [...path, i], label, i, items.length))}
            </ol>`
            : nothing
        }
        <button type="button" id=${`${fieldId(path)}-add`} ?disabled=${full} @click=${add}>${msg(str`Add to ${label}`)}</button>`,
    'group list',
  );
}

function listItem(context: FormContext, node: Extract<FieldNode, { kind: 'list' }>, path: Path, label: string, i: number, count: number): TemplateResult {
  const name = itemLabel(label, i + 1);
  const id = fieldId(path);
  const tools = html`<div class="item-tools" role="group" aria-label=${name}>
    <button
      type="button"
      class="small"
      id=${`${id}-up`}
      aria-label=${msg(str`Move up ${name}`)}
      ?disabled=${i === 0}
      @click=${() => context.reorder(path, -1)}
    >
      ${msg('Move up')}
    </button>
    <button
      type="button"
      class="small"
      id=${`${id}-down`}
      aria-label=${msg(str`Move down ${name}`)}
      ?disabled=${i === count - 1}
      @click=${() => context.reorder(path, 1)}
    >
      ${msg('Move down')}
    </button>
    <button type="button" class="small danger" id=${`${id}-remove`} aria-label=${msg(str`Remove ${name}`)} @click=${() => context.reorder(path, undefined)}>
      ${msg('Remove')}
    </button>
  </div>`;
  if (node.item.kind === 'object') {
    const item = node.item;
    const gist = itemGist(context, path);
    return html`<li class="item">
      ${disclosure(
        context,
        path,
        `${id}-group`,
        html`${name}${gist ? html`: <span class="gist">${gist}</span>` : nothing}`,
        false,
        () => html`${notes(context, path)}${objectFields(context, item, path)}`,
        'item-body',
      )}
      ${tools}
    </li>`;
  }
  return html`<li class="item scalar">${renderNode(context, node.item, path, name, true)}${tools}</li>`;
}
