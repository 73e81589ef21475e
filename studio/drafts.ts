/**
 * Drafts kept in the browser (IndexedDB, through idb-keyval): saved as the editor works, listed
 * after a reload or a crash, several at a time, each named by its title. Nothing leaves the
 * browser.
 */
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

export interface Draft {
  id: string;
  /** The event's title when it was saved, as the list shows it. */
  title: string;
  /** Milliseconds since 1970, when last saved. */
  updated: number;
  event: unknown;
}

let store: UseStore | undefined;
/** The database, opened on first use (a page that never saves opens nothing). */
const drafts = () => (store ??= createStore('event-studio', 'drafts'));

export const newDraftId = () => `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export async function saveDraft(draft: Draft): Promise<void> {
  await set(draft.id, draft, drafts());
}

export async function loadDraft(id: string): Promise<Draft | undefined> {
  return get<Draft>(id, drafts());
}

export async function deleteDraft(id: string): Promise<void> {
  await del(id, drafts());
}

/** Every saved draft, the latest first. */
export async function listDrafts(): Promise<Draft[]> {
  const all = await entries<string, Draft>(drafts());
  return all
    .map(([, draft]) => draft)
    .filter((draft) => draft && typeof draft.id === 'string')
    .sort((a, b) => b.updated - a.updated);
}
