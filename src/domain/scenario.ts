import type { ProjectId } from './ids';

/** A hypothetical centre of a what-if scenario. */
export interface HypotheticalSite {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

/** A named what-if scenario of the coverage analysis: centres added, facilities switched off. */
export interface SavedScenario {
  id: string;
  projectId: ProjectId;
  name: string;
  added: HypotheticalSite[];
  /** Institution ids switched off. */
  removed: string[];
  createdAt: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A what-if read back from storage: every well-formed hypothetical centre (finite lon/lat in
 * range, names cut to 200 characters) and the ids switched off; anything else is dropped.
 */
export function sanitizeScenario(v: unknown): { projectId: string | null; added: HypotheticalSite[]; removed: string[]; name: string | null } {
  if (!isRecord(v)) return { projectId: null, added: [], removed: [], name: null };
  const added = (Array.isArray(v.added) ? v.added : []).flatMap((h): HypotheticalSite[] => {
    if (!isRecord(h) || typeof h.id !== 'string' || typeof h.name !== 'string') return [];
    const { lon, lat } = h;
    if (typeof lon !== 'number' || typeof lat !== 'number' || !(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return [];
    return [{ id: h.id, name: h.name.slice(0, 200), lon, lat }];
  });
  const removed = (Array.isArray(v.removed) ? v.removed : []).filter((r): r is string => typeof r === 'string');
  return { projectId: typeof v.projectId === 'string' ? v.projectId : null, added, removed, name: typeof v.name === 'string' ? v.name.slice(0, 200) : null };
}
