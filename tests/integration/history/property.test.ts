import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { dump, link, seeded, draft } from './fixture';
import type { ThekizDb } from '../../../src/data/db';
import type { Command } from '../../../src/data/history/command';
import { addInstitutionCommand, addPartnershipCommand, deleteInstitutionCommand, deletePartnershipCommand, moveInstitutionCommand, updateInstitutionCommand } from '../../../src/data/history/commands';
import { History } from '../../../src/data/history/history';
import { getInstitution, readInstitutions } from '../../../src/data/repositories/institutions';
import { getPartnership, readPartnerships } from '../../../src/data/repositories/partnerships';
import type { InstitutionId, PartnershipId, ProjectId } from '../../../src/domain/ids';

afterEach(() => {
  vi.restoreAllMocks();
});

/** The model: what of a project the commands are meant to change (timestamps left out). */
interface Model {
  institutions: { id: InstitutionId; name: string; lon: number | null; lat: number | null; locationQuality: string }[];
  partnerships: { id: PartnershipId; a: InstitutionId; b: InstitutionId; type: string }[];
}
/** A state of the model, with the exact database dump first seen in it. */
type Entry = { model: Model; exact: Awaited<ReturnType<typeof dump>> };

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

async function observe(db: ThekizDb, p: ProjectId): Promise<Model> {
  const institutions = (await readInstitutions(db, p)).map(({ id, name, lon, lat, locationQuality }) => ({ id, name, lon, lat, locationQuality }));
  const partnerships = (await readPartnerships(db, p)).map(({ id, a, b, type }) => ({ id, a, b, type }));
  return { institutions: byId(institutions), partnerships: byId(partnerships) };
}

const coordinate = (min: number, max: number) => fc.integer({ min: min * 1000, max: max * 1000 }).map((n) => n / 1000);
const step = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), name: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), name: fc.string({ maxLength: 6 }) }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), lon: coordinate(9.8, 12.7), lat: coordinate(50.2, 51.6) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('link' as const), pick: fc.nat(), other: fc.nat(), type: fc.constantFrom('Austausch im Gremium', 'gemeinsames Angebot') }),
  fc.record({ kind: fc.constant('unlink' as const), pick: fc.nat() }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

/**
 * Runs one step on the history and the model. Returns the model the step should lead to
 * (null for undo/redo, which the caller takes from its stacks) or 'refused' when the command
 * must fail. Returns undefined when the step does not apply (nothing to pick).
 */
async function apply(db: ThekizDb, p: ProjectId, h: History, m: Model, s: Exclude<Step, { kind: 'undo' | 'redo' }>): Promise<Model | 'refused' | undefined> {
  const insts = m.institutions;
  const pick = 'pick' in s && insts.length > 0 ? insts[s.pick % insts.length] : undefined;
  const current = pick && (await getInstitution(db, p, pick.id))!;
  const run = async (c: Command) => {
    await h.run(c);
  };
  switch (s.kind) {
    case 'add': {
      const { command, id } = addInstitutionCommand(p, draft(s.name));
      await run(command);
      return { ...m, institutions: byId([...insts, { id, name: s.name, lon: null, lat: null, locationQuality: 'none' }]) };
    }
    case 'update':
      if (!current) return undefined;
      await run(updateInstitutionCommand(current, { name: s.name }));
      return { ...m, institutions: insts.map((i) => (i.id === current.id ? { ...i, name: s.name } : i)) };
    case 'move':
      if (!current) return undefined;
      await run(moveInstitutionCommand(current, s.lon, s.lat));
      return { ...m, institutions: insts.map((i) => (i.id === current.id ? { ...i, lon: s.lon, lat: s.lat, locationQuality: 'manual' } : i)) };
    case 'delete':
      if (!current) return undefined;
      await run(deleteInstitutionCommand(current));
      return { institutions: insts.filter((i) => i.id !== current.id), partnerships: m.partnerships.filter((q) => q.a !== current.id && q.b !== current.id) };
    case 'link': {
      if (!current) return undefined;
      const b = insts[s.other % insts.length].id;
      const { command, id } = addPartnershipCommand(p, link(current.id, b, s.type));
      const refused = b === current.id || m.partnerships.some((q) => q.type === s.type && [q.a, q.b].includes(b) && [q.a, q.b].includes(current.id));
      if (refused) {
        await expect(run(command)).rejects.toThrow(/mit sich selbst|gibt es schon/);
        return 'refused';
      }
      await run(command);
      return { ...m, partnerships: byId([...m.partnerships, { id, a: current.id, b, type: s.type }]) };
    }
    case 'unlink': {
      if (m.partnerships.length === 0) return undefined;
      const q = m.partnerships[s.pick % m.partnerships.length];
      await run(deletePartnershipCommand((await getPartnership(db, q.id))!));
      return { ...m, partnerships: m.partnerships.filter((r) => r.id !== q.id) };
    }
  }
}

describe('History with random commands', () => {
  it('matches a model of the project after every step, and every undo/redo returns the exact earlier database', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 30 }), async (steps) => {
        const { db, p } = await seeded();
        const h = new History(db);
        let now: Entry = { model: await observe(db, p), exact: await dump(db) };
        const initial = now;
        const past: Entry[] = [];
        const future: Entry[] = [];
        for (const s of steps) {
          if (s.kind === 'undo' || s.kind === 'redo') {
            const [from, to] = s.kind === 'undo' ? [past, future] : [future, past];
            await h[s.kind]();
            const next = from.pop();
            if (next) {
              to.push(now);
              now = next;
            }
            expect(await dump(db)).toEqual(now.exact);
          } else {
            const result = await apply(db, p, h, now.model, s);
            if (result === 'refused') expect(await dump(db)).toEqual(now.exact);
            else if (result) {
              past.push(now);
              future.length = 0;
              now = { model: result, exact: await dump(db) };
            }
          }
          expect(await observe(db, p)).toEqual(now.model);
          expect([h.getSnapshot().size, h.canRedo]).toEqual([past.length, future.length > 0]);
        }
        // Undoing everything gives back the initial database, redoing everything the last state.
        const last = future.length > 0 ? future[0] : now;
        while (h.canUndo) await h.undo();
        expect(await dump(db)).toEqual(initial.exact);
        while (h.canRedo) await h.redo();
        expect(await dump(db)).toEqual(last.exact);
        db.close();
      }),
      { numRuns: 100 },
    );
  });
});
