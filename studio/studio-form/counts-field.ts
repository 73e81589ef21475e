/** Participants per country (`perCountry`): rows of a country and a number, added and removed like a list. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { countryName } from '../../src/internal/intl.js';
import { fieldId, getAt, type Path } from '../paths.js';
import { studioLocale } from '../localization.js';
import { described, notes } from './field-shell.js';
import '../studio-country-picker/define.js';
import type { FormContext } from './form-context.js';

export function countsField(context: FormContext, path: Path, label: string): TemplateResult {
  const value = getAt(context.root, path);
  const map = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const entries = Object.entries(map);
  const replace = (next: [string, unknown][]) => context.edit(path, next.length ? Object.fromEntries(next) : undefined);
  return html`<fieldset class="field counts" id=${fieldId(path)}>
    <legend>${label}</legend>
    ${entries.map(([code, count], i) => {
      const rowPath = [...path, code];
      const id = fieldId(rowPath);
      const { describedBy, invalid } = described(context, rowPath);
      const name = code ? countryName(code, studioLocale()) : msg('New country');
      return html`<div class="counts-row">
        <studio-country-picker
          .inputId=${`${id}-country`}
          .label=${msg(str`Country, row ${i + 1}`)}
          .value=${code}
          @studio-pick=${(event: CustomEvent<string>) => replace(entries.map(([key, n]) => [key === code ? event.detail : key, n]))}
        ></studio-country-picker>
        <label for=${id}>${msg(str`Participants from ${name}`)}</label>
        <input
          id=${id}
          type="number"
          min="0"
          .value=${live(typeof count === 'number' ? String(count) : '')}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(describedBy)}
          @input=${(event: Event) => context.edit(rowPath, Number((event.target as HTMLInputElement).value || 0), true)}
        />
        <button type="button" class="small" @click=${() => replace(entries.filter(([key]) => key !== code))}>${msg(str`Remove ${name}`)}</button>
        ${notes(context, rowPath)}
      </div>`;
    })}
    <button type="button" class="small" ?disabled=${Object.hasOwn(map, '')} @click=${() => context.edit(path, { ...map, '': 0 })}>
      ${msg(str`Add to ${label}`)}
    </button>
    ${notes(context, path)}
  </fieldset>`;
}
