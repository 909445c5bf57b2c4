import { create } from 'zustand';
import type { AreaInfo, KreisSummary } from '../domain/area';
import type { InstitutionId, ProjectId } from '../domain/ids';
import type { FeatureCollection, Point } from 'geojson';
import { EMPTY_FILTER, type FilterField, type NetworkFilter } from '../domain/filter';
import { sanitizeTravel, type TravelSettings } from '../domain/travel';

/** What the map should frame next; `seq` makes repeated requests for the same box distinct. */
export interface FrameRequest {
  bbox: [number, number, number, number];
  seq: number;
  /** When set, fly to this centre and zoom instead of fitting the box (views, presentation). */
  camera?: { center: [number, number]; zoom: number };
}

export type PanelTab = 'institutions' | 'network' | 'coverage' | 'areas';

/** What fills the main area: the map, the partnership graph, or both side by side. */
export type MainView = 'map' | 'graph' | 'split';
export type GraphLayout = 'force' | 'geographic' | 'concentric' | 'grouped';
export type GraphSizeBy = 'degree' | 'betweenness';

/** What a click on the map does. */
export type MapMode =
  | { kind: 'browse' }
  | { kind: 'add' } // a click opens the form for a new institution there
  | { kind: 'place'; id: InstitutionId } // a click moves (or first places) this institution
  | { kind: 'pick-partner'; from: InstitutionId } // a click on a point picks the partner
  | { kind: 'add-hypothetical' }; // a click places a hypothetical centre (what-if)

/** The institution form: a new one (maybe with a clicked point) or an existing one. */
export type Editing = { kind: 'new'; lat: number | null; lon: number | null } | { kind: 'edit'; id: InstitutionId } | null;

interface UiState {
  activeProjectId: ProjectId | null;
  selectedInstitution: InstitutionId | null;
  panelTab: PanelTab;
  importOpen: boolean;
  mapMode: MapMode;
  editing: Editing;
  /** Partner picked on the map for the partnership form. */
  pickedPartner: InstitutionId | null;
  /** Points of a checked but not yet written import, drawn on the map. */
  importPreview: FeatureCollection<Point> | null;
  selectedKreis: AreaInfo | null;
  selectedGemeinde: AreaInfo | null;
  frame: FrameRequest | null;
  osmBasemap: boolean;
  settingsOpen: boolean;
  setActiveProject: (id: ProjectId | null) => void;
  /** Selects an institution and opens its card, unless `keepTab` (a search hit while the analysis is open keeps tab and layers). */
  selectInstitution: (id: InstitutionId | null, options?: { keepTab?: boolean }) => void;
  setPanelTab: (tab: PanelTab) => void;
  setImportOpen: (open: boolean) => void;
  setMapMode: (mode: MapMode) => void;
  setEditing: (editing: Editing) => void;
  setPickedPartner: (id: InstitutionId | null) => void;
  setImportPreview: (fc: FeatureCollection<Point> | null) => void;
  selectAreas: (kreis: AreaInfo | null, gemeinde: AreaInfo | null) => void;
  selectKreis: (kreis: KreisSummary) => void;
  clearSelection: () => void;
  setOsmBasemap: (on: boolean) => void;
  setSettingsOpen: (open: boolean) => void;
  /** What the map, list and graph show. */
  filter: NetworkFilter;
  setFilterField: (field: FilterField, values: string[]) => void;
  resetFilter: () => void;
  /** Travel-time estimate settings (remembered). */
  travel: TravelSettings;
  setTravel: (travel: TravelSettings) => void;
  /** Radius of the "Partner in der Nähe" panel in km (remembered). */
  nearbyKm: number;
  setNearbyKm: (km: number) => void;
  /** Whole-network partnership lines on the map. */
  networkLines: boolean;
  setNetworkLines: (on: boolean) => void;
  view: MainView;
  setView: (view: MainView) => void;
  graphLayout: GraphLayout;
  setGraphLayout: (layout: GraphLayout) => void;
  graphSizeBy: GraphSizeBy;
  setGraphSizeBy: (by: GraphSizeBy) => void;
  /** Partnerships longer than this (km, straight line) are flagged. */
  longKm: number;
  setLongKm: (km: number) => void;
  /** Frames a box on the map (search results, lists). */
  frameTo: (bbox: [number, number, number, number]) => void;
  /** Flies the map to a centre and zoom (views). */
  flyTo: (camera: { center: [number, number]; zoom: number }) => void;
  /** The map's centre and zoom after its last move (for saving views). */
  camera: { center: [number, number]; zoom: number } | null;
  setCamera: (camera: { center: [number, number]; zoom: number }) => void;
  /** The list of saved views is open in the side panel. */
  viewsOpen: boolean;
  setViewsOpen: (open: boolean) => void;
  /** Presentation mode: index of the view shown, null when not presenting. */
  presenting: number | null;
  setPresenting: (index: number | null) => void;
  /** Time slider: the year whose last day the network is shown on; null shows every partnership. */
  timeYear: number | null;
  setTimeYear: (year: number | null) => void;
}

const OSM_KEY = 'netzwerkkarte.osm';
const TRAVEL_KEY = 'netzwerkkarte.travel';
const NEARBY_KEY = 'netzwerkkarte.nearbyKm';
const LINES_KEY = 'netzwerkkarte.networkLines';
const PROJECT_KEY = 'netzwerkkarte.project';
const stored = (key: string) => (typeof localStorage === 'undefined' ? null : localStorage.getItem(key));
function storedJson(key: string): unknown {
  try {
    return JSON.parse(stored(key) ?? 'null');
  } catch {
    return null;
  }
}
const storedKm = Number(stored(NEARBY_KEY));

/** The one small UI store: selection, frame requests, settings. */
export const useUi = create<UiState>((set, get) => ({
  activeProjectId: stored(PROJECT_KEY) as ProjectId | null,
  selectedInstitution: null,
  panelTab: 'institutions',
  importOpen: false,
  mapMode: { kind: 'browse' },
  editing: null,
  pickedPartner: null,
  setMapMode: (mapMode) => set({ mapMode }),
  setEditing: (editing) => set({ editing, ...(editing ? { panelTab: 'institutions' as const } : {}) }),
  setPickedPartner: (pickedPartner) => set({ pickedPartner }),
  importPreview: null,
  setActiveProject: (id) => {
    if (id) localStorage.setItem(PROJECT_KEY, id);
    else localStorage.removeItem(PROJECT_KEY);
    set({ activeProjectId: id, selectedInstitution: null, timeYear: null });
  },
  selectInstitution: (id, options) => set({ selectedInstitution: id, ...(id && !options?.keepTab ? { panelTab: 'institutions' as const } : {}) }),
  setPanelTab: (tab) => set({ panelTab: tab }),
  setImportOpen: (open) => set({ importOpen: open }),
  setImportPreview: (fc) => set({ importPreview: fc }),
  selectedKreis: null,
  selectedGemeinde: null,
  frame: null,
  osmBasemap: stored(OSM_KEY) === 'on',
  settingsOpen: false,
  selectAreas: (kreis, gemeinde) => set({ selectedKreis: kreis, selectedGemeinde: gemeinde, ...(kreis ? { panelTab: 'areas' as const } : {}) }),
  selectKreis: (kreis) =>
    set({ selectedKreis: kreis, selectedGemeinde: null, frame: { bbox: kreis.bbox, seq: (get().frame?.seq ?? 0) + 1 } }),
  clearSelection: () => set({ selectedKreis: null, selectedGemeinde: null }),
  setOsmBasemap: (on) => {
    localStorage.setItem(OSM_KEY, on ? 'on' : 'off');
    set({ osmBasemap: on });
  },
  setSettingsOpen: (open) => set({ settingsOpen: open }),
  filter: EMPTY_FILTER,
  setFilterField: (field, values) => set({ filter: { ...get().filter, [field]: values } }),
  resetFilter: () => set({ filter: EMPTY_FILTER }),
  travel: sanitizeTravel(storedJson(TRAVEL_KEY)),
  setTravel: (travel) => {
    localStorage.setItem(TRAVEL_KEY, JSON.stringify(travel));
    set({ travel });
  },
  nearbyKm: storedKm > 0 && storedKm <= 200 ? storedKm : 15,
  setNearbyKm: (km) => {
    localStorage.setItem(NEARBY_KEY, String(km));
    set({ nearbyKm: km });
  },
  networkLines: stored(LINES_KEY) === 'on',
  setNetworkLines: (networkLines) => {
    localStorage.setItem(LINES_KEY, networkLines ? 'on' : 'off');
    set({ networkLines });
  },
  view: 'map',
  setView: (view) => set({ view }),
  graphLayout: 'force',
  setGraphLayout: (graphLayout) => set({ graphLayout }),
  graphSizeBy: 'degree',
  setGraphSizeBy: (graphSizeBy) => set({ graphSizeBy }),
  longKm: 30,
  setLongKm: (longKm) => set({ longKm }),
  frameTo: (bbox) => set({ frame: { bbox, seq: (get().frame?.seq ?? 0) + 1 } }),
  flyTo: (camera) => set({ frame: { bbox: [camera.center[0], camera.center[1], camera.center[0], camera.center[1]], camera, seq: (get().frame?.seq ?? 0) + 1 } }),
  camera: null,
  setCamera: (camera) => set({ camera }),
  viewsOpen: false,
  setViewsOpen: (viewsOpen) => set({ viewsOpen }),
  presenting: null,
  setPresenting: (presenting) => set({ presenting }),
  timeYear: null,
  setTimeYear: (timeYear) => set({ timeYear }),
}));
