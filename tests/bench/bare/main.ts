// Baseline for map_ready_ms: plain MapLibre drawing the same boundary files as the app,
// with no React, no UI, no labels. The app's ratio to this shows what it adds.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import landUrl from '../../../data/thueringen/land.geojson?url';
import kreiseUrl from '../../../data/thueringen/kreise.geojson?url';
import gemeindenUrl from '../../../data/thueringen/gemeinden.geojson?url';
import nachbarnUrl from '../../../data/thueringen/nachbarlaender.geojson?url';

setWorkerUrl(workerUrl);
const abs = (u: string) => new URL(u, location.href).href;
const map = new MapLibreMap({
  container: 'map',
  bounds: [9.87, 50.2, 12.66, 51.65],
  fitBoundsOptions: { padding: 24 },
  style: {
    version: 8,
    sources: {
      nachbarn: { type: 'geojson', data: abs(nachbarnUrl) },
      land: { type: 'geojson', data: abs(landUrl) },
      kreise: { type: 'geojson', data: abs(kreiseUrl) },
      gemeinden: { type: 'geojson', data: abs(gemeindenUrl) },
    },
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#dfe4e8' } },
      { id: 'nachbarn', type: 'fill', source: 'nachbarn', paint: { 'fill-color': '#eef0f1' } },
      { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': '#fbfaf5' } },
      { id: 'gemeinden', type: 'line', source: 'gemeinden', paint: { 'line-color': '#c3c8cc' } },
      { id: 'kreise', type: 'line', source: 'kreise', paint: { 'line-color': '#7d8791' } },
    ],
  },
});
map.once('idle', () => {
  (window as { __mapReadyAt?: number }).__mapReadyAt = performance.now();
});
