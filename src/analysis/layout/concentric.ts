import { NODE_SPACING, orderByScore, type LayoutInput, type LayoutResult } from './types';

/** Distance between neighbouring rings. */
const RING_GAP = 2 * NODE_SPACING;

/**
 * Concentric circles by score: the highest-scoring node in the centre, then rings of growing
 * radius filled in score order (ties by id), each ring holding as many nodes as fit at
 * NODE_SPACING along its circumference. So a ring is a score quantile, and a lower score never
 * sits on a smaller ring. The centre is at (R, R) with R the outermost radius. Deterministic.
 */
export function concentricLayout(input: LayoutInput): LayoutResult {
  const n = input.ids.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const order = orderByScore(input);

  // Ring sizes: ring 0 is the single centre node, ring r holds floor(2πr·gap / spacing) nodes.
  const rings: number[] = [];
  let placed = 0;
  for (let r = 0; placed < n; r++) {
    const capacity = r === 0 ? 1 : Math.floor((2 * Math.PI * r * RING_GAP) / NODE_SPACING);
    const size = Math.min(capacity, n - placed);
    rings.push(size);
    placed += size;
  }
  const outer = (rings.length - 1) * RING_GAP;

  let k = 0;
  rings.forEach((size, r) => {
    const radius = r * RING_GAP;
    const step = (2 * Math.PI) / Math.max(1, size);
    // Start at the top; odd rings shifted by half a step so the spokes do not line up.
    const start = -Math.PI / 2 + (r % 2) * (step / 2);
    for (let j = 0; j < size; j++, k++) {
      const i = order[k];
      x[i] = outer + radius * Math.cos(start + j * step);
      y[i] = outer + radius * Math.sin(start + j * step);
    }
  });
  return { x, y };
}
