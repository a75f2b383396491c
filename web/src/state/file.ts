// The drawn graph file's versions: the one loaded and the latest seen on disk (polled); when they differ a newer
// file waits and the notice offers it. Also what the last reload could not keep, or why it failed.
import { createStore } from './store.ts';

export interface FileMessage {
  text: string;
  error: boolean;
}

export interface FileState {
  /** Version of the drawn file; null when the graph does not come from a file (Neo4j) or the server sent none. */
  loaded: string | null;
  /** Latest version the poll saw on disk. */
  onDisk: string | null;
  reloading: boolean;
  message: FileMessage | null;
}

export const file = createStore<FileState>({ loaded: null, onDisk: null, reloading: false, message: null });

/** True when the file on disk is not the one drawn. */
export function updateWaiting(state: FileState): boolean {
  return state.loaded !== null && state.onDisk !== null && state.onDisk !== state.loaded;
}

/** A graph was drawn from a file of this version (null: not from a file). */
export function fileLoaded(version: string | null, message: FileMessage | null = null): void {
  file.set({ loaded: version, onDisk: version, reloading: false, message });
}

/** The poll read the file's version on disk. */
export function fileSeen(version: string): void {
  file.set({ onDisk: version });
}

export function reloadStarted(): void {
  file.set({ reloading: true, message: null });
}

/** A reload that drew nothing: it failed (`error` says why) or another graph was opened meanwhile. */
export function reloadEnded(error?: string): void {
  file.set({ reloading: false, message: error ? { text: error, error: true } : null });
}

export function dismissFileMessage(): void {
  file.set({ message: null });
}

let reloadAction: () => void = () => {};

/** What reloadFile() does: main.ts loads the new version in place. */
export function setReloadAction(action: () => void): void {
  reloadAction = action;
}

/** Loads the new version of the drawn file (the notice's Reload button, a prompt where quotes were refused). */
export function reloadFile(): void {
  reloadAction();
}
