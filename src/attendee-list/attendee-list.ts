import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg } from '@lit/localize';
import { EventHighlightsElement } from '../internal/base-element.js';
import { nameWithHonorific } from '../internal/honorific.js';
import { countryName, listFormat } from '../internal/intl.js';
import { ownData } from '../model/harden.js';
import { isCountryCode } from '../model/iso-3166.js';
import { AttendeeRole as AttendeeRoleSchema, Honorific as HonorificSchema } from '../model/schema.js';
import { resolveText, type ResolvedText } from '../model/text.js';
import type { Attendee, AttendeeRole, EventArticle, Honorific, Text } from '../model/types.js';
import { describeValue } from '../model/describe.js';
import { validateAttendees, type ValidationResult } from '../model/validate.js';
import { attendeeListStyles } from './attendee-list.styles.js';

/** Problems logged for one invalid list: the first few, then how many more (a list of 1,000 bad entries is one screen, not 1,000 lines). */
const LOGGED_PROBLEMS = 5;

/** The words of a role keyword, in the reader's language. */
function roleLabel(role: AttendeeRole | undefined): string | undefined {
  switch (role) {
    case 'presiding':
      return msg('Presiding');
    case 'host':
      return msg('Host', { id: 'attendee-role-host', desc: 'What an attendee did: attended for the hosting institution' });
    case 'guest':
      return msg('Guest');
    default:
      return undefined;
  }
}

/** One attendee as shown, whatever the source (data or hand-written list). */
interface Entry {
  name: ResolvedText;
  honorific: Honorific | undefined;
  /** What they did: a keyword, translated when shown, or words of the data's own (which win). */
  role: AttendeeRole | undefined;
  roleLabel: ResolvedText | undefined;
  title: ResolvedText | undefined;
  organization: ResolvedText | undefined;
  country: string | undefined;
}

/** Visible text of a light-DOM node, spaces collapsed; undefined when there is none. */
const textOf = (node: Element | null | undefined): string | undefined => node?.textContent?.replace(/\s+/g, ' ').trim() || undefined;

/** The language that applies to a light-DOM node: its own `lang` or its nearest ancestor's. */
const langOf = (node: Element): string | undefined => node.closest('[lang]')?.getAttribute('lang') || undefined;

/**
 * The dignitaries who attended an event, with or without speaking: each one's honorific (placed
 * as the reader's language places it: "Ms. Liu Beimin", "Sra. Liu Beimin", "Liu Beimin 女士"),
 * name, title, organisation, country and what they did there (presided, hosted, a label of the
 * article's own such as "attended both ceremonies"). As a list, or as one sentence in the
 * article's prose ("Mr. Chen Jianfeng (Vice President, …), Ms. Liu Beimin (…) and …").
 *
 * Data comes from the `attendees` property (the model's attendees), else from the `event`
 * property (its `attendees`), else from a hand-written list in the element, which is readable
 * before the script loads and by search engines:
 *
 * ```html
 * <attendee-list>
 *   <ul>
 *     <li data-honorific="mr" data-role="presiding" data-country="CN"><span data-name>Chen Jianfeng</span>,
 *       <span data-title>Vice President</span>, <span data-organization>Shanghai Business School</span></li>
 *     <li data-honorific="ms"><span data-name>Liu Beimin</span>, <span data-role-label>attended both ceremonies</span></li>
 *     <li>Chen Wei</li>
 *   </ul>
 * </attendee-list>
 * ```
 *
 * Each `<li>` of a `<ul>` or `<ol>` that is a child of the element is one attendee: the text of its
 * `[data-name]` descendant is the name (without one, the whole item's text is), `[data-title]`,
 * `[data-organization]` and `[data-role-label]` descendants give the title, organisation and
 * role in words; `data-honorific` (`mr`, `ms`, `mrs`, `miss`, `dr`, `prof`, `his-excellency`,
 * `her-excellency`), `data-role` (`presiding`, `host`, `guest`) and `data-country` (ISO 3166-1
 * alpha-2) on the `<li>` are keywords the element translates. Text keeps the `lang` written
 * around it. Once the element upgrades it draws the list from what it read, and the hand-written
 * list is no longer rendered (it stays in the page); the element follows changes to it.
 *
 * Invalid `attendees` data (or an `event` whose attendees are invalid) shows a localized error
 * and logs each field at fault; an unknown keyword in the hand-written list is logged and left out.
 *
 * With no attendees nothing renders: the element takes no room. Layout: a block in both variants
 * (`display: block`, yours to change); `hidden` hides it whatever display a page gives the tag.
 *
 * @tagname attendee-list
 * @summary The dignitaries who attended: honorific, name, title, organisation, country and role, as a list or one line.
 *
 * @csspart base - The list's `<ul>`, or the inline variant's `<p>`.
 * @csspart item - One attendee (an `<li>`, or a `<span>` inline).
 * @csspart name - The attendee's name with the honorific.
 * @csspart honorific - The localized honorific ("Ms.", "Sra.", "女士"), before or after the name as the language places it.
 * @csspart role - What the attendee did ("Presiding", or the data's `roleLabel`).
 * @csspart details - Title, organisation and country.
 * @csspart title - The attendee's title.
 * @csspart organization - The attendee's organisation.
 * @csspart country - The attendee's country, by name.
 * @csspart error - The error box shown for invalid data.
 *
 * @cssprop --eh-color-text - Names colour.
 * @cssprop --eh-color-text-muted - Colour of title, organisation and country.
 * @cssprop --eh-color-surface-sunken - Background of the role label (list variant).
 * @cssprop --eh-color-accent - Default colour of the role label.
 * @cssprop --eh-color-danger - Colour of the error state.
 * @cssprop --eh-font-family - Font stack (default: inherited from the page; with `isolated`, a system-ui stack with Chinese fonts).
 * @cssprop --eh-font-size - Base font size (default: inherited from the page; with `isolated`, the reader's default size).
 * @cssprop --eh-attendees-font-size - Font size of the list, relative to the base size.
 * @cssprop --eh-attendees-gap - Space between attendees in the list variant.
 * @cssprop --eh-attendees-role-color - Colour of the role label.
 */
export class AttendeeList extends EventHighlightsElement {
  static override styles = [EventHighlightsElement.styles, attendeeListStyles];

  /** The attendees, as in the event model (`attendees`). Takes precedence over `event` and the hand-written list. */
  @property({ attribute: false }) attendees: Attendee[] | undefined;

  /** A whole event document: its `attendees` are shown (its other fields are not checked here). Takes precedence over the hand-written list. */
  @property({ attribute: false }) event: EventArticle | undefined;

  /** `list` (one attendee per line, the default) or `inline` (one sentence, to sit in the article's prose). */
  @property({ reflect: true }) variant: 'list' | 'inline' = 'list';

  private validation: ValidationResult<Attendee[]> | undefined;
  /** Language of the data's text without a language of its own (`event.lang`). */
  private documentLang: string | undefined;
  /** The hand-written list, as read when it last changed. */
  private handWritten: Entry[] = [];
  /** Made on connection: a server render (no DOM) constructs the element without one. */
  private observer: MutationObserver | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver(() => this.readHandWritten());
    // A framework or a CMS may add the items after the element (it connects empty, then gets its <li>s).
    this.observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['lang', 'data-honorific', 'data-role', 'data-country'],
    });
    this.readHandWritten();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('attendees') && !changed.has('event')) return;
    this.validation = undefined;
    this.documentLang = undefined;
    let prefix = '';
    if (this.attendees !== undefined && this.attendees !== null) {
      this.validation = validateAttendees(this.attendees);
    } else if (this.event !== undefined && this.event !== null) {
      const event = ownData(this.event);
      prefix = 'event.';
      if (typeof event !== 'object' || Array.isArray(event)) {
        this.validation = {
          ok: false,
          value: undefined,
          problems: [{ path: '', keys: [], expected: 'an event document (an object)', received: describeValue(event), message: '' }],
        };
        prefix = 'event';
      } else {
        this.validation = event.attendees === undefined ? { ok: true, value: [], problems: [] } : validateAttendees(event.attendees);
        this.documentLang = typeof event.lang === 'string' ? event.lang : undefined;
      }
    }
    const problems = this.validation?.problems ?? [];
    for (const problem of problems.slice(0, LOGGED_PROBLEMS)) this.reportProblem('error', `${prefix}${problem.path}`, problem.expected, problem.received);
    if (problems.length > LOGGED_PROBLEMS)
      this.reportProblem('error', `${prefix}attendees`, 'valid attendees', `${problems.length - LOGGED_PROBLEMS} more problems`);
  }

  /** Reads the hand-written `<li>`s (on connection and on every change to them); logs keywords it does not know. */
  private readHandWritten(): void {
    const items = [...this.querySelectorAll(':scope > ul > li, :scope > ol > li')];
    const entries: Entry[] = [];
    items.forEach((item, index) => {
      const field = (name: string): ResolvedText | undefined => {
        const node = item.querySelector(`[data-${name}]`);
        const text = textOf(node);
        return text ? { text, lang: langOf(node!) } : undefined;
      };
      const keyword = <T extends string>(name: string, known: (value: string) => boolean, expected: string): T | undefined => {
        const value = item.getAttribute(`data-${name}`)?.trim();
        if (!value) return undefined;
        if (known(value)) return value as T;
        this.reportProblem('warn', `li[${index}] data-${name}`, expected, JSON.stringify(value));
        return undefined;
      };
      const nameText = textOf(item.querySelector('[data-name]')) ?? textOf(item);
      if (!nameText) return;
      const role = keyword<AttendeeRole>('role', (value) => AttendeeRoleSchema.options.includes(value as AttendeeRole), AttendeeRoleSchema.message as string);
      const country = keyword<string>('country', (value) => isCountryCode(value.toUpperCase()), 'an ISO 3166-1 alpha-2 country code such as "CN"');
      entries.push({
        name: field('name') ?? { text: nameText, lang: langOf(item) },
        honorific: keyword<Honorific>('honorific', (value) => HonorificSchema.options.includes(value as Honorific), HonorificSchema.message as string),
        role,
        roleLabel: field('role-label'),
        title: field('title'),
        organization: field('organization'),
        country: country?.toUpperCase(),
      });
    });
    this.handWritten = entries;
    this.requestUpdate();
  }

  /** The attendees to show: the validated data if given, else the hand-written list. */
  private entries(): Entry[] {
    const attendees = this.validation?.value;
    if (!attendees) return this.handWritten;
    const text = (value: Text | undefined) => resolveText(value, this.locale, this.documentLang);
    return attendees.map((person) => ({
      name: text(person.name)!,
      honorific: person.honorific,
      role: person.role,
      roleLabel: text(person.roleLabel),
      title: text(person.title),
      organization: text(person.organization),
      country: person.country,
    }));
  }

  protected override render(): TemplateResult | typeof nothing {
    const locale = this.locale;
    if (this.validation && !this.validation.ok) {
      return html`<div lang=${locale}>${this.renderError({ title: msg('The attendees cannot be shown: their data is not valid.') })}</div>`;
    }
    const entries = this.entries();
    if (!entries.length) return nothing;
    // Text from the data is isolated (dir="auto"): a bidi control or a right-to-left name in one
    // attendee does not reorder the words and names around it (see src/internal/bidi.ts).
    const field = (part: string, value: ResolvedText | undefined): TemplateResult[] =>
      value ? [html`<span part=${part} lang=${ifDefined(value.lang)} dir="auto">${value.text}</span>`] : [];
    // The data's own words for the role, else the keyword's, in the reader's language.
    const role = (entry: Entry): ResolvedText | undefined => {
      const label = roleLabel(entry.role);
      return entry.roleLabel ?? (label ? { text: label, lang: locale } : undefined);
    };
    const details = (entry: Entry): TemplateResult[] => [
      ...field('title', entry.title),
      ...field('organization', entry.organization),
      ...(entry.country ? [html`<span part="country" lang=${locale}>${countryName(entry.country, locale)}</span>`] : []),
    ];
    // ", " between details ("Vice President, Shanghai Business School, China"); "，" in Chinese.
    const joined = (items: TemplateResult[]) => items.map((item, index) => html`${index ? msg(', ') : nothing}${item}`);
    const name = (entry: Entry) => html`<span part="name" class="name">${nameWithHonorific(entry.name, entry.honorific, locale)}</span>`;
    if (this.variant === 'inline') {
      // One sentence, as the article writes it: "Mr. Chen Jianfeng (Presiding, Vice President, …), Ms. … and …".
      const items = entries.map((entry) => {
        const about = [...field('role', role(entry)), ...details(entry)];
        return html`<span part="item">${about.length ? msg(html`${name(entry)} (${joined(about)})`) : name(entry)}</span>`;
      });
      let index = 0;
      return html`<p part="base" class="inline">${listFormat(locale)
        .formatToParts(entries.map(() => '\u0001'))
        .map((part) => (part.type === 'element' ? items[index++] : part.value))}</p>`;
    }
    return html`<ul part="base" class="list" aria-label=${msg('Attendees')}>${entries.map((entry) => {
      const more = details(entry);
      const did = role(entry);
      return html`<li part="item">${name(entry)}${
        did ? html` <span part="role" class="role" lang=${ifDefined(did.lang)} dir="auto">${did.text}</span>` : nothing
      }${more.length ? html` <span part="details" class="details">${joined(more)}</span>` : nothing}</li>`;
    })}</ul>`;
  }
}
