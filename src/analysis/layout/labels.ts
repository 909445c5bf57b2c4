/**
 * Label placement for the graph: which node names to show at a zoom, and on which side of the
 * node, so that no two shown labels overlap on screen. Greedy by priority (the most important
 * label is placed first and never gives way to a less important one), with a uniform grid of
 * placed boxes for the collision checks. Pure: screen geometry in, indices and sides out.
 */

/** One node that may get a label. Positions and size are model units; the text box is screen pixels. */
export interface LabelCandidate {
  x: number;
  y: number;
  /** Node diameter in model units. */
  size: number;
  /** Higher is placed first; equal priorities keep input order. */
  priority: number;
  /** Label width and height on screen, in pixels. */
  width: number;
  height: number;
}

/** Where the label sits relative to its node. */
export type LabelSide = 'bottom' | 'top' | 'right' | 'left';
/** Sides tried in this order. */
export const LABEL_SIDES: readonly LabelSide[] = ['bottom', 'top', 'right', 'left'];

/** A box on screen in pixels (x1 < x2, y1 < y2). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelOptions {
  /** Screen pixels per model unit. */
  zoom: number;
  /** The visible part of the model (model units); labels of nodes outside are not placed. */
  view?: Box;
  /** Gap between node and label, pixels. Default 2. */
  gap?: number;
  /** At most this many labels. Default: no limit. */
  maxLabels?: number;
}

export interface PlacedLabels {
  /** Indices into the candidates, in placement order (highest priority first). */
  index: number[];
  side: LabelSide[];
  /** Screen boxes (pixels, model origin at 0,0) of the placed labels. */
  box: Box[];
}

const DEFAULT_GAP = 2;

/** The screen box the label of `c` takes on `side` at `zoom` (model origin at screen 0,0). */
export function labelBox(c: LabelCandidate, side: LabelSide, zoom: number, gap = DEFAULT_GAP): Box {
  const cx = c.x * zoom;
  const cy = c.y * zoom;
  const r = (c.size / 2) * zoom + gap;
  const w = c.width;
  const h = c.height;
  switch (side) {
    case 'bottom':
      return { x1: cx - w / 2, y1: cy + r, x2: cx + w / 2, y2: cy + r + h };
    case 'top':
      return { x1: cx - w / 2, y1: cy - r - h, x2: cx + w / 2, y2: cy - r };
    case 'right':
      return { x1: cx + r, y1: cy - h / 2, x2: cx + r + w, y2: cy + h / 2 };
    case 'left':
      return { x1: cx - r - w, y1: cy - h / 2, x2: cx - r, y2: cy + h / 2 };
  }
}

/** True when the two boxes share area (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/**
 * Chooses labels greedily by priority: each candidate (inside the view) takes the first side
 * whose box overlaps no label placed before it, or stays unlabelled. Cost is about
 * O(n log n + n · boxes per grid cell).
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelOptions): PlacedLabels {
  const { zoom, view, gap = DEFAULT_GAP, maxLabels = Infinity } = options;
  const order: number[] = [];
  let maxW = 1;
  let maxH = 1;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (!(c.width > 0 && c.height > 0) || !Number.isFinite(c.x) || !Number.isFinite(c.y)) continue;
    if (view && (c.x < view.x1 || c.x > view.x2 || c.y < view.y1 || c.y > view.y2)) continue;
    order.push(i);
    if (c.width > maxW) maxW = c.width;
    if (c.height > maxH) maxH = c.height;
  }
  order.sort((a, b) => candidates[b].priority - candidates[a].priority || a - b);
  // Grid cells as large as a typical label: a box touches few cells and a cell holds few boxes.
  const cellW = Math.max(8, maxW / 2);
  const cellH = Math.max(8, maxH);
  const grid = new Map<number, number[]>();
  const out: PlacedLabels = { index: [], side: [], box: [] };
  const cellsOf = (b: Box, visit: (key: number) => boolean | void): boolean => {
    const cx1 = Math.floor(b.x1 / cellW);
    const cx2 = Math.floor(b.x2 / cellW);
    const cy1 = Math.floor(b.y1 / cellH);
    const cy2 = Math.floor(b.y2 / cellH);
    for (let gx = cx1; gx <= cx2; gx++) {
      for (let gy = cy1; gy <= cy2; gy++) {
        // Cantor-free key: cells stay well inside ±2^20 for any realistic screen.
        if (visit((gx + 0x100000) * 0x200000 + (gy + 0x100000)) === true) return true;
      }
    }
    return false;
  };
  const collides = (b: Box) => cellsOf(b, (key) => grid.get(key)?.some((k) => boxesOverlap(out.box[k], b)));
  for (const i of order) {
    if (out.index.length >= maxLabels) break;
    for (const side of LABEL_SIDES) {
      const b = labelBox(candidates[i], side, zoom, gap);
      if (collides(b)) continue;
      const k = out.index.length;
      out.index.push(i);
      out.side.push(side);
      out.box.push(b);
      cellsOf(b, (key) => {
        const list = grid.get(key);
        if (list) list.push(k);
        else grid.set(key, [k]);
      });
      break;
    }
  }
  return out;
}

/** Rough width in pixels of `text` in Noto Sans at `fontPx` (average glyph ≈ 0.58 em, plus 1 em for wide glyphs and the outline). */
export function estimateTextWidth(text: string, fontPx: number): number {
  return Math.ceil(text.length * fontPx * 0.58 + fontPx);
}
