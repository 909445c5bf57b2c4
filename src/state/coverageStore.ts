import { create } from 'zustand';
import { THEKIZ } from '../domain/categories';
import type { TargetGroup } from '../analysis/demand/cells';

import type { HypotheticalSite } from '../domain/scenario';

/** A hypothetical centre placed in the what-if mode. */
export type Hypothetical = HypotheticalSite;

export type CoverageLayer = 'grid' | 'gemeinden' | 'none';
export type CoverageMeasure = 'distance' | 'time';

export interface CoverageSettings {
  /** Categories that count as facilities (default ThEKiZ). */
  categories: string[];
  /** The threshold beyond which people count as underserved (km, straight line). */
  mainKm: number;
  thresholdsKm: number[];
  measure: CoverageMeasure;
  layer: CoverageLayer;
  /** Whom to count: all inhabitants, children under 15 or people 65 and over (census classes). */
  target: TargetGroup;
}

interface CoverageState {
  settings: CoverageSettings;
  setSettings: (patch: Partial<CoverageSettings>) => void;
  /** What-if: centres added and existing facilities switched off (by institution id). */
  added: Hypothetical[];
  removed: string[];
  addHypothetical: (lon: number, lat: number, name?: string) => void;
  removeHypothetical: (id: string) => void;
  toggleRemoved: (id: string) => void;
  resetScenario: () => void;
  setScenario: (added: Hypothetical[], removed: string[]) => void;
  /** The coverage panel (and so the analysis) is open. */
  active: boolean;
  setActive: (active: boolean) => void;
}

let counter = 0;

export const DEFAULT_COVERAGE: CoverageSettings = { categories: [THEKIZ], mainKm: 10, thresholdsKm: [5, 10, 15, 20], measure: 'distance', layer: 'grid', target: 'total' };

/** State of the coverage analysis and its what-if scenario (kept apart from the main UI store). */
export const useCoverage = create<CoverageState>((set, get) => ({
  settings: DEFAULT_COVERAGE,
  setSettings: (patch) => set({ settings: { ...get().settings, ...patch } }),
  added: [],
  removed: [],
  addHypothetical: (lon, lat, name) => {
    counter += 1;
    const n = get().added.length + 1;
    set({ added: [...get().added, { id: `h${Date.now().toString(36)}${counter}`, name: name ?? `Neues Zentrum ${n}`, lon, lat }] });
  },
  removeHypothetical: (id) => set({ added: get().added.filter((h) => h.id !== id) }),
  toggleRemoved: (id) => set({ removed: get().removed.includes(id) ? get().removed.filter((r) => r !== id) : [...get().removed, id] }),
  resetScenario: () => set({ added: [], removed: [] }),
  setScenario: (added, removed) => set({ added, removed }),
  active: false,
  setActive: (active) => set({ active }),
}));
