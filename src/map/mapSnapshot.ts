import type { Map as MapLibreMap } from 'maplibre-gl';

/** The map as it is drawn now (or framed on `bbox` first), for exports; set by MapView, null while there is no map. */
export const mapSnapshot: { current: ((pixelRatio: number, bbox?: [number, number, number, number], options?: SnapshotOptions) => Promise<MapSnapshot>) | null } = { current: null };

export interface SnapshotOptions {
  /** Draw the place and Kreis names above everything else (no cluster bubble hides the Kreisstadt). */
  labelsOnTop?: boolean;
}

/** Layers of place and area names (see layers/labels.ts). */
const LABEL_LAYER = /^(orte-|kreise-labels|gemeinden-labels)/;

export interface MapSnapshot {
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel of the snapshot. */
  pixelRatio: number;
  center: { lon: number; lat: number };
  zoom: number;
}

/**
 * Draws the map at `pixelRatio` (e.g. 3 for A4 at 300 dpi from an A4-sized view) and copies
 * the picture inside the render event, while WebGL's drawing buffer still holds it.
 */
export async function snapshot(map: MapLibreMap, pixelRatio: number): Promise<MapSnapshot> {
  const previous = map.getPixelRatio();
  if (pixelRatio !== previous) {
    map.setPixelRatio(pixelRatio);
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
  }
  try {
    const canvas = await new Promise<HTMLCanvasElement>((resolve) => {
      map.once('render', () => {
        const source = map.getCanvas();
        const copy = document.createElement('canvas');
        copy.width = source.width;
        copy.height = source.height;
        copy.getContext('2d')!.drawImage(source, 0, 0);
        resolve(copy);
      });
      map.triggerRepaint();
    });
    const c = map.getCenter();
    return { canvas, pixelRatio, center: { lon: c.lng, lat: c.lat }, zoom: map.getZoom() };
  } finally {
    if (pixelRatio !== previous) map.setPixelRatio(previous);
  }
}

/**
 * Frames `bbox` without animation, waits until every tile is drawn, takes the snapshot and
 * puts the camera back where the user had it.
 */
export async function framedSnapshot(map: MapLibreMap, pixelRatio: number, bbox: [number, number, number, number], options: SnapshotOptions = {}): Promise<MapSnapshot> {
  const camera = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  const restore = options.labelsOnTop ? labelsToTop(map) : () => undefined;
  const idle = new Promise<void>((resolve) => map.once('idle', () => resolve()));
  map.fitBounds(bbox, { padding: 24, animate: false });
  map.triggerRepaint();
  await idle;
  try {
    return await snapshot(map, pixelRatio);
  } finally {
    restore();
    map.jumpTo(camera);
  }
}

/** Moves the name layers to the top; returns what puts them back where they were. */
function labelsToTop(map: MapLibreMap): () => void {
  const order = map.getStyle().layers.map((l) => l.id);
  const moved = order.filter((id) => LABEL_LAYER.test(id));
  for (const id of moved) map.moveLayer(id);
  return () => {
    // Back before the first layer that followed it and was not moved.
    for (const id of moved) {
      const next = order.slice(order.indexOf(id) + 1).find((x) => !LABEL_LAYER.test(x) && map.getLayer(x));
      if (map.getLayer(id)) map.moveLayer(id, next);
    }
  };
}
