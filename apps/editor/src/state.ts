/**
 * The editor's state: the text of every file (the catalogue *is* its files), what is on disk, and
 * the undo history as snapshots of texts. Every edit, from the canvas, a panel or the YAML view,
 * becomes new file texts here; the model is derived from them (see useCatalogue), never the other way.
 */
import type { StoredFile, StoredWorkspace } from './backend.js';

/** A file of the catalogue as the editor holds it. `text: null` is a file deleted but not yet saved. */
export interface FileState {
  readonly text: string | null;
  /** The text on disk when last read or written (null: not on disk). */
  readonly saved: string | null;
  /** The version on disk the next write is based on. */
  readonly version: string | null;
}

/** The texts at one point of the history, with what was done and which power was open. */
export interface Snapshot {
  readonly texts: Readonly<Record<string, string | null>>;
  readonly label: string;
  readonly power?: string;
}

/** The whole editor state. */
export interface EditorState {
  readonly name: string;
  readonly entry: string;
  readonly files: Readonly<Record<string, FileState>>;
  readonly past: readonly Snapshot[];
  readonly future: readonly Snapshot[];
  /** Files changed on disk while edited here: the disk's version, waiting for the user's choice. */
  readonly conflicts: Readonly<Record<string, StoredFile>>;
  /** Bumped on every change of texts, for autosave and re-loading. */
  readonly revision: number;
}

export type EditorAction =
  | { readonly type: 'open'; readonly workspace: StoredWorkspace }
  | { readonly type: 'edit'; readonly changes: Readonly<Record<string, string | null>>; readonly label: string; readonly power?: string }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'saved'; readonly path: string; readonly text: string | null; readonly version: string | null }
  | { readonly type: 'disk'; readonly file: StoredFile }
  | { readonly type: 'conflict'; readonly file: StoredFile }
  | { readonly type: 'resolve'; readonly path: string; readonly keep: 'mine' | 'disk' };

const historyLimit = 300;

export const emptyState: EditorState = { name: '', entry: '', files: {}, past: [], future: [], conflicts: {}, revision: 0 };

/** The current texts of all files that exist (deleted ones left out). */
export function textsOf(state: EditorState): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [path, file] of Object.entries(state.files)) if (file.text !== null) texts[path] = file.text;
  return texts;
}

/** Files whose text differs from the disk. */
export function dirtyPaths(state: EditorState): string[] {
  return Object.entries(state.files)
    .filter(([, file]) => file.text !== file.saved)
    .map(([path]) => path);
}

function snapshotOf(state: EditorState, label: string, power?: string): Snapshot {
  const texts: Record<string, string | null> = {};
  for (const [path, file] of Object.entries(state.files)) texts[path] = file.text;
  return { texts, label, ...(power !== undefined && { power }) };
}

function withTexts(state: EditorState, texts: Readonly<Record<string, string | null>>): Record<string, FileState> {
  const files: Record<string, FileState> = { ...state.files };
  for (const [path, text] of Object.entries(texts)) {
    const file = files[path];
    files[path] = file === undefined ? { text, saved: null, version: null } : { ...file, text };
  }
  // A file created after this snapshot does not exist in it.
  for (const path of Object.keys(files)) if (!(path in texts)) files[path] = { ...files[path]!, text: null };
  return files;
}

/** The reducer of the editor state. */
export function reduce(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'open': {
      const files: Record<string, FileState> = {};
      for (const file of action.workspace.files) files[file.path] = { text: file.text, saved: file.text, version: file.version };
      return { ...emptyState, name: action.workspace.name, entry: action.workspace.entry, files, revision: state.revision + 1 };
    }
    case 'edit': {
      const changed = Object.entries(action.changes).filter(([path, text]) => (state.files[path]?.text ?? null) !== text);
      if (changed.length === 0) return state;
      const files: Record<string, FileState> = { ...state.files };
      for (const [path, text] of changed) {
        const file = files[path];
        files[path] = file === undefined ? { text, saved: null, version: null } : { ...file, text };
      }
      const past = [...state.past, snapshotOf(state, action.label, action.power)].slice(-historyLimit);
      return { ...state, files, past, future: [], revision: state.revision + 1 };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (previous === undefined) return state;
      return {
        ...state,
        files: withTexts(state, previous.texts),
        past: state.past.slice(0, -1),
        future: [snapshotOf(state, previous.label, previous.power), ...state.future],
        revision: state.revision + 1,
      };
    }
    case 'redo': {
      const next = state.future[0];
      if (next === undefined) return state;
      return {
        ...state,
        files: withTexts(state, next.texts),
        past: [...state.past, snapshotOf(state, next.label, next.power)],
        future: state.future.slice(1),
        revision: state.revision + 1,
      };
    }
    case 'saved': {
      const file = state.files[action.path];
      if (file === undefined) return state;
      return { ...state, files: { ...state.files, [action.path]: { ...file, saved: action.text, version: action.version } } };
    }
    case 'disk': {
      const { file } = action;
      const mine = state.files[file.path];
      const diskText = file.version === null ? null : file.text;
      if (mine !== undefined && mine.version === file.version) return state;
      if (mine !== undefined && mine.text === diskText) {
        return { ...state, files: { ...state.files, [file.path]: { ...mine, saved: diskText, version: file.version } } };
      }
      if (mine !== undefined && mine.text !== mine.saved) return reduce(state, { type: 'conflict', file });
      // Not edited here: follow the disk.
      return { ...state, files: { ...state.files, [file.path]: { text: diskText, saved: diskText, version: file.version } }, revision: state.revision + 1 };
    }
    case 'conflict':
      return { ...state, conflicts: { ...state.conflicts, [action.file.path]: action.file } };
    case 'resolve': {
      const disk = state.conflicts[action.path];
      const mine = state.files[action.path];
      if (disk === undefined || mine === undefined) return state;
      const conflicts = { ...state.conflicts };
      delete conflicts[action.path];
      const diskText = disk.version === null ? null : disk.text;
      if (action.keep === 'mine') {
        // The next save overwrites the disk's version, knowingly.
        return { ...state, conflicts, files: { ...state.files, [action.path]: { ...mine, saved: diskText, version: disk.version } } };
      }
      const past = [...state.past, snapshotOf(state, 'disk')].slice(-historyLimit);
      return { ...state, conflicts, past, future: [], files: { ...state.files, [action.path]: { text: diskText, saved: diskText, version: disk.version } }, revision: state.revision + 1 };
    }
  }
}
