import { expect, vi } from 'vitest';
import { freshDb } from '../../helpers/db';
import type { ThekizDb } from '../../../src/data/db';
import type { Command } from '../../../src/data/history/command';
import { createProject } from '../../../src/data/repositories/projects';
import { addInstitutions } from '../../../src/data/repositories/institutions';
import { addPartnerships, type PartnershipDraft } from '../../../src/data/repositories/partnerships';
import { emptyDraft, type InstitutionDraft } from '../../../src/domain/institution';
import type { InstitutionId } from '../../../src/domain/ids';

/** An institution draft in Jena. */
export const draft = (name: string, extra: Partial<InstitutionDraft> = {}): InstitutionDraft => ({ ...emptyDraft(), name, category: 'Kita', town: 'Jena', ...extra });

/** A partnership draft between two institutions. */
export const link = (a: InstitutionId, b: InstitutionId, type = 'Austausch im Gremium', extra: Partial<PartnershipDraft> = {}): PartnershipDraft => ({ a, b, type, intensity: 2, since: '', until: '', note: '', ...extra });

let counter = 0;

/**
 * Makes new ids fall into only three blocks (buckets "a0", "b1", "c2"), so blocks hold
 * several institutions and the order inside a block is exercised. Undone by vi.restoreAllMocks().
 */
export function fewBuckets(): void {
  counter = 0;
  vi.spyOn(globalThis.crypto, 'randomUUID').mockImplementation(() => {
    const n = counter++;
    return `${['a0', 'b1', 'c2'][n % 3]}000000-0000-4000-8000-${String(n).padStart(12, '0')}` as ReturnType<typeof crypto.randomUUID>;
  });
}

/** Every table of the database, in key order: equal dumps mean equal databases. */
export async function dump(db: ThekizDb) {
  return {
    projects: await db.projects.toArray(),
    blocks: await db.institutionBlocks.toArray(),
    partnerships: await db.partnerships.toArray(),
    categories: await db.categories.toArray(),
  };
}

/**
 * A project with five institutions (A…E, sharing blocks) and three partnerships:
 * A–B, C–B (B at either end) and C–D.
 */
export async function seeded() {
  fewBuckets();
  const db = freshDb();
  const p = await createProject(db, 'Sozialraum Jena');
  const [a, b, c, d, e] = await addInstitutions(db, p, [
    draft('A', { lat: 50.93, lon: 11.59, locationQuality: 'exact', tags: ['Ost'] }),
    draft('B', { lat: 50.92, lon: 11.58, locationQuality: 'geocoded-place' }),
    draft('C', { lat: 50.91, lon: 11.6, locationQuality: 'exact' }),
    draft('D'),
    draft('E', { lat: 50.9, lon: 11.57, locationQuality: 'exact' }),
  ]);
  const [ab, cb, cd] = await addPartnerships(db, p, [link(a.id, b.id), link(c.id, b.id, 'gemeinsames Angebot'), link(c.id, d.id)]);
  return { db, p, a, b, c, d, e, ab, cb, cd };
}

/** do → (check) → undo → exactly as before → do → exactly as after, twice over. */
export async function roundTrip(db: ThekizDb, command: Command, checkAfter: () => Promise<void>): Promise<void> {
  const before = await dump(db);
  await command.do(db);
  await checkAfter();
  const after = await dump(db);
  expect(after).not.toEqual(before);
  for (let k = 0; k < 2; k++) {
    await command.undo(db);
    expect(await dump(db)).toEqual(before);
    await command.do(db);
    expect(await dump(db)).toEqual(after);
  }
}
