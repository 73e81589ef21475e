/** What every field of the form reads and calls: the draft, its problems and findings, and the edits. */
import type { Path } from '../paths.js';

/** A note of the importer about a field (src/import): where the value came from and how sure it is. */
export interface Finding {
  path: string;
  source: string;
  certainty: 'certain' | 'guess';
  message?: string;
}

export interface FormContext {
  /** The whole draft. */
  root: unknown;
  /** The article's language (its `lang`), for text maps that start from a plain string. */
  lang: string | undefined;
  /** Problems by the path of the field that shows them (already mapped, see anchorPath). */
  problems: Map<string, string[]>;
  findings: Map<string, Finding[]>;
  /** Sets the value at `path`; `typing` joins consecutive edits of one field into one undo step. */
  edit(path: Path, value: unknown, typing?: boolean): void;
  /** Whether the group at `path` is open: the editor's choice, else open when `auto` (it holds something worth seeing). */
  isOpen(path: Path, auto: boolean): boolean;
  /** Remembers that the editor opened or closed the group at `path`. */
  setOpen(path: Path, open: boolean): void;
  /** Moves the item at `path` (an index in a list) by `by` places, or removes it (`by` undefined). */
  reorder(path: Path, by: number | undefined): void;
}
