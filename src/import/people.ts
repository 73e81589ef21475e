import type { Attendee } from '../model/types.js';
import type { Findings } from './findings.js';

export function findAttendees(_paragraphs: string[], _findings: Findings): Attendee[] {
  return [];
}
