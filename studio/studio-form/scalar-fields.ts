/** The form's single-value controls: strings, URLs, dates, keywords, numbers, yes/no, countries, and JSON for what the form does not know. */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { fieldId, getAt, type Path } from '../paths.js';
import type { FieldNode } from '../schema-walk.js';
import { optionLabel } from '../labels.js';
import { studioLocale } from '../localization.js';
import { described, field } from './field-shell.js';
import type { FormContext } from './form-context.js';
import '../studio-country-picker/define.js';

const inputValue = (event: Event) => (event.target as HTMLInputElement).value;

/** An empty control clears an optional field (the key goes) and leaves a required one empty (the validator says so). */
const cleared = (text: string, required: boolean) => (text === '' && !required ? undefined : text);

/** "Thursday, June 29, 2023" under a full date, so the editor sees the date they typed was read as they meant. */
function dateEcho(value: unknown, id: string): TemplateResult {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  let shown = '';
  if (match) {
    const date = new Date(0);
    date.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    if (date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]))
      shown = new Intl.DateTimeFormat(studioLocale(), { dateStyle: 'full', timeZone: 'UTC' }).format(date);
  }
  return html`<p class="hint" id=${id}>
    ${msg('As printed: 2023-06-29, 2023-06, 2023, or --06-29 without a year.')}${shown ? html` <output>${shown}</output>` : nothing}
  </p>`;
}

export function scalarControl(context: FormContext, node: FieldNode, path: Path, label: string, required: boolean): TemplateResult {
  const value = getAt(context.root, path);
  const id = fieldId(path);
  switch (node.kind) {
    case 'string':
    case 'suggest': {
      const { describedBy, invalid } = described(context, path);
      const list = node.kind === 'suggest' ? `${id}-options` : undefined;
      return field(
        context,
        path,
        label,
        html`<input
            id=${id}
            type=${node.kind === 'string' && node.format === 'url' ? 'url' : 'text'}
            .value=${live(typeof value === 'string' ? value : '')}
            ?required=${required}
            list=${ifDefined(list)}
            aria-invalid=${ifDefined(invalid)}
            aria-describedby=${ifDefined(describedBy)}
            @input=${(event: Event) => context.edit(path, cleared(inputValue(event), required), true)}
          />${
            node.kind === 'suggest'
              ? html`<datalist id=${list!}>${node.options.map((option) => html`<option value=${option}>${optionLabel(option)}</option>`)}</datalist>`
              : nothing
          }`,
      );
    }
    case 'date': {
      const { describedBy, invalid } = described(context, path, `${id}-hint`);
      return field(
        context,
        path,
        label,
        html`<input
          id=${id}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${live(typeof value === 'string' ? value : '')}
          ?required=${required}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(describedBy)}
          @input=${(event: Event) => context.edit(path, cleared(inputValue(event).trim(), required), true)}
        />`,
        dateEcho(value, `${id}-hint`),
      );
    }
    case 'enum': {
      const { describedBy, invalid } = described(context, path);
      return field(
        context,
        path,
        label,
        html`<select
          id=${id}
          ?required=${required}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(describedBy)}
          @change=${(event: Event) => context.edit(path, cleared(inputValue(event), required))}
        >
          <option value="" ?selected=${value === undefined || value === ''}>${msg('(not set)')}</option>
          ${node.options.map((option) => html`<option value=${option} ?selected=${value === option}>${optionLabel(option)}</option>`)}
        </select>`,
      );
    }
    case 'number': {
      const { describedBy, invalid } = described(context, path);
      return field(
        context,
        path,
        label,
        html`<input
          id=${id}
          type="number"
          min=${ifDefined(node.min)}
          max=${ifDefined(node.max)}
          .step=${'any'}
          .value=${live(typeof value === 'number' ? String(value) : '')}
          ?required=${required}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(describedBy)}
          @input=${(event: Event) => {
            const text = inputValue(event);
            context.edit(path, text === '' ? (required ? 0 : undefined) : Number(text), true);
          }}
        />`,
      );
    }
    case 'boolean': {
      const { describedBy, invalid } = described(context, path);
      return html`<div class="field check">
        <input
          id=${id}
          type="checkbox"
          .checked=${live(value === true)}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(describedBy)}
          @change=${(event: Event) => context.edit(path, (event.target as HTMLInputElement).checked ? true : required ? false : undefined)}
        /><label for=${id}>${label}</label>
      </div>`;
    }
    case 'country': {
      const { describedBy, invalid } = described(context, path);
      return field(
        context,
        path,
        label,
        html`<studio-country-picker
          .inputId=${id}
          .value=${typeof value === 'string' ? value : ''}
          .describedBy=${describedBy}
          .invalid=${invalid === 'true'}
          @studio-pick=${(event: CustomEvent<string>) => context.edit(path, cleared(event.detail, required))}
        ></studio-country-picker>`,
      );
    }
    default:
      return jsonControl(context, path, label, value);
  }
}

/** A field of a kind the form does not know: its JSON, edited as text (kept when it does not parse yet). */
function jsonControl(context: FormContext, path: Path, label: string, value: unknown): TemplateResult {
  const { describedBy, invalid } = described(context, path);
  return field(
    context,
    path,
    label,
    html`<textarea
      id=${fieldId(path)}
      class="json"
      rows="3"
      .value=${value === undefined ? '' : JSON.stringify(value, null, 1)}
      aria-invalid=${ifDefined(invalid)}
      aria-describedby=${ifDefined(describedBy)}
      @change=${(event: Event) => {
        const text = inputValue(event).trim();
        try {
          context.edit(path, text === '' ? undefined : JSON.parse(text));
        } catch {
          (event.target as HTMLTextAreaElement).setCustomValidity(msg('This is not valid JSON.'));
          (event.target as HTMLTextAreaElement).reportValidity();
        }
      }}
    ></textarea>`,
  );
}
