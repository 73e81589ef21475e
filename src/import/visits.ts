import type { Visit } from '../model/types.js';
import type { Findings } from './findings.js';

export function findVisits(_text: string, _findings: Findings, _path: string): Visit[] {
  return [];
}
