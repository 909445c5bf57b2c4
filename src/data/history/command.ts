import type { ThekizDb } from '../db';

/**
 * A reversible edit. `do` and `undo` each run in ONE Dexie transaction, so either all of a
 * step is written or nothing. Both may be called again and again in turn (do, undo, do, …);
 * ids stay the same, so later commands that refer to them keep working after a redo.
 */
export interface Command {
  /** What the edit did, in German, e.g. „Einrichtung „X“ verschoben“. */
  label: string;
  /** Applies the edit. Throws (and writes nothing) when it no longer fits the data. */
  do(db: ThekizDb): Promise<void>;
  /** Reverses the last `do`. Throws (and writes nothing) when that is no longer possible. */
  undo(db: ThekizDb): Promise<void>;
}

/** Runs `work` in one read-write transaction over every table an edit command touches. */
export function inEditTransaction<T>(db: ThekizDb, work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.projects, db.institutionBlocks, db.partnerships], work);
}

/** An institution's or partnership's name for a label; never empty. */
export function quoted(name: string): string {
  return `„${name.trim() || 'ohne Namen'}“`;
}

/** Error message of an undo called before its command ever ran. */
export const NOT_DONE = 'Dieser Schritt wurde noch nicht ausgeführt.';
