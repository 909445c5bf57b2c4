import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { requestPersistentStorage } from '../data/db';
import { useCategories, useInstitutions, usePartnerships } from '../data/hooks';
import type { ProjectId } from '../domain/ids';
import type { Institution } from '../domain/institution';
import type { Partnership } from '../domain/partnership';
import type { CategoryRecord } from '../domain/project';
import { applyFilter } from '../domain/filter';
import { partnershipsOn, yearEnd } from '../domain/timeline';
import { useUi } from '../state/store';

/** The active project's data; undefined while loading. */
export interface ProjectData {
  institutions: Institution[] | undefined;
  partnerships: Partnership[] | undefined;
  categories: CategoryRecord[] | undefined;
  /** What the filter lets through: shown on the map, in the list and in the graph. */
  visible: { institutions: Institution[]; partnerships: Partnership[] };
}

const NOTHING = { institutions: [], partnerships: [] };
const Ctx = createContext<ProjectData>({ institutions: undefined, partnerships: undefined, categories: undefined, visible: NOTHING });

/**
 * Reads the active project once for the whole page: with 100,000 institutions every extra
 * live query would mean another full read and another long task on the main thread.
 */
export function ProjectDataProvider({ projectId, children }: { projectId: ProjectId | null; children: ReactNode }) {
  // Once there is a project, ask the browser to keep its data even under storage pressure.
  useEffect(() => {
    if (projectId) void requestPersistentStorage();
  }, [projectId]);
  const institutions = useInstitutions(projectId);
  const partnerships = usePartnerships(projectId);
  const categories = useCategories(projectId);
  const filter = useUi((s) => s.filter);
  // Points need not wait for the partnerships (one IndexedDB record each, the slower read).
  const timeYear = useUi((s) => s.timeYear);
  // The time slider comes first: a type filter then keeps the institutions of that year's partnerships.
  const visible = useMemo(
    () => (institutions ? applyFilter(institutions, partnershipsOn(partnerships ?? [], timeYear === null ? null : yearEnd(timeYear)), filter) : NOTHING),
    [institutions, partnerships, filter, timeYear],
  );
  const value = useMemo(() => ({ institutions, partnerships, categories, visible }), [institutions, partnerships, categories, visible]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The active project's institutions, partnerships and categories. */
export function useProjectData(): ProjectData {
  return useContext(Ctx);
}
