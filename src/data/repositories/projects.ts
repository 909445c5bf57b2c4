import type { ThekizDb } from '../db';
import { DEFAULT_CATEGORIES } from '../../domain/categories';
import { newId, type ProjectId } from '../../domain/ids';
import type { CategoryRecord, Project } from '../../domain/project';

/** Creates a project with the default categories; returns its id. */
export async function createProject(db: ThekizDb, name: string, opts: { description?: string; isDemo?: boolean } = {}): Promise<ProjectId> {
  const now = new Date().toISOString();
  const project: Project = { id: newId<ProjectId>(), name, description: opts.description ?? '', isDemo: opts.isDemo ?? false, createdAt: now, updatedAt: now };
  await db.transaction('rw', db.projects, db.categories, async () => {
    await db.projects.add(project);
    await db.categories.bulkAdd(defaultCategoryRecords(project.id));
  });
  return project.id;
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
