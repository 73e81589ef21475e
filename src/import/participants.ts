import type { Participants } from '../model/types.js';
import type { Findings } from './findings.js';

export function findParticipants(_text: string, _findings: Findings, _path: string): Participants | undefined {
  return undefined;
}
