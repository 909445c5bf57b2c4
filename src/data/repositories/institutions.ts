import type { ThekizDb } from '../db';
import { blockIdOf, blocksPerRead, groupIntoBlocks, mergeIntoBlocks } from '../institutionBlocks';
import { newId, type InstitutionId, type ProjectId } from '../../domain/ids';
import type { Institution, InstitutionDraft } from '../../domain/institution';
import type { CategoryRecord } from '../../domain/project';

/** Turns drafts into records of a project (new ids, timestamps). */
export function toInstitutions(projectId: ProjectId, drafts: readonly InstitutionDraft[], now = new Date().toISOString()): Institution[] {
  return drafts.map((d) => ({ ...d, tags: [...d.tags], id: newId<InstitutionId>(), projectId, createdAt: now, updatedAt: now }));
}

/**
 * All institutions of a project. Reads the blocks about 3,200 institutions at a time (see
 * blocksPerRead): one getAll of 100,000 is a single long task in the page, several reads are
 * short ones, and a small project still needs only a few.
 */
export async function readInstitutions(db: ThekizDb, projectId: ProjectId): Promise<Institution[]> {
  const keys = await db.institutionBlocks.where('projectId').equals(projectId).primaryKeys();
  const out: Institution[] = [];
  for (let i = 0; i < keys.length; ) {
    const n = blocksPerRead(i, out.length);
    for (const b of await db.institutionBlocks.bulkGet(keys.slice(i, i + n))) if (b) out.push(...b.items);
    i += n;
  }
  return out;
}

/** One institution, or undefined. */
export async function getInstitution(db: ThekizDb, projectId: ProjectId, id: InstitutionId): Promise<Institution | undefined> {
  const block = await db.institutionBlocks.get(blockIdOf(projectId, id));
  return block?.items.find((i) => i.id === id);
}

/** Writes institution records into their blocks (inside the caller's transaction). */
export async function putInstitutions(db: ThekizDb, records: readonly Institution[]): Promise<void> {
  const ids = groupIntoBlocks(records).map((b) => b.id);
  const existing = await db.institutionBlocks.bulkGet(ids);
  await db.institutionBlocks.bulkPut(mergeIntoBlocks(existing, records));
}

/**
 * Adds institutions, and categories they use that the project lacks, in ONE transaction:
 * if anything fails (or the tab closes), nothing of it is written.
 */
export async function addInstitutions(db: ThekizDb, projectId: ProjectId, drafts: readonly InstitutionDraft[], newCategories: readonly Omit<CategoryRecord, 'projectId' | 'order'>[] = []): Promise<Institution[]> {
  const records = toInstitutions(projectId, drafts);
  await db.transaction('rw', [db.projects, db.institutionBlocks, db.categories], async () => {
    if (!(await db.projects.get(projectId))) throw new Error('Das Projekt gibt es nicht mehr.');
    const order = await db.categories.where('projectId').equals(projectId).count();
    await db.categories.bulkPut(newCategories.map((c, i) => ({ ...c, projectId, order: order + i })));
    await putInstitutions(db, records);
    await db.projects.update(projectId, { updatedAt: new Date().toISOString() });
  });
  return records;
}

/** Deletes an institution and its partnerships together. Returns what was deleted (for undo). */
export async function deleteInstitution(db: ThekizDb, projectId: ProjectId, id: InstitutionId) {
  return db.transaction('rw', db.institutionBlocks, db.partnerships, async () => {
    const block = await db.institutionBlocks.get(blockIdOf(projectId, id));
    const institution = block?.items.find((i) => i.id === id);
    const partnerships = await db.partnerships.where('a').equals(id).or('b').equals(id).toArray();
    await db.partnerships.bulkDelete(partnerships.map((p) => p.id));
    if (block) await db.institutionBlocks.put({ ...block, items: block.items.filter((i) => i.id !== id) });
    return { institution, partnerships };
  });
}
