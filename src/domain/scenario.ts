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
