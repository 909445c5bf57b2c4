import { afterEach, describe, expect, it, vi } from 'vitest';
import { dump, roundTrip, link, seeded } from './fixture';
import { addPartnershipCommand, deleteInstitutionCommand, deletePartnershipCommand, updatePartnershipCommand } from '../../../src/data/history/commands';
import { getPartnership, readPartnerships } from '../../../src/data/repositories/partnerships';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('partnership commands', () => {
  it('add: creates the partnership; undo removes it; redo re-adds the same id', async () => {
    const { db, p, a, e } = await seeded();
    const { command, id } = addPartnershipCommand(p, link(a.id, e.id, 'Kooperationsvereinbarung', { intensity: 3 }), { a: 'A', b: 'E' });
    expect(command.label).toBe('Partnerschaft „A“ – „E“ angelegt');
    await roundTrip(db, command, async () => {
      expect(await getPartnership(db, id)).toEqual({ ...link(a.id, e.id, 'Kooperationsvereinbarung', { intensity: 3 }), id, projectId: p });
    });
  });

  it('update: changes fields; undo restores the record exactly', async () => {
    const { db, ab } = await seeded();
    const command = updatePartnershipCommand(ab, { intensity: 3, note: 'seit dem Umzug enger', since: '2024-02-01' });
    expect(command.label).toBe('Partnerschaft „Austausch im Gremium“ geändert');
    await roundTrip(db, command, async () => {
      expect(await getPartnership(db, ab.id)).toEqual({ ...ab, intensity: 3, note: 'seit dem Umzug enger', since: '2024-02-01' });
    });
  });

  it('delete: removes the partnership; undo puts back the same record', async () => {
    const { db, p, ab, cb, cd } = await seeded();
    const command = deletePartnershipCommand(cb);
    expect(command.label).toBe('Partnerschaft „gemeinsames Angebot“ gelöscht');
    await roundTrip(db, command, async () => {
      expect(await readPartnerships(db, p)).toEqual([ab, cd]);
    });
  });

  it('refuse an institution in partnership with itself', async () => {
    const { db, p, a, ab } = await seeded();
    const before = await dump(db);
    await expect(addPartnershipCommand(p, link(a.id, a.id)).command.do(db)).rejects.toThrow('Eine Einrichtung kann keine Partnerschaft mit sich selbst haben.');
    await expect(updatePartnershipCommand(ab, { b: a.id }).do(db)).rejects.toThrow(/mit sich selbst/);
    expect(await dump(db)).toEqual(before);
  });

  it('refuse a second partnership of the same type between the same two institutions, in either order', async () => {
    const { db, p, a, b, cd } = await seeded();
    const before = await dump(db);
    await expect(addPartnershipCommand(p, link(a.id, b.id)).command.do(db)).rejects.toThrow('Zwischen „A“ und „B“ gibt es schon eine Partnerschaft „Austausch im Gremium“.');
    await expect(addPartnershipCommand(p, link(b.id, a.id)).command.do(db)).rejects.toThrow('gibt es schon');
    await expect(updatePartnershipCommand(cd, { a: b.id, b: a.id }).do(db)).rejects.toThrow('gibt es schon');
    expect(await dump(db)).toEqual(before);
    // Another type between the same two is a different partnership.
    await addPartnershipCommand(p, link(b.id, a.id, 'gemeinsames Angebot')).command.do(db);
    expect(await readPartnerships(db, p)).toHaveLength(4);
  });

  it('refuse an institution that no longer exists, and a partnership that no longer exists', async () => {
    const { db, p, a, e, ab } = await seeded();
    await deleteInstitutionCommand(e).do(db);
    await deletePartnershipCommand(ab).do(db);
    const before = await dump(db);
    await expect(addPartnershipCommand(p, link(a.id, e.id)).command.do(db)).rejects.toThrow('Die Einrichtung gibt es nicht mehr.');
    await expect(updatePartnershipCommand(ab, { intensity: 1 }).do(db)).rejects.toThrow('Die Partnerschaft gibt es nicht mehr.');
    await expect(deletePartnershipCommand(ab).do(db)).rejects.toThrow('Die Partnerschaft gibt es nicht mehr.');
    expect(await dump(db)).toEqual(before);
  });
});
