import type { ImportFinding } from './types.js';

/** The findings of one import, in the order the values were drafted. */
export class Findings {
  readonly list: ImportFinding[] = [];

  add(path: string, source: string, certainty: ImportFinding['certainty'], message?: string): void {
    this.list.push({ path, source, certainty, ...(message ? { message } : {}) });
  }
}
