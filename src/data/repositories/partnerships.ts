import type { ThekizDb } from '../db';
import { getInstitution } from './institutions';
import { newId, type InstitutionId, type PartnershipId, type ProjectId } from '../../domain/ids';
import type { Partnership } from '../../domain/partnership';

export type PartnershipDraft = Omit<Partnership, 'id' | 'projectId'>;

/** Adds partnerships to a project in one transaction. */
export async function addPartnerships(db: ThekizDb, projectId: ProjectId, drafts: readonly PartnershipDraft[]): Promise<Partnership[]> {
  const records = drafts.map((d) => ({ ...d, id: newId<PartnershipId>(), projectId }));
  await db.partnerships.bulkAdd(records);
  return records;
}

/** One partnership, or undefined. */
export async function getPartnership(db: ThekizDb, id: PartnershipId): Promise<Partnership | undefined> {
  return db.partnerships.get(id);
}

/** All partnerships of a project. */
export async function readPartnerships(db: ThekizDb, projectId: ProjectId): Promise<Partnership[]> {
  return db.partnerships.where('projectId').equals(projectId).toArray();
}

/** Partnerships with the institution at either end. */
export async function partnershipsOf(db: ThekizDb, institutionId: InstitutionId): Promise<Partnership[]> {
  return db.partnerships.where('a').equals(institutionId).or('b').equals(institutionId).toArray();
}

/** Writes partnership records exactly as given, adding or replacing by id (inside the caller's transaction). */
export async function putPartnerships(db: ThekizDb, records: readonly Partnership[]): Promise<void> {
  await db.partnerships.bulkPut([...records]);
}

/** Deletes partnerships by id (inside the caller's transaction). */
export async function deletePartnerships(db: ThekizDb, ids: readonly PartnershipId[]): Promise<void> {
  await db.partnerships.bulkDelete([...ids]);
}

/**
 * Throws a German error unless the partnership may be stored: both institutions exist in its
 * project, they are two different ones, and no other partnership of the same type links the
 * same two institutions (in either order).
 */
export async function checkPartnership(db: ThekizDb, p: Partnership): Promise<void> {
  if (p.a === p.b) throw new Error('Eine Einrichtung kann keine Partnerschaft mit sich selbst haben.');
  const a = await getInstitution(db, p.projectId, p.a);
  const b = await getInstitution(db, p.projectId, p.b);
  if (!a || !b) throw new Error('Die Einrichtung gibt es nicht mehr.');
  const same = (await partnershipsOf(db, p.a)).filter((q) => q.id !== p.id && q.type === p.type && (q.a === p.b || q.b === p.b));
  if (same.length > 0) throw new Error(`Zwischen „${a.name}“ und „${b.name}“ gibt es schon eine Partnerschaft „${p.type}“.`);
}

/**
 * Changes fields of one partnership after checking it (see checkPartnership), in one
 * transaction. Returns the new record.
 */
export async function updatePartnership(db: ThekizDb, id: PartnershipId, changes: Partial<PartnershipDraft>): Promise<Partnership> {
  return db.transaction('rw', db.partnerships, db.institutionBlocks, async () => {
    const old = await db.partnerships.get(id);
    if (!old) throw new Error('Die Partnerschaft gibt es nicht mehr.');
    const updated: Partnership = { ...old, ...changes, id, projectId: old.projectId };
    await checkPartnership(db, updated);
    await db.partnerships.put(updated);
    return updated;
  });
}
