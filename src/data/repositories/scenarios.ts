import type { ThekizDb } from '../db';
import type { ProjectId } from '../../domain/ids';
import type { HypotheticalSite, SavedScenario } from '../../domain/scenario';

/** Saves a what-if under a name; a scenario of the same name in the project is replaced. */
export async function saveScenario(db: ThekizDb, projectId: ProjectId, name: string, added: readonly HypotheticalSite[], removed: readonly string[]): Promise<SavedScenario> {
  const clean = name.trim();
  if (!clean) throw new Error('Bitte geben Sie dem Szenario einen Namen.');
  return db.transaction('rw', db.scenarios, async () => {
    const same = (await db.scenarios.where('projectId').equals(projectId).toArray()).find((s) => s.name === clean);
    const record: SavedScenario = { id: same?.id ?? crypto.randomUUID(), projectId, name: clean, added: added.map((a) => ({ ...a })), removed: [...removed], createdAt: new Date().toISOString() };
    await db.scenarios.put(record);
    return record;
  });
}

export function listScenarios(db: ThekizDb, projectId: ProjectId): Promise<SavedScenario[]> {
  return db.scenarios.where('projectId').equals(projectId).sortBy('name');
}

export function deleteScenario(db: ThekizDb, id: string): Promise<void> {
  return db.scenarios.delete(id);
}
