import type { ThekizDb } from '../db';
import type { ProjectId } from '../../domain/ids';
import { sanitizeView, type SavedView, type ViewState } from '../../domain/view';

/** The project's views in presentation order. */
export async function listViews(db: ThekizDb, projectId: ProjectId): Promise<SavedView[]> {
  const rows = await db.views.where('projectId').equals(projectId).toArray();
  // Results of the optimistic cache are frozen: sort a copy.
  return [...rows].sort((a, b) => a.order - b.order || a.createdAt.localeCompare(b.createdAt)).map((v) => ({ ...v, view: sanitizeView(v.view) }));
}

/** Saves the view at the end of the list. */
export async function addView(db: ThekizDb, projectId: ProjectId, name: string, view: ViewState): Promise<SavedView> {
  const clean = name.trim();
  if (!clean) throw new Error('Bitte geben Sie der Ansicht einen Namen.');
  return db.transaction('rw', db.views, async () => {
    const last = (await db.views.where('projectId').equals(projectId).toArray()).reduce((m, v) => Math.max(m, v.order), -1);
    const record: SavedView = { id: crypto.randomUUID(), projectId, name: clean, order: last + 1, view, createdAt: new Date().toISOString() };
    await db.views.add(record);
    return record;
  });
}

/** Moves a view one place up (-1) or down (+1) in the order. */
export async function moveView(db: ThekizDb, projectId: ProjectId, id: string, step: -1 | 1): Promise<void> {
  await db.transaction('rw', db.views, async () => {
    const list = await listViews(db, projectId);
    const at = list.findIndex((v) => v.id === id);
    const to = at + step;
    if (at < 0 || to < 0 || to >= list.length) return;
    [list[at], list[to]] = [list[to], list[at]];
    await db.views.bulkPut(list.map((v, order) => ({ ...v, order })));
  });
}

export function deleteView(db: ThekizDb, id: string): Promise<void> {
  return db.views.delete(id);
}
