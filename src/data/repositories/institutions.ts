import type { ThekizDb } from '../db';
import { newId, type InstitutionId, type ProjectId } from '../../domain/ids';
import type { Institution, InstitutionDraft } from '../../domain/institution';
import type { CategoryRecord } from '../../domain/project';

/** Turns drafts into records of a project (new ids, timestamps). */
export function toInstitutions(projectId: ProjectId, drafts: readonly InstitutionDraft[], now = new Date().toISOString()): Institution[] {
  return drafts.map((d) => ({ ...d, tags: [...d.tags], id: newId<InstitutionId>(), projectId, createdAt: now, updatedAt: now }));
}

/**
 * Adds institutions, and categories they use that the project lacks, in ONE transaction:
 * if anything fails (or the tab closes), nothing of it is written.
 */
export async function addInstitutions(db: ThekizDb, projectId: ProjectId, drafts: readonly InstitutionDraft[], newCategories: readonly Omit<CategoryRecord, 'projectId' | 'order'>[] = []): Promise<Institution[]> {
  const records = toInstitutions(projectId, drafts);
  await db.transaction('rw', [db.projects, db.institutions, db.categories], async () => {
    if (!(await db.projects.get(projectId))) throw new Error('Das Projekt gibt es nicht mehr.');
    const order = await db.categories.where('projectId').equals(projectId).count();
    await db.categories.bulkPut(newCategories.map((c, i) => ({ ...c, projectId, order: order + i })));
    await db.institutions.bulkAdd(records);
    await db.projects.update(projectId, { updatedAt: new Date().toISOString() });
  });
  return records;
}

/** Updates fields of one institution (updatedAt is set). */
export async function updateInstitution(db: ThekizDb, id: InstitutionId, changes: Partial<InstitutionDraft>): Promise<void> {
  await db.institutions.update(id, { ...changes, updatedAt: new Date().toISOString() });
}

/** Deletes an institution and its partnerships together. Returns what was deleted (for undo). */
export async function deleteInstitution(db: ThekizDb, id: InstitutionId) {
  return db.transaction('rw', db.institutions, db.partnerships, async () => {
    const institution = await db.institutions.get(id);
    const partnerships = await db.partnerships.where('a').equals(id).or('b').equals(id).toArray();
    await db.partnerships.bulkDelete(partnerships.map((p) => p.id));
    await db.institutions.delete(id);
    return { institution, partnerships };
  });
}
