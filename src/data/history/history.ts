import type { ThekizDb } from '../db';
import type { Command } from './command';

/**
 * What the UI shows of a history. `History.getSnapshot()` returns the same frozen object
 * until one of these values changes (as React's useSyncExternalStore requires).
 */
export interface HistorySnapshot {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Label of the step the next undo reverses, or null. */
  readonly undoLabel: string | null;
  /** Label of the step the next redo repeats, or null. */
  readonly redoLabel: string | null;
  /** Number of steps that can be undone. */
  readonly size: number;
}

/**
 * Undo/redo history of edit commands. `run`, `undo` and `redo` are serialised: a call made
 * while another is still running waits for it, so fast repeated Ctrl+Z cannot interleave.
 * When a command throws, both stacks stay as they were and the error reaches the caller.
 * Only the last `limit` steps are kept.
 *
 * For React: `useSyncExternalStore(history.subscribe, history.getSnapshot)` (both are bound).
 */
export class History {
  private readonly db: ThekizDb;
  private readonly limit: number;
  private done: Command[] = [];
  private undone: Command[] = [];
  /** Settles when the last queued operation has finished (never rejects). */
  private queue: Promise<void> = Promise.resolve();
  /** Increased by clear(): operations queued before it must not touch the new stacks. */
  private epoch = 0;
  private readonly listeners = new Set<() => void>();
  private snapshot: HistorySnapshot;

  /** `limit`: how many steps can be undone at most (default 100). */
  constructor(db: ThekizDb, limit = 100) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
    this.db = db;
    this.limit = limit;
    this.snapshot = this.computeSnapshot();
  }

  /** Whether there is a step to undo. */
  get canUndo(): boolean {
    return this.done.length > 0;
  }

  /** Whether there is an undone step to redo. */
  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Label of the step the next undo reverses, or null. */
  undoLabel(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  /** Label of the step the next redo repeats, or null. */
  redoLabel(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  /** Executes a command and records it; the redo steps are dropped. */
  run(command: Command): Promise<void> {
    return this.serialise(async (epoch) => {
      await command.do(this.db);
      if (epoch !== this.epoch) return; // cleared meanwhile: the edit stands but is not recorded
      this.done.push(command);
      if (this.done.length > this.limit) this.done.splice(0, this.done.length - this.limit);
      this.undone = [];
      this.changed();
    });
  }

  /** Reverses the last step; does nothing when there is none. */
  undo(): Promise<void> {
    return this.serialise(async (epoch) => {
      const command = this.done.at(-1);
      if (!command) return;
      await command.undo(this.db);
      if (epoch !== this.epoch) return; // cleared meanwhile: nothing to record
      this.done.pop();
      this.undone.push(command);
      this.changed();
    });
  }

  /** Repeats the last undone step; does nothing when there is none. */
  redo(): Promise<void> {
    return this.serialise(async (epoch) => {
      const command = this.undone.at(-1);
      if (!command) return;
      await command.do(this.db);
      if (epoch !== this.epoch) return;
      this.undone.pop();
      this.done.push(command);
      this.changed();
    });
  }

  /** Forgets all steps (e.g. when another project is opened). A step still running is not recorded. */
  clear(): void {
    this.epoch++;
    if (this.done.length === 0 && this.undone.length === 0) return;
    this.done = [];
    this.undone = [];
    this.changed();
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** The current state for the UI: the same object until something in it changed. */
  readonly getSnapshot = (): HistorySnapshot => this.snapshot;

  private serialise(step: (epoch: number) => Promise<void>): Promise<void> {
    const epoch = this.epoch;
    const result = this.queue.then(() => step(epoch));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private computeSnapshot(): HistorySnapshot {
    return Object.freeze({ canUndo: this.canUndo, canRedo: this.canRedo, undoLabel: this.undoLabel(), redoLabel: this.redoLabel(), size: this.done.length });
  }

  private changed(): void {
    const next = this.computeSnapshot();
    const old = this.snapshot;
    const same = (Object.keys(next) as (keyof HistorySnapshot)[]).every((k) => next[k] === old[k]);
    if (!same) this.snapshot = next;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (error) {
        // A faulty listener must not turn a finished step into a failed one.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}
