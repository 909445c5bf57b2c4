import { afterEach, describe, expect, it, vi } from 'vitest';
import { draft, dump, link, seeded } from './fixture';
import { freshDb } from '../../helpers/db';
import type { Command } from '../../../src/data/history/command';
import { addInstitutionCommand, addPartnershipCommand, moveInstitutionCommand, updateInstitutionCommand } from '../../../src/data/history/commands';
import { History } from '../../../src/data/history/history';
import { deleteInstitution, getInstitution } from '../../../src/data/repositories/institutions';

afterEach(() => {
  vi.restoreAllMocks();
});

/** A command that only writes to `log`; its undo waits for `gate` when given. */
function logged(log: string[], name: string, gate?: Promise<void>): Command {
  return {
    label: name,
    async do() {
      log.push(`do ${name}`);
    },
    async undo() {
      log.push(`undo ${name}`);
      await gate;
      log.push(`undone ${name}`);
    },
  };
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('History', () => {
  it('runs, undoes and redoes commands and names the next step each way', async () => {
    const { db, a } = await seeded();
    const h = new History(db);
    expect([h.canUndo, h.canRedo, h.undoLabel(), h.redoLabel()]).toEqual([false, false, null, null]);
    await h.undo(); // nothing to undo: no error
    await h.run(moveInstitutionCommand(a, 11.7, 50.8));
    await h.run(updateInstitutionCommand((await getInstitution(db, a.projectId, a.id))!, { name: 'A2' }));
    expect([h.canUndo, h.undoLabel(), h.redoLabel()]).toEqual([true, 'Einrichtung „A“ bearbeitet', null]);
    await h.undo();
    expect([h.undoLabel(), h.redoLabel()]).toEqual(['Einrichtung „A“ verschoben', 'Einrichtung „A“ bearbeitet']);
    expect((await getInstitution(db, a.projectId, a.id))?.name).toBe('A');
    await h.redo();
    expect((await getInstitution(db, a.projectId, a.id))?.name).toBe('A2');
    expect([h.canRedo, h.getSnapshot().size]).toEqual([false, 2]);
  });

  it('after 60 commands, 50 undos restore the state after command 10', async () => {
    const { db, p, a } = await seeded();
    const h = new History(db);
    let afterTen: Awaited<ReturnType<typeof dump>> | undefined;
    let runs = 0;
    const run = async (command: Command) => {
      await h.run(command);
      if (++runs === 10) afterTen = await dump(db);
    };
    while (runs < 60) {
      if (runs % 3 === 0) {
        const { command, id } = addInstitutionCommand(p, draft(`N${runs}`));
        await run(command);
        await run(addPartnershipCommand(p, link(a.id, id)).command);
      } else {
        const current = (await getInstitution(db, p, a.id))!;
        await run(runs % 2 ? moveInstitutionCommand(current, 11 + runs / 100, 50.5) : updateInstitutionCommand(current, { note: `Schritt ${runs}` }));
      }
    }
    expect(runs).toBe(60);
    for (let k = 0; k < 50; k++) await h.undo();
    expect(await dump(db)).toEqual(afterTen);
    expect(h.getSnapshot()).toMatchObject({ size: 10, canRedo: true });
  });

  it('keeps the last 100 steps by default and forgets older ones', async () => {
    const log: string[] = [];
    const h = new History(freshDb());
    for (let k = 0; k < 101; k++) await h.run(logged(log, `K${k}`));
    expect(h.getSnapshot().size).toBe(100);
    for (let k = 0; k < 101; k++) await h.undo();
    expect(h.canUndo).toBe(false);
    expect(log).toContain('undone K1');
    expect(log).not.toContain('undo K0');
  });

  it('drops the redo steps when a new command runs', async () => {
    const log: string[] = [];
    const h = new History(freshDb());
    await h.run(logged(log, 'eins'));
    await h.run(logged(log, 'zwei'));
    await h.undo();
    expect(h.redoLabel()).toBe('zwei');
    await h.run(logged(log, 'drei'));
    expect([h.canRedo, h.redoLabel(), h.undoLabel()]).toEqual([false, null, 'drei']);
    await h.redo();
    expect(log.filter((l) => l === 'do zwei')).toHaveLength(1);
  });

  it('leaves stacks and database unchanged when a command fails (update of an institution that is gone)', async () => {
    const { db, p, a, b } = await seeded();
    const h = new History(db);
    await h.run(moveInstitutionCommand(a, 11.7, 50.8));
    await h.undo();
    await deleteInstitution(db, p, b.id);
    const before = await dump(db);
    const snapshot = h.getSnapshot();
    await expect(h.run(updateInstitutionCommand(b, { name: 'X' }))).rejects.toThrow('Die Einrichtung gibt es nicht mehr.');
    expect(await dump(db)).toEqual(before);
    expect(h.getSnapshot()).toBe(snapshot);
    expect([h.undoLabel(), h.redoLabel()]).toEqual([null, 'Einrichtung „A“ verschoben']);
  });

  it('leaves stacks and database unchanged when an undo or a redo fails', async () => {
    const { db, p, b } = await seeded();
    const h = new History(db);
    await h.run(updateInstitutionCommand(b, { name: 'B2' }));
    await h.run(moveInstitutionCommand(b, 11.7, 50.8));
    await h.undo();
    await deleteInstitution(db, p, b.id); // changed outside the history
    const before = await dump(db);
    await expect(h.undo()).rejects.toThrow('Die Einrichtung gibt es nicht mehr.');
    await expect(h.redo()).rejects.toThrow('Die Einrichtung gibt es nicht mehr.');
    expect(await dump(db)).toEqual(before);
    expect([h.undoLabel(), h.redoLabel(), h.getSnapshot().size]).toEqual(['Einrichtung „B“ bearbeitet', 'Einrichtung „B“ verschoben', 1]);
  });

  it('serialises calls: a second undo waits until the first has finished', async () => {
    const log: string[] = [];
    const first = gate();
    const second = gate();
    const h = new History(freshDb());
    await h.run(logged(log, 'eins', first.promise));
    await h.run(logged(log, 'zwei', second.promise));
    const undos = [h.undo(), h.undo()];
    await settle();
    expect(log.slice(2)).toEqual(['undo zwei']);
    second.open();
    await settle();
    expect(log.slice(2)).toEqual(['undo zwei', 'undone zwei', 'undo eins']);
    first.open();
    await Promise.all(undos);
    expect(log.slice(2)).toEqual(['undo zwei', 'undone zwei', 'undo eins', 'undone eins']);
    expect([h.canUndo, h.redoLabel()]).toEqual([false, 'eins']);
  });

  it('gives a stable snapshot that changes identity only with its content, and notifies subscribers', async () => {
    const h = new History(freshDb());
    const listener = vi.fn();
    const unsubscribe = h.subscribe(listener);
    const empty = h.getSnapshot();
    expect(h.getSnapshot()).toBe(empty);
    expect(Object.isFrozen(empty)).toBe(true);
    h.clear();
    expect(h.getSnapshot()).toBe(empty);
    await h.run(logged([], 'eins'));
    expect(listener).toHaveBeenCalledTimes(1);
    const one = h.getSnapshot();
    expect(one).toEqual({ canUndo: true, canRedo: false, undoLabel: 'eins', redoLabel: null, size: 1 });
    expect(h.getSnapshot()).toBe(one);
    await h.undo();
    expect(h.getSnapshot()).toEqual({ canUndo: false, canRedo: true, undoLabel: null, redoLabel: 'eins', size: 0 });
    unsubscribe();
    await h.redo();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('keeps the snapshot object when a step changes nothing it shows', async () => {
    const h = new History(freshDb(), 1);
    const listener = vi.fn();
    h.subscribe(listener);
    await h.run(logged([], 'gleich'));
    const shown = h.getSnapshot();
    await h.run(logged([], 'gleich')); // replaces the only step by one with the same label
    expect(listener).toHaveBeenCalledTimes(2);
    expect(h.getSnapshot()).toBe(shown);
  });

  it('clear forgets every step; a command still running is applied but not recorded', async () => {
    const log: string[] = [];
    const slow = gate();
    const h = new History(freshDb());
    await h.run(logged(log, 'eins'));
    const running = h.run({ label: 'langsam', do: () => slow.promise.then(() => void log.push('do langsam')), undo: async () => {} });
    const queuedUndo = h.undo();
    h.clear();
    slow.open();
    await Promise.all([running, queuedUndo]);
    expect(log).toEqual(['do eins', 'do langsam']);
    expect(h.getSnapshot()).toEqual({ canUndo: false, canRedo: false, undoLabel: null, redoLabel: null, size: 0 });
  });

  it('clear during an undo: the undo is applied but nothing is left to redo', async () => {
    const log: string[] = [];
    const slow = gate();
    const h = new History(freshDb());
    await h.run(logged(log, 'eins', slow.promise));
    const undoing = h.undo();
    await settle();
    h.clear();
    slow.open();
    await undoing;
    expect(log).toEqual(['do eins', 'undo eins', 'undone eins']);
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
  });
});
