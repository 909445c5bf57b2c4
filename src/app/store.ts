import { create } from 'zustand';
import type { AreaInfo, KreisSummary } from '../domain/area';
import type { InstitutionId, ProjectId } from '../domain/ids';
import type { FeatureCollection, Point } from 'geojson';

/** What the map should frame next; `seq` makes repeated requests for the same box distinct. */
export interface FrameRequest {
  bbox: [number, number, number, number];
  seq: number;
}

export type PanelTab = 'institutions' | 'areas';

interface UiState {
  activeProjectId: ProjectId | null;
  selectedInstitution: InstitutionId | null;
  panelTab: PanelTab;
  importOpen: boolean;
  /** Points of a checked but not yet written import, drawn on the map. */
  importPreview: FeatureCollection<Point> | null;
  selectedKreis: AreaInfo | null;
  selectedGemeinde: AreaInfo | null;
  frame: FrameRequest | null;
  osmBasemap: boolean;
  settingsOpen: boolean;
  setActiveProject: (id: ProjectId | null) => void;
  selectInstitution: (id: InstitutionId | null) => void;
  setPanelTab: (tab: PanelTab) => void;
  setImportOpen: (open: boolean) => void;
  setImportPreview: (fc: FeatureCollection<Point> | null) => void;
  selectAreas: (kreis: AreaInfo | null, gemeinde: AreaInfo | null) => void;
  selectKreis: (kreis: KreisSummary) => void;
  clearSelection: () => void;
  setOsmBasemap: (on: boolean) => void;
  setSettingsOpen: (open: boolean) => void;
}

const OSM_KEY = 'netzwerkkarte.osm';
const PROJECT_KEY = 'netzwerkkarte.project';
const stored = (key: string) => (typeof localStorage === 'undefined' ? null : localStorage.getItem(key));

/** The one small UI store: selection, frame requests, settings. */
export const useUi = create<UiState>((set, get) => ({
  activeProjectId: stored(PROJECT_KEY) as ProjectId | null,
  selectedInstitution: null,
  panelTab: 'institutions',
  importOpen: false,
  importPreview: null,
  setActiveProject: (id) => {
    if (id) localStorage.setItem(PROJECT_KEY, id);
    else localStorage.removeItem(PROJECT_KEY);
    set({ activeProjectId: id, selectedInstitution: null });
  },
  selectInstitution: (id) => set({ selectedInstitution: id, ...(id ? { panelTab: 'institutions' as const } : {}) }),
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
}));
