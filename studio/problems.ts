/**
 * The validator's problems placed on the form: each problem's keys are walked down the form's
 * description to the field that shows it — a control, or the group when the problem is the
 * group's (a list too short, a check of a whole item).
 */
import { validateEvent, type Problem } from '../src/model/validate.js';
import { articleForm, type FieldNode } from './schema-walk.js';
import { fieldId, pathString, type Path } from './paths.js';
import { fieldLabel, itemLabel } from './labels.js';
import { problemText } from './problem-text.js';

/** The path of the form field that shows a problem at `path`. */
export function anchorPath(path: Path): Path {
  let node: FieldNode = articleForm();
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (node.kind === 'object' && typeof key === 'string') {
      const entry: { key: string; node: FieldNode; required: boolean } | undefined = node.entries.find((candidate) => candidate.key === key);
      if (!entry) return path.slice(0, i);
      node = entry.node;
    } else if (node.kind === 'list' && typeof key === 'number') {
      node = node.item;
    } else if (node.kind === 'counts') {
      // One row per country: the row's number box shows it.
      return path.slice(0, i + 1);
    } else {
      // Inside a control (a language of a text map): the control's.
      return path.slice(0, i);
    }
  }
  return path;
}

/** A field's name for the summary: "Seminars, item 1 › Participants › Countries, item 4". */
export function describePath(path: Path): string {
  const parts: string[] = [];
  let parent: string | undefined;
  for (const key of path) {
    if (typeof key === 'number') parts[parts.length - 1] = itemLabel(parts.at(-1) ?? '', key + 1);
    else {
      parts.push(fieldLabel(key, parent));
      parent = key;
    }
  }
  return parts.join(' › ');
}

export interface PlacedProblem {
  problem: Problem;
  /** The field that shows it, and its id in the page. */
  anchor: Path;
  id: string;
  label: string;
  text: string;
}

export function checkDraft(draft: unknown): { valid: boolean; problems: PlacedProblem[]; byField: Map<string, string[]> } {
  const result = validateEvent(draft);
  const byField = new Map<string, string[]>();
  const problems = result.problems.map((problem): PlacedProblem => {
    const anchor = anchorPath(problem.keys);
    const text = problemText(problem);
    const key = pathString(anchor);
    const list = byField.get(key) ?? [];
    if (!list.includes(text)) list.push(text);
    byField.set(key, list);
    return { problem, anchor, id: fieldId(anchor), label: describePath(anchor), text };
  });
  return { valid: result.ok, problems, byField };
}
