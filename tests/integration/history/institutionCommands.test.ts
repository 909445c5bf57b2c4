import { afterEach, describe, expect, it, vi } from 'vitest';
import { dump, roundTrip, draft, seeded } from './fixture';
import { addInstitutionCommand, deleteInstitutionCommand, moveInstitutionCommand, updateInstitutionCommand } from '../../../src/data/history/commands';
import { getInstitution, readInstitutions } from '../../../src/data/repositories/institutions';
import { readPartnerships } from '../../../src/data/repositories/partnerships';
import { deleteProject } from '../../../src/data/repositories/projects';
import { changedFields } from '../../../src/domain/institution';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('institution commands', () => {
  it('add: creates the record, undo removes it (and a block it created), redo re-adds the same id', async () => {
    const { db, p } = await seeded();
    vi.mocked(crypto.randomUUID).mockReturnValueOnce('ff000000-0000-4000-8000-000000000000');
    const blocks = await db.institutionBlocks.count();
    const inNewBlock = addInstitutionCommand(p, draft('Neu', { tags: ['x'] }));
    expect(inNewBlock.command.label).toBe('Einrichtung „Neu“ angelegt');
    await roundTrip(db, inNewBlock.command, async () => {
      expect(await getInstitution(db, p, inNewBlock.id)).toMatchObject({ id: inNewBlock.id, projectId: p, name: 'Neu', tags: ['x'] });
      expect(await db.institutionBlocks.count()).toBe(blocks + 1);
    });
    const inOldBlock = addInstitutionCommand(p, draft('Nachbar'));
    await roundTrip(db, inOldBlock.command, async () => {
      expect((await readInstitutions(db, p)).map((i) => i.name)).toEqual(['C', 'Nachbar', 'A', 'D', 'B', 'E', 'Neu']);
    });
  });

  it('add: is refused when the project is gone', async () => {
    const { db, p } = await seeded();
    await deleteProject(db, p);
    const { command } = addInstitutionCommand(p, draft('Neu'));
    await expect(command.do(db)).rejects.toThrow('Das Projekt gibt es nicht mehr.');
    expect(await db.institutionBlocks.count()).toBe(0);
  });

  it('update: changes fields with a new timestamp; undo restores the record exactly, updatedAt included', async () => {
    const { db, p, c } = await seeded();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-01T12:00:00Z'));
    const command = updateInstitutionCommand(c, { name: 'C neu', tags: ['Nord'], phone: '03641 1234' });
    expect(command.label).toBe('Einrichtung „C“ bearbeitet');
    await roundTrip(db, command, async () => {
      expect(await getInstitution(db, p, c.id)).toEqual({ ...c, name: 'C neu', tags: ['Nord'], phone: '03641 1234', updatedAt: '2031-05-01T12:00:00.000Z' });
      vi.setSystemTime(new Date('2032-01-01T00:00:00Z')); // a redo later on keeps the first timestamp
    });
  });

  it('move: sets the coordinates as placed by hand, keeping the place of the record in its block', async () => {
    const { db, p, a, d } = await seeded();
    const command = moveInstitutionCommand(a, 11.61, 50.95);
    expect(command.label).toBe('Einrichtung „A“ verschoben');
    await roundTrip(db, command, async () => {
      expect(await getInstitution(db, p, a.id)).toMatchObject({ lon: 11.61, lat: 50.95, locationQuality: 'manual', name: 'A' });
      expect((await readInstitutions(db, p)).map((i) => i.name)).toEqual(['C', 'A', 'D', 'B', 'E']);
    });
    expect(moveInstitutionCommand(d, 11, 51).label).toBe('Einrichtung „D“ auf der Karte platziert');
  });

  it('move: refuses coordinates outside the globe and writes nothing', async () => {
    const { db, a } = await seeded();
    const before = await dump(db);
    await expect(moveInstitutionCommand(a, 181, 50).do(db)).rejects.toThrow(/Koordinaten/);
    await expect(moveInstitutionCommand(a, 11, Number.NaN).do(db)).rejects.toThrow(/Koordinaten/);
    expect(await dump(db)).toEqual(before);
  });

  it('delete: removes the institution with its partnerships; undo restores all of them exactly', async () => {
    const { db, p, b, cd } = await seeded();
    const command = deleteInstitutionCommand(b);
    expect(command.label).toBe('Einrichtung „B“ gelöscht');
    await roundTrip(db, command, async () => {
      expect(await getInstitution(db, p, b.id)).toBeUndefined();
      expect(await readPartnerships(db, p)).toEqual([cd]);
      expect((await readInstitutions(db, p)).map((i) => i.name)).toEqual(['C', 'A', 'D', 'E']);
    });
  });

  it('delete: is all or nothing when the block cannot be written', async () => {
    const { db, b } = await seeded();
    const before = await dump(db);
    db.institutionBlocks.hook('updating', () => {
      throw new Error('Speicher voll');
    });
    await expect(deleteInstitutionCommand(b).do(db)).rejects.toThrow('Speicher voll');
    expect(await dump(db)).toEqual(before);
  });

  it('delete: its undo is all or nothing when a partnership cannot be restored', async () => {
    const { db, b } = await seeded();
    const command = deleteInstitutionCommand(b);
    await command.do(db);
    const after = await dump(db);
    db.partnerships.hook('creating', () => {
      throw new Error('Speicher voll');
    });
    await expect(command.undo(db)).rejects.toThrow('Speicher voll');
    expect(await dump(db)).toEqual(after);
  });

  it('delete: its undo refuses to bring an institution back into a project that is gone', async () => {
    const { db, p, b } = await seeded();
    const command = deleteInstitutionCommand(b);
    await command.do(db);
    await deleteProject(db, p);
    await expect(command.undo(db)).rejects.toThrow('Das Projekt gibt es nicht mehr.');
    expect([await db.institutionBlocks.count(), await db.partnerships.count()]).toEqual([0, 0]);
  });

  it('update and delete: refuse an institution that no longer exists', async () => {
    const { db, b } = await seeded();
    await deleteInstitutionCommand(b).do(db);
    const before = await dump(db);
    await expect(updateInstitutionCommand(b, { name: 'X' }).do(db)).rejects.toThrow('Die Einrichtung gibt es nicht mehr.');
    await expect(moveInstitutionCommand(b, 11, 51).do(db)).rejects.toThrow('Die Einrichtung gibt es nicht mehr.');
    await expect(deleteInstitutionCommand(b).do(db)).rejects.toThrow('Die Einrichtung gibt es nicht mehr.');
    expect(await dump(db)).toEqual(before);
  });

  it('two tabs editing different fields of one institution from the same old state keep both edits', async () => {
    const { db, p } = await seeded();
    const before = (await readInstitutions(db, p))[0];
    const base = { ...before };
    const tabA = updateInstitutionCommand(before, changedFields(base, { ...base, name: 'Neuer Name' }));
    const tabB = updateInstitutionCommand(before, changedFields(base, { ...base, phone: '0361 123' }));
    await tabA.do(db);
    await tabB.do(db);
    expect(await getInstitution(db, p, before.id)).toMatchObject({ name: 'Neuer Name', phone: '0361 123' });
    // The same field in both tabs: the later save wins.
    await updateInstitutionCommand(before, changedFields(base, { ...base, name: 'Erst' })).do(db);
    await updateInstitutionCommand(before, changedFields(base, { ...base, name: 'Zuletzt' })).do(db);
    expect((await getInstitution(db, p, before.id))?.name).toBe('Zuletzt');
  });
});
