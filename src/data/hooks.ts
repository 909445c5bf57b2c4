import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from './database';
import { readInstitutions } from './repositories/institutions';
import type { ProjectId } from '../domain/ids';
import type { Institution } from '../domain/institution';
import type { Partnership } from '../domain/partnership';
import type { CategoryRecord, Project } from '../domain/project';
import type { SavedScenario } from '../domain/scenario';
import { listScenarios } from './repositories/scenarios';
import { listViews } from './repositories/views';
import type { SavedView } from '../domain/view';
import { listRouting, type RoutingInfo } from './routingStore';

/**
 * Live views on the stored data: they update when the database changes, in this tab or in
 * another one (Dexie broadcasts changes between tabs).
 */
export function useProjects(): Project[] | undefined {
  return useLiveQuery(() => getDb().projects.orderBy('name').toArray(), []);
}

export function useInstitutions(projectId: ProjectId | null): Institution[] | undefined {
  return useLiveQuery(async () => (projectId ? readInstitutions(getDb(), projectId) : []), [projectId]);
}

export function usePartnerships(projectId: ProjectId | null): Partnership[] | undefined {
  return useLiveQuery(async () => (projectId ? getDb().partnerships.where('projectId').equals(projectId).toArray() : []), [projectId]);
}

export function useCategories(projectId: ProjectId | null): CategoryRecord[] | undefined {
  return useLiveQuery(async () => (projectId ? getDb().categories.where('projectId').equals(projectId).sortBy('order') : []), [projectId]);
}

/** The project's saved what-if scenarios, by name. */
export function useScenarios(projectId: ProjectId | null): SavedScenario[] | undefined {
  return useLiveQuery(async () => (projectId ? listScenarios(getDb(), projectId) : []), [projectId]);
}

/** The project's saved views in presentation order. */
export function useViews(projectId: ProjectId | null): SavedView[] | undefined {
  return useLiveQuery(async () => (projectId ? listViews(getDb(), projectId) : []), [projectId]);
}

/** The road network and timetable loaded for a planning area (descriptions only), live. */
export function useRoutingInfo(area: string): RoutingInfo[] | undefined {
  return useLiveQuery(() => listRouting(getDb(), area), [area]);
}
