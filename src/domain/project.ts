import type { ProjectId } from './ids';

/** A separate network kept by the user, e.g. "Landesnetzwerk" or "Sozialraum Gera". */
export interface Project {
  id: ProjectId;
  name: string;
  description: string;
  /** True for the generated, fictional demo project ("Beispieldaten – fiktiv"). */
  isDemo: boolean;
  /** Planning area (Land key or 'de', see areas.ts); missing means Thuringia. */
  area?: string;
  /**
   * Gebietsstand of the institutions' Gemeinde keys (e.g. '2024-01-01'); missing in projects of
   * earlier versions, whose keys are of 2016 and are translated once (data/repositories/gemeindeKeys.ts).
   */
  gemeindeStand?: string;
  createdAt: string;
  updatedAt: string;
}

/** A category as stored: per project, so a project file carries its own categories. */
export interface CategoryRecord {
  projectId: ProjectId;
  name: string;
  color: string;
  symbol: string;
  /** Order in lists and legends. */
  order: number;
}
