import type { ThekizDb } from '../db';
import { blockIdOf } from '../institutionBlocks';
import { deletePartnerships, partnershipsOf } from '../repositories/partnerships';
import type { InstitutionId, ProjectId } from '../../domain/ids';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';

/**
 * Block-level writes the edit commands need beyond putInstitutions: replace one record in
 * place, remove one (remembering where it was) and put it back at exactly that place. All
 * run inside the caller's transaction.
 */

/** An institution taken out of its block, with everything needed to put it back exactly. */
export interface RemovedInstitution {
  institution: Institution;
  /** Position in its block's items. */
  index: number;
  /** Its partnerships, deleted with it. */
  partnerships: Partnership[];
}

const GONE = 'Die Einrichtung gibt es nicht mehr.';

/** The stored record of an institution; throws a German error when it is gone. */
export async function requireInstitution(db: ThekizDb, projectId: ProjectId, id: InstitutionId): Promise<Institution> {
  const block = await db.institutionBlocks.get(blockIdOf(projectId, id));
  const found = block?.items.find((i) => i.id === id);
  if (!found) throw new Error(GONE);
  return found;
}

/** Replaces a stored institution by `record` (same id), keeping its place in the block. */
export async function replaceInstitution(db: ThekizDb, record: Institution): Promise<void> {
  const block = await db.institutionBlocks.get(blockIdOf(record.projectId, record.id));
  const index = block?.items.findIndex((i) => i.id === record.id) ?? -1;
  if (!block || index < 0) throw new Error(GONE);
  await db.institutionBlocks.put({ ...block, items: block.items.map((i, k) => (k === index ? record : i)) });
}

/**
 * Removes an institution and its partnerships. With `dropEmptyBlock` a block left empty is
 * deleted too (for undoing an add that created the block). Throws when it is gone.
 */
export async function removeInstitution(db: ThekizDb, projectId: ProjectId, id: InstitutionId, dropEmptyBlock = false): Promise<RemovedInstitution> {
  const block = await db.institutionBlocks.get(blockIdOf(projectId, id));
  const index = block?.items.findIndex((i) => i.id === id) ?? -1;
  if (!block || index < 0) throw new Error(GONE);
  const partnerships = await partnershipsOf(db, id);
  await deletePartnerships(db, partnerships.map((p) => p.id));
  const items = block.items.filter((_, k) => k !== index);
  if (dropEmptyBlock && items.length === 0) await db.institutionBlocks.delete(block.id);
  else await db.institutionBlocks.put({ ...block, items });
  return { institution: block.items[index], index, partnerships };
}

/**
 * Puts an institution back into its block at `index` (at the end when undefined) and adds
 * its partnerships. Returns whether the block had to be created. Throws when the project is
 * gone or the institution is already there.
 */
export async function restoreInstitution(db: ThekizDb, removed: { institution: Institution; index?: number; partnerships: readonly Partnership[] }): Promise<boolean> {
  const { institution } = removed;
  if (!(await db.projects.get(institution.projectId))) throw new Error('Das Projekt gibt es nicht mehr.');
  const blockId = blockIdOf(institution.projectId, institution.id);
  const block = await db.institutionBlocks.get(blockId);
  if (block?.items.some((i) => i.id === institution.id)) throw new Error(`Die Einrichtung „${institution.name}“ gibt es schon.`);
  const items = block ? [...block.items] : [];
  items.splice(removed.index ?? items.length, 0, institution);
  await db.institutionBlocks.put({ id: blockId, projectId: institution.projectId, items });
  // bulkAdd, not bulkPut: a partnership that exists again means the data moved on; fail instead of overwriting.
  await db.partnerships.bulkAdd([...removed.partnerships]);
  return !block;
}
