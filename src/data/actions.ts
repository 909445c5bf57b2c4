/**
 * What the UI may do with stored data. Components call these instead of touching the
 * database, so every write goes through the repositories (transactions, cascades).
 */
import { getDb } from './database';
import { GEOGRAPHY_URLS } from './geography';
import { createDemoProject, placesFromGeoJson } from './demo/loadDemo';
import { createProject, deleteProject, renameProject } from './repositories/projects';
import type { ProjectId } from '../domain/ids';

/** Loads the embedded places and creates the fictional demo project from them. */
export async function loadDemoProject(): Promise<ProjectId> {
  const res = await fetch(GEOGRAPHY_URLS.orte);
  if (!res.ok) throw new Error(`Ortsdaten nicht geladen (${res.status})`);
  return createDemoProject(getDb(), placesFromGeoJson(await res.json()));
}

export const newProject = (name: string): Promise<ProjectId> => createProject(getDb(), name);
export const removeProject = (id: ProjectId): Promise<void> => deleteProject(getDb(), id);
export const renameProjectTo = (id: ProjectId, name: string): Promise<void> => renameProject(getDb(), id, name);
