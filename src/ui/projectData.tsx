import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { requestPersistentStorage } from '../data/db';
import { useCategories, useInstitutions, usePartnerships } from '../data/hooks';
import type { ProjectId } from '../domain/ids';
import type { Institution } from '../domain/institution';
import type { Partnership } from '../domain/partnership';
import type { CategoryRecord } from '../domain/project';
import { EMPTY_FILTER } from '../domain/filter';
import { yearView, type YearView } from '../domain/timeline';
import { useUi } from '../state/store';

/** The active project's data; undefined while loading. */
export interface ProjectData {
  institutions: Institution[] | undefined;
  partnerships: Partnership[] | undefined;
  categories: CategoryRecord[] | undefined;
  /** What the filter and the time slider let through: shown on the map, in the list, in the graph and counted in the panel (`year.shown`). */
  visible: { institutions: Institution[]; partnerships: Partnership[] };
  /** The year shown with what the filter lets through in all years and the counts of both (see yearView). */
  year: YearView;
}

const NONE = yearView([], [], null, EMPTY_FILTER);
const Ctx = createContext<ProjectData>({ institutions: undefined, partnerships: undefined, categories: undefined, visible: NONE.shown, year: NONE });

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
  // One function says what a year shows, so the panel, map, graph and presentation agree.
  const all = useMemo(() => (institutions ? yearView(institutions, partnerships ?? [], null, filter) : NONE), [institutions, partnerships, filter]);
  const year = useMemo(
    // Without the slider the filtered network is itself the answer (the same object: the graph keeps its layout when the slider is switched on).
    () => (timeYear === null || !institutions ? all : yearView(institutions, partnerships ?? [], timeYear, filter, all.all)),
    [all, institutions, partnerships, filter, timeYear],
  );
  const value = useMemo(() => ({ institutions, partnerships, categories, visible: year.shown, year }), [institutions, partnerships, categories, year]);
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

/** The active project's institutions, partnerships and categories. */
export function useProjectData(): ProjectData {
  return useContext(Ctx);
}
