import type { ThekizDb } from '../db';
import { DEFAULT_CATEGORIES } from '../../domain/categories';
import { newId, type ProjectId } from '../../domain/ids';
import type { CategoryRecord, Project } from '../../domain/project';
import { DEFAULT_AREA_ID, gemeindeStandOf, isAreaId } from '../../domain/areas';

/** Creates a project with the default categories; returns its id. */
/** A new project record (not yet stored). */
export function newProjectRecord(name: string, opts: { description?: string; isDemo?: boolean; area?: string } = {}): Project {
  const now = new Date().toISOString();
  const project: Project = { id: newId<ProjectId>(), name, description: opts.description ?? '', isDemo: opts.isDemo ?? false, gemeindeStand: gemeindeStandOf(opts.area), createdAt: now, updatedAt: now };
  if (opts.area !== undefined && opts.area !== DEFAULT_AREA_ID) project.area = opts.area;
  return project;
}

export async function createProject(db: ThekizDb, name: string, opts: { description?: string; isDemo?: boolean; area?: string } = {}): Promise<ProjectId> {
  const project = newProjectRecord(name, opts);
  await db.transaction('rw', db.projects, db.categories, async () => {
    await db.projects.add(project);
    await db.categories.bulkAdd(defaultCategoryRecords(project.id));
  });
  return project.id;
}

/** Sets the project's planning area (nothing else changes: the records stay as they are). */
export async function setProjectArea(db: ThekizDb, id: ProjectId, area: string): Promise<void> {
  if (!isAreaId(area)) throw new Error(`Unbekanntes Planungsgebiet ${area}`);
  const changed = await db.projects.update(id, { area, updatedAt: new Date().toISOString() });
  if (changed === 0) throw new Error('Das Projekt gibt es nicht mehr.');
}

/** The default categories (DOMAIN.md) as records of a project. */
export function defaultCategoryRecords(projectId: ProjectId): CategoryRecord[] {
  return DEFAULT_CATEGORIES.map((c, order) => ({ projectId, ...c, order }));
}

/** Deletes a project with all its institutions, partnerships and categories, in one step. */
export async function deleteProject(db: ThekizDb, id: ProjectId): Promise<void> {
  await db.transaction('rw', [db.projects, db.institutionBlocks, db.partnerships, db.categories, db.scenarios, db.views], async () => {
    await db.institutionBlocks.where('projectId').equals(id).delete();
    await db.views.where('projectId').equals(id).delete();
    await db.scenarios.where('projectId').equals(id).delete();
    await db.partnerships.where('projectId').equals(id).delete();
    await db.categories.where('projectId').equals(id).delete();
    await db.projects.delete(id);
  });
}
