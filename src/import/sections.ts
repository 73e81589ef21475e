import type { EventArticle, Photo, Speech } from '../model/types.js';
import type { Findings } from './findings.js';
import type { Outline } from './outline.js';

export function composeSpeeches(outline: Outline, _event: EventArticle, _findings: Findings): { speeches: Speech[]; narrative: string[] } {
  return { speeches: [], narrative: outline.body.filter((item) => item.type === 'paragraph').map((item) => item.text) };
}

export function composePhotos(_outline: Outline, _findings: Findings): Photo[] {
  return [];
}
