import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { EventHighlightsElement } from '../internal/base-element.js';
import { listFormat } from '../internal/intl.js';
import { splitNames } from '../internal/names.js';
import { resolveText, type ResolvedText } from '../model/text.js';
import { describeValue } from '../model/describe.js';
import { ownData } from '../model/harden.js';
import type { Credit, CreditRole } from '../model/types.js';
import { photoCreditStyles } from './photo-credit.styles.js';

/** The attribute of each role, in the order the line reads. */
const ATTRIBUTES: [CreditRole, 'writtenBy' | 'photosBy' | 'reviewedBy' | 'editedBy' | 'translatedBy'][] = [
  ['writer', 'writtenBy'],
  ['photographer', 'photosBy'],
  ['reviewer', 'reviewedBy'],
  ['editor', 'editedBy'],
  ['translator', 'translatedBy'],
];

/** Built-in label of a role, as a newsroom writes it ("撰稿", "Texto", "Written by"). */
function roleLabel(role: CreditRole): string | undefined {
  switch (role) {
    case 'writer':
      return msg('Written by');
    case 'photographer':
      return msg('Photos');
    case 'reviewer':
      return msg('Reviewed by');
    case 'editor':
      return msg('Edited by');
    case 'translator':
      return msg('Translated by');
    default:
      return undefined;
  }
}

/** A role's label and names on one line, as a whole phrase ("Written by Ma Yizhou", "撰稿：马一舟"). */
function rolePhrase(role: CreditRole, names: TemplateResult): TemplateResult | undefined {
  switch (role) {
    case 'writer':
      return msg(html`Written by ${names}`);
    case 'photographer':
      return msg(html`Photos by ${names}`);
    case 'reviewer':
      return msg(html`Reviewed by ${names}`);
    case 'editor':
      return msg(html`Edited by ${names}`);
    case 'translator':
      return msg(html`Translated by ${names}`);
    default:
      return undefined;
  }
}

/**
 * The credits of an article or a photo: who wrote it, took the photos, reviewed, edited and
 * translated it, with labels in the reader's language (撰稿 / 摄影 / 审核 / 责编 / 翻译 on a
 * Chinese page).
 *
 * Data comes from the `credits` property (the model's `Credit[]`) or, when it is not set, from
 * the `written-by`, `photos-by`, `reviewed-by`, `edited-by` and `translated-by` attributes, each a
 * list of names separated by commas, semicolons, 、 or ；. Several names of one role read as a
 * list ("Ana and Luis", "Ana y Luis", "Ana和Luis").
 *
 * Hand-written HTML may carry its own text for readers without scripts, for example
 * `<photo-credit written-by="Ma Yizhou">Written by Ma Yizhou</photo-credit>`: it shows until the
 * element upgrades, then the element draws the credits from its attributes and the light-DOM text
 * is no longer rendered (there is no default slot; it stays in the page for search engines).
 *
 * With no credits nothing renders: the element takes no space.
 *
 * Layout: a block in both variants (`display: block`, yours to change); `hidden` hides it whatever
 * display a page gives the tag.
 *
 * @tagname photo-credit
 * @summary Credits (writer, photographer, reviewer, editor, translator), as a block or one line.
 *
 * @csspart base - The block's `<dl>` or the inline variant's `<p>`.
 * @csspart item - One role (a `<div>` holding `<dt>` and `<dd>`, or a `<span>` inline).
 * @csspart label - A role's label (in the block variant; inline, only labels given in the data).
 * @csspart names - A role's names.
 * @csspart separator - The " · " between roles in the inline variant.
 *
 * @cssprop --eh-color-text - Names colour.
 * @cssprop --eh-color-text-muted - Labels colour.
 * @cssprop --eh-font-family - Font stack (default: inherited from the page; with `isolated`, a system-ui stack with Chinese fonts).
 * @cssprop --eh-font-size - Base font size (default: inherited from the page; with `isolated`, the reader's default size).
 * @cssprop --eh-credit-font-size - Font size of the credits.
 */
export class PhotoCredit extends EventHighlightsElement {
  static override readonly tag = 'photo-credit';
  static override styles = [EventHighlightsElement.styles, photoCreditStyles];

  /** The credits, as in the event model. Takes precedence over the attributes. */
  @property({ attribute: false }) credits: Credit[] | undefined;

  /** Writers' names, separated by commas, semicolons, 、 or ；. */
  @property({ attribute: 'written-by' }) writtenBy: string | undefined;
  /** Photographers' names. */
  @property({ attribute: 'photos-by' }) photosBy: string | undefined;
  /** Reviewers' names. */
  @property({ attribute: 'reviewed-by' }) reviewedBy: string | undefined;
  /** Editors' names. */
  @property({ attribute: 'edited-by' }) editedBy: string | undefined;
  /** Translators' names. */
  @property({ attribute: 'translated-by' }) translatedBy: string | undefined;

  /** `block` (a definition list, the default) or `inline` (one line, to sit under a photo). */
  @property({ reflect: true }) variant: 'block' | 'inline' = 'block';

  /** Language of names and labels given as plain strings (default: inherited from the page). */
  @property({ attribute: 'names-lang' }) namesLang: string | undefined;

  /** The credits to show: the property if set, else the attributes. */
  private entries(): Credit[] {
    // Read as own data only: on a page that added properties to Object.prototype, an absent field stays absent.
    const credits = ownData(this.credits);
    if (Array.isArray(credits)) return credits;
    return ATTRIBUTES.map(([role, key]) => ({ role, names: splitNames(this[key]) })).filter((credit) => credit.names.length);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('credits') || this.credits === undefined || this.credits === null) return;
    if (!Array.isArray(this.credits)) {
      this.reportProblem('warn', 'credits', 'an array of credits', describeValue(this.credits));
      return;
    }
    // One console line for a long list of bad entries: the first few, then how many more.
    const bad = ownData(this.credits).flatMap((credit, index) =>
      !credit || !Array.isArray(credit.names) || !credit.names.length || !(credit.label || roleLabel(credit.role)) ? [index] : [],
    );
    const shown = bad.slice(0, 3);
    for (const index of shown) this.reportProblem('warn', `credits[${index}]`, 'a role (or a label) and at least one name', describeValue(this.credits[index]));
    if (bad.length > shown.length)
      this.reportProblem('warn', 'credits', 'a role (or a label) and at least one name in each credit', `${bad.length - shown.length} more credits without`);
  }

  protected override render(): TemplateResult | typeof nothing {
    const locale = this.locale;
    const resolve = (text: Credit['label']) => resolveText(text, locale, this.namesLang);
    const items: { role: CreditRole; label: ResolvedText; custom: boolean; names: ResolvedText[] }[] = [];
    for (const credit of this.entries()) {
      // Array.from: a plain copy, whatever the given array carries (its own `constructor`, say).
      const names = (Array.isArray(credit?.names) ? Array.from(credit.names) : []).map(resolve).filter((name): name is ResolvedText => !!name?.text.trim());
      const custom = resolve(credit?.label);
      const builtIn = roleLabel(credit?.role);
      const label = custom ?? (builtIn ? { text: builtIn, lang: undefined } : undefined);
      if (names.length && label) items.push({ role: credit.role, label, custom: !!custom, names });
    }
    if (!items.length) return nothing;
    const list = (names: ResolvedText[]) => {
      let index = 0;
      return html`<span part="names">${listFormat(locale)
        .formatToParts(names.map((name) => name.text))
        .map((part) => (part.type === 'element' ? html`<span lang=${ifDefined(names[index++]!.lang)} dir="auto">${part.value}</span>` : part.value))}</span>`;
    };
    // Names and labels from the data are isolated (dir="auto"): a bidi control character or a right-to-left
    // name in one of them does not reorder the words and names around it (see src/internal/bidi.ts).
    const label = (value: ResolvedText) => html`<span part="label" lang=${ifDefined(value.lang)} dir="auto">${value.text}</span>`;
    if (this.variant === 'inline') {
      return html`<p part="base" class="inline">${items.map(
        (item, index) =>
          html`${index ? html`<span part="separator" class="separator" aria-hidden="true"> · </span>` : nothing}<span part="item">${
            item.custom ? msg(html`${label(item.label)}: ${list(item.names)}`) : rolePhrase(item.role, list(item.names))
          }</span>`,
      )}</p>`;
    }
    return html`<dl part="base" class="block">${items.map(
      (item) => html`<div part="item"><dt>${label(item.label)}</dt><dd>${list(item.names)}</dd></div>`,
    )}</dl>`;
  }
}
