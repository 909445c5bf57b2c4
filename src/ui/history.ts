import { useSyncExternalStore } from 'react';
import { getDb } from '../data/database';
import { History, type HistorySnapshot } from '../data/history/history';
import type { Command } from '../data/history/command';
import { isQuotaError, QUOTA_MESSAGE, storageError } from '../data/storageErrors';
import { useStorageAlert } from '../state/storageAlert';

let instance: History | null = null;

/** The page's one undo/redo history (kept in memory for the session). */
export function getHistory(): History {
  instance ??= new History(getDb(), 100);
  return instance;
}

/** The history's state for rendering (re-renders when it changes). */
export function useHistorySnapshot(): HistorySnapshot {
  const h = getHistory();
  return useSyncExternalStore(h.subscribe, h.getSnapshot);
}

/** Runs an edit through the history so it can be undone; a full disk is reported above everything. */
export async function runEdit(command: Command): Promise<void> {
  try {
    await getHistory().run(command);
  } catch (e) {
    if (isQuotaError(e)) useStorageAlert.getState().show(QUOTA_MESSAGE);
    throw storageError(e);
  }
}
