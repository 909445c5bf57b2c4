import type { MapSnapshot } from '../../map/mapSnapshot';

export interface MapImageText {
  title: string;
  subtitle: string;
  legend: { label: string; color: string }[];
  attribution: string;
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
  const src = snap.canvas;
  const w = size?.width ?? src.width;
  const h = size?.height ?? src.height;
  const out = document.createElement('canvas');
  out.width = w;
  out.height = h;
  const g = out.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, w, h);
  g.drawImage(src, Math.round((w - src.width) / 2), Math.round((h - src.height) / 2));
  const u = snap.pixelRatio; // one CSS pixel
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
  // Legend.
  const rows = text.legend.slice(0, 24);
  if (rows.length > 0) {
    g.font = font(12);
    const lw = Math.max(...rows.map((r) => g.measureText(r.label).width)) + 40 * u;
    const lh = (rows.length * 18 + 12) * u;
    const top = h - lh - 40 * u;
    box(10 * u, top, lw, lh);
    rows.forEach((r, i) => {
      const y = top + (14 + i * 18) * u;
      g.fillStyle = r.color;
      g.beginPath();
      g.arc(24 * u, y - 4 * u, 6 * u, 0, 2 * Math.PI);
      g.fill();
      g.strokeStyle = '#333333';
      g.lineWidth = u;
      g.stroke();
      g.fillStyle = '#1b2530';
      g.fillText(r.label, 36 * u, y);
    });
  }
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
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('Das Bild konnte nicht erzeugt werden.'))), 'image/png'));
}
