/**
 * `event-highlights/import`: drafts an event document from an "Activity Highlights" article, its
 * plain text or its HTML page. Pure (no DOM, no network): it runs in a browser and in Node.
 * Nothing is invented: what the text does not say stays empty, and each value comes with a finding
 * that says where it went, which text it came from and whether the text said it plainly.
 *
 * ```ts
 * import { importArticle } from 'event-highlights/import';
 * const { event, findings } = importArticle(html, { baseUrl: 'https://example.edu/news/1.html' });
 * ```
 */
import { validateEvent } from '../model/validate.js';
import { describeError } from '../model/describe.js';
import type { EventArticle } from '../model/types.js';
import { compose } from './compose.js';
import { outline } from './outline.js';
import { exactly, readInput } from './read.js';
import { Findings } from './findings.js';
import type { ImportOptions, ImportResult } from './types.js';

export type { ImportFinding, ImportOptions, ImportResult } from './types.js';

/** The draft of an input that is no article: the required fields, empty. */
const emptyEvent = (): EventArticle => ({ title: '', seminars: [] });

/**
 * Drafts an event document from an article's text or HTML. Never throws: input that cannot be read
 * as an article (empty, binary, a page of another kind) gives an empty draft and a finding at path
 * '' that says why. The draft validates with `validateEvent` whenever the text gives the required
 * facts; a required fact it lacks (the title, a seminar's name) is left empty, with a finding.
 */
export function importArticle(input: string, options: ImportOptions = {}): ImportResult {
  const findings = new Findings();
  try {
    const read = readInput(input, typeof options?.baseUrl === 'string' ? options.baseUrl : undefined);
    if (read.refused) {
      findings.add('', '', 'certain', `nothing imported: ${read.refused}`);
      return { event: emptyEvent(), findings: findings.list };
    }
    const published = typeof options?.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(options.published) ? options.published : undefined;
    const event = compose(outline(read.blocks, read.pageTitle), findings, published);
    if (!event) return { event: emptyEvent(), findings: findings.list };
    // What the validator still finds is what the editor must fill in: each problem is a finding at its path.
    const checked = validateEvent(event);
    for (const problem of checked.problems) {
      if (!findings.list.some((finding) => finding.path === problem.path && finding.source === '')) findings.add(problem.path, '', 'guess', problem.message);
    }
    // Plain text is quoted as it is printed; HTML as its text reads (entities decoded, white space collapsed).
    if (!read.html) for (const finding of findings.list) finding.source = exactly(finding.source, input);
    return { event, findings: findings.list };
  } catch (error) {
    // A bug of the importer must not break the editor's page: the editor gets an empty draft and the reason.
    return {
      event: emptyEvent(),
      findings: [{ path: '', source: '', certainty: 'guess', message: `nothing imported: the importer failed (${describeError(error)})` }],
    };
  }
}
