/**
 * A field of the model's text type: one string in the article's language, or a map from language
 * tag to string (`{"en": "…", "zh-Hans": "…"}`). The editor starts with one box and adds
 * languages; each language is a row with its own box, and can be removed again.
 */
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { fieldId, getAt, type Path } from '../paths.js';
import { LANGUAGE_NAMES } from '../labels.js';
import { described, notes } from './field-shell.js';
import type { FormContext } from './form-context.js';

const LANGUAGES = Object.keys(LANGUAGE_NAMES);
const languageName = (tag: string) => (Object.hasOwn(LANGUAGE_NAMES, tag) ? LANGUAGE_NAMES[tag]! : tag);

function box(multiline: boolean, id: string, value: string, label: string | undefined, context: FormContext, path: Path, onInput: (text: string) => void) {
  const { describedBy, invalid } = described(context, path);
  const input = (event: Event) => onInput((event.target as HTMLInputElement).value);
  return multiline
    ? html`<textarea
        id=${id}
        rows="3"
        .value=${live(value)}
        aria-label=${ifDefined(label)}
        aria-invalid=${ifDefined(invalid)}
        aria-describedby=${ifDefined(describedBy)}
        @input=${input}
      ></textarea>`
    : html`<input
        id=${id}
        type="text"
        .value=${live(value)}
        aria-label=${ifDefined(label)}
        aria-invalid=${ifDefined(invalid)}
        aria-describedby=${ifDefined(describedBy)}
        @input=${input}
      />`;
}

export function textField(context: FormContext, path: Path, label: string, required: boolean, multiline: boolean): TemplateResult {
  const value = getAt(context.root, path);
  const id = fieldId(path);
  if (value === undefined || typeof value === 'string' || typeof value !== 'object' || value === null || Array.isArray(value)) {
    const text = typeof value === 'string' ? value : '';
    const addLanguage = () => {
      const first = context.lang && LANGUAGES.includes(context.lang) ? context.lang : 'en';
      const second = LANGUAGES.find((tag) => tag !== first)!;
      context.edit(path, text === '' ? { [first]: '', [second]: '' } : { [first]: text, [second]: '' });
    };
    return html`<div class="field text">
      <label for=${id}>${label}</label>
      ${box(multiline, id, text, undefined, context, path, (next) => context.edit(path, next === '' && !required ? undefined : next, true))}
      <button type="button" class="small" @click=${addLanguage}>${msg(str`Add a language to ${label}`)}</button>
      ${notes(context, path)}
    </div>`;
  }
  const map = value as Record<string, unknown>;
  const tags = Object.keys(map);
  const replace = (entries: [string, unknown][]) => context.edit(path, entries.length ? Object.fromEntries(entries) : required ? '' : undefined);
  const rename = (from: string, to: string) => replace(Object.entries(map).map(([tag, text]) => [tag === from ? to : tag, text]));
  const unused = LANGUAGES.filter((tag) => !tags.includes(tag));
  return html`<fieldset class="field text-map" id=${`${id}-group`}>
    <legend>${label}</legend>
    ${tags.map((tag, i) => {
      const rowId = i === 0 ? id : `${id}-${i}`;
      const name = languageName(tag);
      return html`<div class="language-row">
        <select
          aria-label=${msg(str`Language of ${label}, ${i + 1}`)}
          @change=${(event: Event) => rename(tag, (event.target as HTMLSelectElement).value)}
        >
          ${[...new Set([tag, ...unused])].map((option) => html`<option value=${option} ?selected=${option === tag}>${languageName(option)}</option>`)}
        </select>
        ${box(multiline, rowId, typeof map[tag] === 'string' ? (map[tag] as string) : '', msg(str`${label} (${name})`), context, path, (next) =>
          context.edit([...path], { ...map, [tag]: next }, true),
        )}
        <button type="button" class="small" @click=${() => replace(Object.entries(map).filter(([key]) => key !== tag))}>
          ${msg(str`Remove ${name}`)}
        </button>
      </div>`;
    })}
    ${
      unused.length
        ? html`<button type="button" class="small"
          @click=${() => context.edit(path, { ...map, [unused[0]!]: '' })}>${msg(str`Add a language to ${label}`)}</button>`
        : ''
    }
    ${notes(context, path)}
  </fieldset>`;
}
