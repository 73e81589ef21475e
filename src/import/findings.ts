import type { Text } from '../model/types.js';
import type { ImportFinding } from './types.js';

/** The importer writes every text as a plain string: this reads one back (a text map reads as ''). */
export const plain = (text: Text | undefined): string => (typeof text === 'string' ? text : '');

/** The findings of one import, in the order the values were drafted. */
export class Findings {
  readonly list: ImportFinding[] = [];

  add(path: string, source: string, certainty: ImportFinding['certainty'], message?: string): void {
    this.list.push({ path, source, certainty, ...(message ? { message } : {}) });
  }
}
