/**
 * The chrome around every control: its label, the importer's "check this" note and the
 * validator's problem, tied to the control by aria-describedby and aria-invalid.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { fieldId, pathString, problemId, type Path } from '../paths.js';
import type { FormContext } from './form-context.js';

/** The ids a control is described by, and whether it is invalid. */
export function described(context: FormContext, path: Path, hint?: string): { describedBy: string | undefined; invalid: 'true' | undefined } {
  const key = pathString(path);
  const ids = [hint, context.problems.has(key) ? problemId(path) : undefined, context.findings.has(key) ? `${fieldId(path)}-finding` : undefined].filter(
    Boolean,
  );
  return { describedBy: ids.length ? ids.join(' ') : undefined, invalid: context.problems.has(key) ? 'true' : undefined };
}

/** The problem and finding notes of a path (empty when it has neither). */
export function notes(context: FormContext, path: Path): TemplateResult | typeof nothing {
  const key = pathString(path);
  const problems = context.problems.get(key);
  const findings = context.findings.get(key);
  if (!problems && !findings) return nothing;
  return html`${
    findings
      ? html`<p class="finding" id=${`${fieldId(path)}-finding`} part="finding">
        ${findings.map((finding) => {
          const source = finding.source.length > 120 ? `${finding.source.slice(0, 120)}…` : finding.source;
          const guess = finding.certainty === 'guess';
          const text = source.trim()
            ? guess
              ? msg(str`Check this: guessed from “${source}”.`)
              : msg(str`Check this: read from “${source}”.`)
            : guess
              ? msg('Check this: a guess, not printed in the article.')
              : msg('Check this.');
          return html`<span class=${finding.certainty}>${text}</span>`;
        })}
      </p>`
      : nothing
  }${problems ? html`<p class="problem" id=${problemId(path)} part="problem">${problems.map((problem) => html`<span>${problem}</span>`)}</p>` : nothing}`;
}

/** A labelled control with its notes. */
export function field(context: FormContext, path: Path, label: string, control: TemplateResult, hint?: TemplateResult): TemplateResult {
  return html`<div class="field">
    <label for=${fieldId(path)}>${label}</label>
    ${control}${hint ?? nothing}${notes(context, path)}
  </div>`;
}
