/**
 * Undo and redo of the draft. Each change is a whole document (drafts are small, and the form
 * copies only what it changes, see paths.ts); consecutive changes to the same field make one
 * step, so undo takes back what was typed into a field, not one character.
 */
export class History<T> {
  private past: { value: T; field: string | undefined }[] = [];
  private future: T[] = [];
  private lastField: string | undefined;

  constructor(
    public present: T,
    private readonly limit = 200,
  ) {}

  /** Records a new value; `field` names the field typed into (undefined: a step of its own). */
  push(value: T, field?: string): void {
    if (field === undefined || field !== this.lastField) {
      this.past.push({ value: this.present, field });
      if (this.past.length > this.limit) this.past.shift();
    }
    this.present = value;
    this.future = [];
    this.lastField = field;
  }

  /** Starts again from a value (a draft opened, an article imported): nothing to undo. */
  reset(value: T): void {
    this.past = [];
    this.future = [];
    this.present = value;
    this.lastField = undefined;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  undo(): T {
    const previous = this.past.pop();
    if (previous) {
      this.future.push(this.present);
      this.present = previous.value;
    }
    this.lastField = undefined;
    return this.present;
  }

  redo(): T {
    const next = this.future.pop();
    if (next !== undefined) {
      this.past.push({ value: this.present, field: undefined });
      this.present = next;
    }
    this.lastField = undefined;
    return this.present;
  }
}
