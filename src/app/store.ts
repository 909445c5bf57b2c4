import { create } from 'zustand';
import type { AreaInfo, KreisSummary } from '../domain/area';

/** What the map should frame next; `seq` makes repeated requests for the same box distinct. */
export interface FrameRequest {
  bbox: [number, number, number, number];
  seq: number;
}

interface UiState {
  selectedKreis: AreaInfo | null;
  selectedGemeinde: AreaInfo | null;
  frame: FrameRequest | null;
  osmBasemap: boolean;
  settingsOpen: boolean;
  selectAreas: (kreis: AreaInfo | null, gemeinde: AreaInfo | null) => void;
  selectKreis: (kreis: KreisSummary) => void;
  clearSelection: () => void;
  setOsmBasemap: (on: boolean) => void;
  setSettingsOpen: (open: boolean) => void;
}

const OSM_KEY = 'netzwerkkarte.osm';

/** The one small UI store: selection, frame requests, settings. */
export const useUi = create<UiState>((set, get) => ({
  selectedKreis: null,
  selectedGemeinde: null,
  frame: null,
  osmBasemap: typeof localStorage !== 'undefined' && localStorage.getItem(OSM_KEY) === 'on',
  settingsOpen: false,
  selectAreas: (kreis, gemeinde) => set({ selectedKreis: kreis, selectedGemeinde: gemeinde }),
  selectKreis: (kreis) =>
    set({ selectedKreis: kreis, selectedGemeinde: null, frame: { bbox: kreis.bbox, seq: (get().frame?.seq ?? 0) + 1 } }),
  clearSelection: () => set({ selectedKreis: null, selectedGemeinde: null }),
  setOsmBasemap: (on) => {
    localStorage.setItem(OSM_KEY, on ? 'on' : 'off');
    set({ osmBasemap: on });
  },
  setSettingsOpen: (open) => set({ settingsOpen: open }),
}));
