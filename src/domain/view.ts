import { EMPTY_FILTER, type NetworkFilter } from './filter';
import type { ProjectId } from './ids';

/** A named view stored with its project, in the order the presentation steps through them. */
export interface SavedView {
  id: string;
  projectId: ProjectId;
  name: string;
  order: number;
  view: ViewState;
  createdAt: string;
}

/** Everything a saved view restores: what is on screen, never the project's records themselves. */
export interface ViewState {
  /** Map centre [lon, lat] and zoom; null keeps the map where it is. */
  camera: { center: [number, number]; zoom: number } | null;
  mode: 'map' | 'graph' | 'split';
  tab: 'institutions' | 'network' | 'coverage' | 'areas';
  filter: NetworkFilter;
  networkLines: boolean;
  /** Selected institution id (an opaque key, no name). */
  selected: string | null;
  graphLayout: 'force' | 'geographic' | 'concentric' | 'grouped';
  graphSizeBy: 'degree' | 'betweenness';
  /** Time slider year (the network at its end); null shows every partnership. */
  timeYear: number | null;
  coverage: {
    categories: string[]; mainKm: number; thresholdsKm: number[]; measure: 'distance' | 'time' | 'routed';
    layer: 'grid' | 'gemeinden' | 'networkGaps' | 'none'; target: 'total' | 'under15' | 'over65';
    /** The focus Kreis (5-digit key) or null; the network gaps' key kinds and radius. */
    focus: string | null; gapKinds: string[]; gapKm: number;
    /** Travel time over loaded routing data (measure 'routed'); views saved before it have none. */
    routeMode?: 'foot' | 'bicycle' | 'car' | 'transit'; mainMin?: number; thresholdsMin?: number[];
    /** The network gaps' limit by travel time (minutes); views saved before it have none. */
    gapMin?: number;
    transitDay?: number; transitFrom?: number; transitTo?: number;
  };
}

export const DEFAULT_VIEW: ViewState = {
  camera: null,
  mode: 'map',
  tab: 'institutions',
  filter: EMPTY_FILTER,
  networkLines: false,
  selected: null,
  graphLayout: 'force',
  graphSizeBy: 'degree',
  timeYear: null,
  coverage: {
    categories: ['ThEKiZ'], mainKm: 10, thresholdsKm: [5, 10, 15, 20], measure: 'distance', layer: 'grid', target: 'total',
    focus: null, gapKinds: ['Erziehungs- und Familienberatung', 'Frühe Hilfen', 'Hebammen', 'Kinder- und Jugendärzt*innen', 'Frühförderstelle'], gapKm: 15,
  },
};

const oneOf = <T extends string>(v: unknown, options: readonly T[], fallback: T): T => (options.includes(v as T) ? (v as T) : fallback);
const strings = (v: unknown, max = 200): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length <= max).slice(0, 500) : []);
const num = (v: unknown, min: number, max: number): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : null);

/** A view read from storage or a link, made safe: anything missing or odd falls back to the default. */
export function sanitizeView(raw: unknown): ViewState {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const cam = (r.camera && typeof r.camera === 'object' ? r.camera : null) as { center?: unknown; zoom?: unknown } | null;
  const center = Array.isArray(cam?.center) ? cam.center : [];
  const lon = num(center[0], -180, 180);
  const lat = num(center[1], -85, 85);
  const zoom = num(cam?.zoom, 0, 22);
  const f = (r.filter && typeof r.filter === 'object' ? r.filter : {}) as Record<string, unknown>;
  const c = (r.coverage && typeof r.coverage === 'object' ? r.coverage : {}) as Record<string, unknown>;
  const d = DEFAULT_VIEW.coverage;
  const thresholds = Array.isArray(c.thresholdsKm) ? c.thresholdsKm.map((x) => num(x, 0.1, 100)).filter((x): x is number => x !== null).slice(0, 8) : [];
  return {
    camera: lon !== null && lat !== null && zoom !== null ? { center: [lon, lat], zoom } : null,
    mode: oneOf(r.mode, ['map', 'graph', 'split'], 'map'),
    tab: oneOf(r.tab, ['institutions', 'network', 'coverage', 'areas'], 'institutions'),
    filter: { categories: strings(f.categories), kreise: strings(f.kreise, 5), carriers: strings(f.carriers), tags: strings(f.tags), partnershipTypes: strings(f.partnershipTypes) },
    networkLines: r.networkLines === true,
    selected: typeof r.selected === 'string' && r.selected.length <= 100 ? r.selected : null,
    graphLayout: oneOf(r.graphLayout, ['force', 'geographic', 'concentric', 'grouped'], 'force'),
    graphSizeBy: oneOf(r.graphSizeBy, ['degree', 'betweenness'], 'degree'),
    timeYear: Number.isInteger(r.timeYear) ? num(r.timeYear, 1900, 2200) : null,
    coverage: {
      categories: Array.isArray(c.categories) ? strings(c.categories) : d.categories,
      mainKm: num(c.mainKm, 1, 100) ?? d.mainKm,
      thresholdsKm: thresholds.length > 0 ? thresholds : d.thresholdsKm,
      measure: oneOf(c.measure, ['distance', 'time', 'routed'], d.measure),
      layer: oneOf(c.layer, ['grid', 'gemeinden', 'networkGaps', 'none'], d.layer),
      // Views saved before the census grid had no target group: they counted all inhabitants.
      target: oneOf(c.target, ['total', 'under15', 'over65'], d.target),
      focus: typeof c.focus === 'string' && /^\d{5}$/.test(c.focus) ? c.focus : null,
      gapKinds: Array.isArray(c.gapKinds) ? strings(c.gapKinds).slice(0, 16) : d.gapKinds,
      gapKm: num(c.gapKm, 1, 100) ?? d.gapKm,
      ...routedPart(c),
    },
  };
}

/** The travel-time settings of a view, each only when well-formed (the coverage defaults fill the rest). */
function routedPart(c: Record<string, unknown>): Partial<ViewState['coverage']> {
  const out: Partial<ViewState['coverage']> = {};
  if (c.routeMode === 'foot' || c.routeMode === 'bicycle' || c.routeMode === 'car' || c.routeMode === 'transit') out.routeMode = c.routeMode;
  const minute = (v: unknown, lo: number, hi: number) => (typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi ? v : undefined);
  const mainMin = minute(c.mainMin, 1, 180);
  if (mainMin !== undefined) out.mainMin = mainMin;
  const gapMin = minute(c.gapMin, 1, 120);
  if (gapMin !== undefined) out.gapMin = gapMin;
  if (Array.isArray(c.thresholdsMin) && c.thresholdsMin.length > 0 && c.thresholdsMin.length <= 8 && c.thresholdsMin.every((v) => minute(v, 1, 180) !== undefined)) out.thresholdsMin = [...(c.thresholdsMin as number[])].sort((a, b) => a - b);
  const day = minute(c.transitDay, 1, 7);
  if (day !== undefined) out.transitDay = day;
  const from = minute(c.transitFrom, 0, 1439);
  const to = minute(c.transitTo, 1, 1440);
  if (from !== undefined && to !== undefined && from < to) Object.assign(out, { transitFrom: from, transitTo: to });
  return out;
}

/**
 * The view for a link: carriers and tags (free text from the project's files) stay out of the
 * address, which may end up in browser history and bookmarks; everything else goes in.
 */
export function encodeView(view: ViewState, projectId: string): string {
  const { filter } = view;
  const linkable = { ...view, filter: { ...filter, carriers: [], tags: [] } };
  const json = JSON.stringify({ p: projectId, v: linkable });
  const bytes = new TextEncoder().encode(json);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a link's view; null when it is not one. */
export function decodeView(text: string): { projectId: string; view: ViewState } | null {
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const json = new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
    const parsed = JSON.parse(json) as { p?: unknown; v?: unknown };
    if (typeof parsed.p !== 'string' || parsed.p.length > 100) return null;
    return { projectId: parsed.p, view: sanitizeView(parsed.v) };
  } catch {
    return null;
  }
}
