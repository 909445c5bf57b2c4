/** Connected components and packing of their bounding boxes, for the force layout. */

/**
 * Connected components of an undirected graph: each a list of node indices in ascending order;
 * largest component first, ties by smallest node index. Deterministic.
 */
export function components(n: number, edges: readonly (readonly [number, number])[]): number[][] {
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (const [a, b] of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  }
  return [...byRoot.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
}

export interface Box {
  width: number;
  height: number;
}

/**
 * Shelf packing: boxes in the given order (largest first), left to right in rows of a roughly 4:3
 * overall shape (never narrower than the widest box), `gap` apart. Within a row, smaller boxes
 * stack in columns up to the row's height, so the space beside a large component is used, and
 * equal boxes (isolated nodes) form a tidy grid. Returns each box's top-left corner.
 */
export function shelfPack(boxes: readonly Box[], gap: number): [number, number][] {
  const area = boxes.reduce((s, b) => s + (b.width + gap) * (b.height + gap), 0);
  const rowWidth = boxes.reduce((w, b) => Math.max(w, b.width), Math.sqrt((area * 4) / 3));
  const corners: [number, number][] = [];
  let rowTop = 0;
  let rowHeight = -1; // -1: the row is empty
  let colLeft = 0;
  let colTop = 0;
  let colWidth = 0;
  for (const b of boxes) {
    if (rowHeight >= 0 && colTop + b.height <= rowHeight) {
      // stack in the current column
      corners.push([colLeft, rowTop + colTop]);
      colTop += b.height + gap;
      colWidth = Math.max(colWidth, b.width);
      continue;
    }
    if (rowHeight >= 0) {
      colLeft += colWidth + gap;
      if (colLeft + b.width > rowWidth) {
        rowTop += rowHeight + gap;
        rowHeight = -1;
        colLeft = 0;
      }
    }
    corners.push([colLeft, rowTop]);
    rowHeight = Math.max(rowHeight, b.height);
    colTop = b.height + gap;
    colWidth = b.width;
  }
  return corners;
}
