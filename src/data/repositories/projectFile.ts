import type { ThekizDb } from '../db';
import { parseProjectFile, toProjectFile, type ProjectFileData } from '../export/projectFile';
import { putInstitutions, readInstitutions } from './institutions';
import { newId, type InstitutionId, type PartnershipId, type ProjectId } from '../../domain/ids';

/** Everything of one project, for the project file. */
export async function readProject(db: ThekizDb, projectId: ProjectId): Promise<ProjectFileData> {
  const project = await db.projects.get(projectId);
  if (!project) throw new Error('Das Projekt gibt es nicht mehr.');
  const [categories, institutions, partnerships] = await Promise.all([
    db.categories.where('projectId').equals(projectId).sortBy('order'),
    readInstitutions(db, projectId),
    db.partnerships.where('projectId').equals(projectId).toArray(),
  ]);
  return { project, categories, institutions, partnerships };
}

/** The project file (JSON text) of a project. */
export async function exportProjectFile(db: ThekizDb, projectId: ProjectId, now = new Date().toISOString()): Promise<string> {
  return toProjectFile(await readProject(db, projectId), now);
}

/**
 * Opens a project file as a NEW project (never overwriting one): institutions and
 * partnerships get new ids, so the same file can be opened twice. Written in one
 * transaction. Returns the new id and the warnings of the check, or a German message.
 */
export async function importProjectFile(db: ThekizDb, text: string): Promise<{ ok: true; projectId: ProjectId; warnings: string[] } | { ok: false; message: string }> {
  const projectId = newId<ProjectId>();
  const parsed = parseProjectFile(text, projectId);
  if (!parsed.ok) return parsed;
  const { project, categories, institutions, partnerships } = parsed.data;
  const ids = new Map(institutions.map((i) => [i.id, newId<InstitutionId>()]));
  await db.transaction('rw', [db.projects, db.categories, db.institutionBlocks, db.partnerships], async () => {
    await db.projects.add({ ...project, id: projectId });
    await db.categories.bulkAdd(categories.map((c) => ({ ...c, projectId })));
    await putInstitutions(db, institutions.map((i) => ({ ...i, projectId, id: ids.get(i.id)! })));
    await db.partnerships.bulkAdd(partnerships.map((p) => ({ ...p, projectId, id: newId<PartnershipId>(), a: ids.get(p.a)!, b: ids.get(p.b)! })));
  });
  return { ok: true, projectId, warnings: parsed.warnings };
}
