/**
 * An article's text or HTML to a draft, through the import module (src/import, package export
 * `event-highlights/import`): the draft and the importer's findings, which the form shows as
 * "check this" beside their fields.
 */
import { importArticle } from '../src/import/index.js';
import type { Finding } from './studio-form/form-context.js';

export function draftFromArticle(input: string, baseUrl?: string): { event: unknown; findings: Finding[] } {
  const { event, findings } = importArticle(input, baseUrl ? { baseUrl } : {});
  return { event, findings: findings.map(({ path, source, certainty, message }) => ({ path, source, certainty, ...(message ? { message } : {}) })) };
}
