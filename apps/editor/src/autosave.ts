/**
 * Unsaved work kept in IndexedDB as it is typed, so that a reload or a crash loses nothing: on the
 * next open the editor offers it back. Only files that differ from the disk are kept.
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/** What was kept: for each unsaved file its text (null: deleted) and the disk text it was based on. */
export interface Autosaved {
  readonly time: string;
  readonly files: Readonly<Record<string, { readonly text: string | null; readonly saved: string | null }>>;
}

let store: UseStore | undefined;
const storeOf = () => (store ??= createStore('sunlit-editor', 'autosave'));
const keyOf = (workspace: string) => `workspace:${workspace}`;

export async function readAutosave(workspace: string): Promise<Autosaved | undefined> {
  try {
    return await get<Autosaved>(keyOf(workspace), storeOf());
  } catch {
    return undefined;
  }
}

export async function writeAutosave(workspace: string, saved: Autosaved | undefined): Promise<void> {
  try {
    if (saved === undefined || Object.keys(saved.files).length === 0) await del(keyOf(workspace), storeOf());
    else await set(keyOf(workspace), saved, storeOf());
  } catch {
    // Private windows may refuse IndexedDB; editing goes on without the safety net.
  }
}
