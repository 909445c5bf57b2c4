import type { MapSnapshot } from '../../map/mapSnapshot';

export interface MapImageText {
  title: string;
  subtitle: string;
  /** Dots (institution kinds) by default; squares (cells, Gemeinden, hatched or not) and dashed lines for the analysis layers. */
  legend: { label: string; color: string; shape?: 'dot' | 'square' | 'line'; hatch?: boolean }[];
  /** A heading over the legend (e.g. what the analysis layer shows). */
  legendTitle?: string;
  attribution: string;
  /** An area to outline on the map (lon/lat rings), e.g. the report's Kreis. */
  outline?: { rings: [number, number][][]; name: string };
  /** Put the legend in a panel right of the map instead of over it (the picture gets wider; the report does this). */
  legendBeside?: boolean;
}

/**
 * Where lon/lat lands on the snapshot's canvas (device pixels), by Web Mercator with 512-pixel
 * tiles as MapLibre draws it (north up, no pitch).
 */
export function projectToSnapshot(snap: Pick<MapSnapshot, 'center' | 'zoom' | 'pixelRatio'> & { width: number; height: number }, lon: number, lat: number): [number, number] {
  const world = 512 * 2 ** snap.zoom;
  const mx = (l: number) => ((l + 180) / 360) * world;
  const my = (p: number) => {
    const s = Math.sin((Math.max(-85.0511, Math.min(85.0511, p)) * Math.PI) / 180);
    return (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * world;
  };
  return [(mx(lon) - mx(snap.center.lon)) * snap.pixelRatio + snap.width / 2, (my(lat) - my(snap.center.lat)) * snap.pixelRatio + snap.height / 2];
}

/** A4 landscape at 300 dpi. */
export const A4_300DPI = { width: 3508, height: 2480 } as const;

/** Metres per CSS pixel of a Web Mercator map with 512-pixel tiles. */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest round length (1, 2 or 5 × 10ⁿ m) that fits in maxMetres. */
export function niceLength(maxMetres: number): number {
  const p = 10 ** Math.floor(Math.log10(maxMetres));
  return [5, 2, 1].map((f) => f * p).find((l) => l <= maxMetres) ?? p;
}

const label = (m: number) => (m >= 1000 ? `${(m / 1000).toLocaleString('de-DE')} km` : `${m.toLocaleString('de-DE')} m`);

/**
 * The map with title, legend, scale bar and attribution drawn into the picture, cut to
 * `size` around the centre when given (A4), as a PNG.
 */
export async function composeMapImage(snap: MapSnapshot, text: MapImageText, size?: { width: number; height: number }): Promise<Blob> {
  const canvas = composeMapCanvas(snap, text, size);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('Das Bild konnte nicht erzeugt werden.'))), 'image/png'));
}

/** The map with title, legend, scale bar, outline and attribution drawn in (see composeMapImage), as a canvas. */
export function composeMapCanvas(snap: MapSnapshot, text: MapImageText, size?: { width: number; height: number }): HTMLCanvasElement {
  const src = snap.canvas;
  const w = size?.width ?? src.width;
  const h = size?.height ?? src.height;
  const out = document.createElement('canvas');
  out.width = w;
  out.height = h;
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, w, h);
  const [ox, oy] = [Math.round((w - src.width) / 2), Math.round((h - src.height) / 2)];
  g.drawImage(src, ox, oy);
  const u = snap.pixelRatio; // one CSS pixel
  if (text.outline) drawOutline(g, text.outline, (lon, lat) => {
    const [x, y] = projectToSnapshot({ ...snap, width: src.width, height: src.height }, lon, lat);
    return [x + ox, y + oy];
  }, u);
  const font = (px: number, bold = false) => `${bold ? '700 ' : ''}${Math.round(px * u)}px "Noto Sans", sans-serif`;
  const box = (x: number, y: number, bw: number, bh: number) => {
    g.fillStyle = 'rgba(255,255,255,0.92)';
    g.fillRect(x, y, bw, bh);
  };
  // Title.
  g.font = font(20, true);
  const titleWidth = Math.max(g.measureText(text.title).width, (g.font = font(13), g.measureText(text.subtitle).width));
  box(10 * u, 10 * u, titleWidth + 24 * u, 58 * u);
  g.fillStyle = '#1b2530';
  g.font = font(20, true);
  g.fillText(text.title, 22 * u, 36 * u);
  g.font = font(13);
  g.fillText(text.subtitle, 22 * u, 58 * u);
  // Legend (over the map, bottom left; or in its own panel, see below).
  const beside = text.legendBeside === true;
  if (!beside) drawLegend(g, text, 10 * u, (lh) => h - lh - 40 * u, u);
  // Scale bar (its length holds at the centre; Web Mercator stretches it towards the poles).
  const mpp = metresPerPixel(snap.center.lat, snap.zoom);
  const len = niceLength(120 * mpp);
  const barPx = (len / mpp) * u;
  const sx = w - barPx - 20 * u;
  const sy = h - 34 * u;
  box(sx - 8 * u, sy - 20 * u, barPx + 16 * u, 30 * u);
  g.fillStyle = '#1b2530';
  g.fillRect(sx, sy, barPx, 3 * u);
  g.fillRect(sx, sy - 6 * u, 1.5 * u, 9 * u);
  g.fillRect(sx + barPx - 1.5 * u, sy - 6 * u, 1.5 * u, 9 * u);
  g.font = font(11);
  g.fillText(label(len), sx, sy - 8 * u);
  // Attribution, always.
  g.font = font(10);
  const aw = g.measureText(text.attribution).width;
  box(w - aw - 16 * u, h - 18 * u, aw + 16 * u, 18 * u);
  g.fillStyle = '#333333';
  g.fillText(text.attribution, w - aw - 8 * u, h - 5 * u);
  return beside ? withLegendPanel(out, text, u) : out;
}

/** A legend symbol centred at x, y: a dot, a (hatched) square or a dashed line. */
function drawSymbol(g: CanvasRenderingContext2D, r: MapImageText['legend'][number], x: number, y: number, u: number): void {
  g.strokeStyle = '#333333';
  g.lineWidth = u;
  if (r.shape === 'line') {
    g.strokeStyle = r.color;
    g.lineWidth = 2 * u;
    g.setLineDash([4 * u, 2 * u]);
    g.beginPath();
    g.moveTo(x - 7 * u, y);
    g.lineTo(x + 7 * u, y);
    g.stroke();
    g.setLineDash([]);
    return;
  }
  g.fillStyle = r.color;
  if (r.shape === 'square') {
    g.fillRect(x - 6 * u, y - 6 * u, 12 * u, 12 * u);
    if (r.hatch) {
      g.save();
      g.beginPath();
      g.rect(x - 6 * u, y - 6 * u, 12 * u, 12 * u);
      g.clip();
      g.strokeStyle = 'rgba(40,0,20,0.8)';
      for (let d = -12; d <= 12; d += 4) {
        g.beginPath();
        g.moveTo(x + (d - 6) * u, y + 6 * u);
        g.lineTo(x + (d + 6) * u, y - 6 * u);
        g.stroke();
      }
      g.restore();
      g.strokeStyle = '#333333';
    }
    g.strokeRect(x - 6 * u, y - 6 * u, 12 * u, 12 * u);
    return;
  }
  g.beginPath();
  g.arc(x, y, 6 * u, 0, 2 * Math.PI);
  g.fill();
  g.stroke();
}

/** The area's boundary as a dark line with a light halo (the map's own label names it). */
function drawOutline(g: CanvasRenderingContext2D, o: NonNullable<MapImageText['outline']>, at: (lon: number, lat: number) => [number, number], u: number): void {
  const path = new Path2D();
  for (const ring of o.rings) {
    ring.forEach(([lon, lat], i) => {
      const [x, y] = at(lon, lat);
      if (i === 0) path.moveTo(x, y);
      else path.lineTo(x, y);
    });
    path.closePath();
  }
  g.save();
  g.lineJoin = 'round';
  g.strokeStyle = 'rgba(255,255,255,0.9)';
  g.lineWidth = 6 * u;
  g.stroke(path);
  g.strokeStyle = '#1b2530';
  g.lineWidth = 2.5 * u;
  g.stroke(path);
  g.restore();
}

/** The composed map as a JPEG data URL with its size, for the PDF and Word reports. */
export async function composeMapDataUrl(snap: MapSnapshot, text: MapImageText): Promise<{ dataUrl: string; width: number; height: number }> {
  const canvas = composeMapCanvas(snap, text);
  return { dataUrl: canvas.toDataURL('image/jpeg', 0.88), width: canvas.width, height: canvas.height };
}

const legendFont = (px: number, u: number, bold = false) => `${bold ? '700 ' : ''}${Math.round(px * u)}px "Noto Sans", sans-serif`;

/** Width and height (device pixels) the legend needs. */
function legendSize(g: CanvasRenderingContext2D, text: MapImageText, u: number): { lw: number; lh: number } {
  const rows = text.legend.slice(0, 30);
  const head = text.legendTitle ? 20 : 0;
  g.font = legendFont(12, u, true);
  const titleW = text.legendTitle ? g.measureText(text.legendTitle).width + 16 * u : 0;
  g.font = legendFont(12, u);
  const lw = Math.max(rows.length ? Math.max(...rows.map((r) => g.measureText(r.label).width)) + 40 * u : 0, titleW);
  return { lw, lh: (rows.length * 18 + 12 + head) * u };
}

/** Draws the legend (title, symbols, labels) in a white box at x and the top `topOf` gives. */
function drawLegend(g: CanvasRenderingContext2D, text: MapImageText, x: number, topOf: (lh: number) => number, u: number): void {
  const rows = text.legend.slice(0, 30);
  if (rows.length === 0) return;
  const { lw, lh } = legendSize(g, text, u);
  const head = text.legendTitle ? 20 : 0;
  const top = topOf(lh);
  g.fillStyle = 'rgba(255,255,255,0.92)';
  g.fillRect(x, top, lw, lh);
  if (text.legendTitle) {
    g.fillStyle = '#1b2530';
    g.font = legendFont(12, u, true);
    g.fillText(text.legendTitle, x + 8 * u, top + 16 * u);
  }
  g.font = legendFont(12, u);
  rows.forEach((r, i) => {
    const y = top + (head + 14 + i * 18) * u;
    drawSymbol(g, r, x + 14 * u, y - 4 * u, u);
    g.fillStyle = '#1b2530';
    g.fillText(r.label, x + 26 * u, y);
  });
}

/** The map with a panel right of it that holds the legend. */
function withLegendPanel(map: HTMLCanvasElement, text: MapImageText, u: number): HTMLCanvasElement {
  const measure = document.createElement('canvas').getContext('2d')!;
  const { lw, lh } = legendSize(measure, text, u);
  const out = document.createElement('canvas');
  out.width = map.width + Math.ceil(lw + 16 * u);
  out.height = Math.max(map.height, Math.ceil(lh + 16 * u));
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, out.width, out.height);
  g.drawImage(map, 0, 0);
  drawLegend(g, text, map.width + 8 * u, () => 8 * u, u);
  return out;
}
