import { create } from 'zustand';
import { THEKIZ } from '../domain/categories';
import type { TargetGroup } from '../analysis/demand/cells';

import { sanitizeScenario, type HypotheticalSite } from '../domain/scenario';
import { DEFAULT_GAP_MINUTES, DEFAULT_GAP_RADIUS_KM, DEFAULT_KEY_KINDS, MAX_GAP_MINUTES, MAX_KEY_KINDS } from '../analysis/partners/networkGaps';
import { TARGET_GROUPS } from '../analysis/demand/cells';
import { EDITABLE_CAR_CLASSES } from '../analysis/routing/speeds';

/** A hypothetical centre placed in the what-if mode. */
export type Hypothetical = HypotheticalSite;

export type CoverageLayer = 'grid' | 'gemeinden' | 'networkGaps' | 'none';
export const COVERAGE_LAYERS: readonly CoverageLayer[] = ['grid', 'gemeinden', 'networkGaps', 'none'];
/** Straight line; the estimate from it (× detour ÷ speed); travel time over loaded road network and timetable. */
export type CoverageMeasure = 'distance' | 'time' | 'routed';
export const COVERAGE_MEASURES: readonly CoverageMeasure[] = ['distance', 'time', 'routed'];
export type RoutedMode = 'foot' | 'bicycle' | 'car' | 'transit';
export const ROUTED_MODES: readonly RoutedMode[] = ['foot', 'bicycle', 'transit', 'car'];

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
  /** The Kreis the planner plans for (5-digit key), or null for the whole area. */
  focus: string | null;
  /** Network gaps: the key partner kinds and the radius within which a partner counts. */
  gapKinds: string[];
  gapKm: number;
  /** Network gaps by travel time (measure 'routed'): the minutes within which a partner counts. */
  gapMin: number;
  /** Travel time over the loaded data (measure 'routed'): the mode, the limit and the thresholds in minutes. */
  routeMode: RoutedMode;
  mainMin: number;
  thresholdsMin: number[];
  /** Public transport: the weekday (1 Monday … 7 Sunday) and the departure window (minutes after midnight). */
  transitDay: number;
  transitFrom: number;
  transitTo: number;
  /** Car speeds (km/h) per road class the planner changed; the rest keep the defaults. */
  carSpeeds: Record<string, number>;
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
  /** Sets the what-if; `name` when it is a saved scenario (loaded or just saved), kept until the next reset or load. */
  setScenario: (added: Hypothetical[], removed: string[], name?: string | null) => void;
  /** Name of the saved scenario the what-if came from, null for an unsaved one. */
  scenarioName: string | null;
  /** The coverage panel (and so the analysis) is open. */
  active: boolean;
  setActive: (active: boolean) => void;
}

let counter = 0;

export const DEFAULT_COVERAGE: CoverageSettings = {
  categories: [THEKIZ], mainKm: 10, thresholdsKm: [5, 10, 15, 20], measure: 'distance', layer: 'grid', target: 'total',
  focus: null, gapKinds: [...DEFAULT_KEY_KINDS], gapKm: DEFAULT_GAP_RADIUS_KM, gapMin: DEFAULT_GAP_MINUTES,
  routeMode: 'foot', mainMin: 30, thresholdsMin: [15, 30, 45, 60], transitDay: 2, transitFrom: 7 * 60, transitTo: 9 * 60,
  carSpeeds: {},
};

const isKm = (v: unknown): v is number => typeof v === 'number' && v >= 1 && v <= 100;
const isMin = (v: unknown): v is number => typeof v === 'number' && v >= 1 && v <= 180;
const inRange = (v: unknown, lo: number, hi: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : null);

/** Coverage settings read back from storage: each field that is well-formed, the default for the rest. */
export function sanitizeCoverageSettings(v: unknown): CoverageSettings {
  const r = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const d = DEFAULT_COVERAGE;
  const thresholds = Array.isArray(r.thresholdsKm) && r.thresholdsKm.length > 0 && r.thresholdsKm.length <= 8 && r.thresholdsKm.every(isKm) ? (r.thresholdsKm as number[]) : d.thresholdsKm;
  const mainKm = isKm(r.mainKm) ? r.mainKm : d.mainKm;
  const kinds = strings(r.gapKinds);
  const thresholdsMin = Array.isArray(r.thresholdsMin) && r.thresholdsMin.length > 0 && r.thresholdsMin.length <= 8 && r.thresholdsMin.every(isMin) ? (r.thresholdsMin as number[]) : d.thresholdsMin;
  const mainMin = isMin(r.mainMin) ? r.mainMin : d.mainMin;
  const window = inRange(r.transitFrom, 0, 1439) && inRange(r.transitTo, 1, 1440) && r.transitFrom < r.transitTo ? [r.transitFrom, r.transitTo] : [d.transitFrom, d.transitTo];
  return {
    categories: strings(r.categories) ?? d.categories,
    mainKm,
    // The main distance is always one of the thresholds (the tab adds it the same way).
    thresholdsKm: thresholds.includes(mainKm) ? thresholds : [...thresholds, mainKm].sort((a, b) => a - b),
    measure: COVERAGE_MEASURES.includes(r.measure as CoverageMeasure) ? (r.measure as CoverageMeasure) : d.measure,
    layer: COVERAGE_LAYERS.includes(r.layer as CoverageLayer) ? (r.layer as CoverageLayer) : d.layer,
    target: TARGET_GROUPS.includes(r.target as TargetGroup) ? (r.target as TargetGroup) : d.target,
    focus: typeof r.focus === 'string' && /^\d{5}$/.test(r.focus) ? r.focus : null,
    gapKinds: kinds && kinds.length <= MAX_KEY_KINDS ? kinds : d.gapKinds,
    gapKm: isKm(r.gapKm) ? r.gapKm : d.gapKm,
    gapMin: inRange(r.gapMin, 1, MAX_GAP_MINUTES) ? r.gapMin : d.gapMin,
    routeMode: ROUTED_MODES.includes(r.routeMode as RoutedMode) ? (r.routeMode as RoutedMode) : d.routeMode,
    mainMin,
    thresholdsMin: thresholdsMin.includes(mainMin) ? thresholdsMin : [...thresholdsMin, mainMin].sort((a, b) => a - b),
    transitDay: inRange(r.transitDay, 1, 7) ? r.transitDay : d.transitDay,
    transitFrom: window[0],
    transitTo: window[1],
    carSpeeds: Object.fromEntries(EDITABLE_CAR_CLASSES.flatMap((c) => {
      const v = (r.carSpeeds as Record<string, unknown> | undefined)?.[c];
      return typeof v === 'number' && Number.isFinite(v) && v >= 5 && v <= 200 ? [[c, v]] : [];
    })),
  };
}

const SETTINGS_KEY = 'netzwerkkarte.coverage';
const SCENARIO_KEY = 'netzwerkkarte.scenario';
const PROJECT_KEY = 'netzwerkkarte.project';
function readJson(key: string): unknown {
  try {
    return typeof localStorage === 'undefined' ? null : JSON.parse(localStorage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}
function writeJson(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or switched off: the state then lives only as long as the page.
  }
}
// The what-if survives a reload of the same project (the active project's id is kept there too).
const savedScenario = sanitizeScenario(readJson(SCENARIO_KEY));
const sameProject = typeof localStorage !== 'undefined' && savedScenario.projectId !== null && savedScenario.projectId === localStorage.getItem(PROJECT_KEY);

/** State of the coverage analysis and its what-if scenario (kept apart from the main UI store). */
export const useCoverage = create<CoverageState>((set, get) => ({
  settings: sanitizeCoverageSettings(readJson(SETTINGS_KEY)),
  setSettings: (patch) => set({ settings: { ...get().settings, ...patch } }),
  added: sameProject ? savedScenario.added : [],
  removed: sameProject ? savedScenario.removed : [],
  addHypothetical: (lon, lat, name) => {
    counter += 1;
    const n = get().added.length + 1;
    set({ added: [...get().added, { id: `h${Date.now().toString(36)}${counter}`, name: name ?? `Neues Zentrum ${n}`, lon, lat }] });
  },
  removeHypothetical: (id) => set({ added: get().added.filter((h) => h.id !== id) }),
  toggleRemoved: (id) => set({ removed: get().removed.includes(id) ? get().removed.filter((r) => r !== id) : [...get().removed, id] }),
  resetScenario: () => set({ added: [], removed: [], scenarioName: null }),
  setScenario: (added, removed, name) => set({ added, removed, ...(name !== undefined ? { scenarioName: name } : {}) }),
  scenarioName: sameProject ? savedScenario.name : null,
  active: false,
  setActive: (active) => set({ active }),
}));

// Keep settings and the unsaved what-if in localStorage, so a reload loses neither.
useCoverage.subscribe((s, prev) => {
  if (s.settings !== prev.settings) writeJson(SETTINGS_KEY, s.settings);
  if (s.added !== prev.added || s.removed !== prev.removed || s.scenarioName !== prev.scenarioName) {
    const projectId = typeof localStorage === 'undefined' ? null : localStorage.getItem(PROJECT_KEY);
    writeJson(SCENARIO_KEY, { projectId, added: s.added, removed: s.removed, name: s.scenarioName });
  }
});
