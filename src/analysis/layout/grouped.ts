import { NO_GROUP, NODE_SPACING, orderByScore, type LayoutInput, type LayoutResult } from './types';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Sunflower spiral constant: neighbouring nodes end up about NODE_SPACING apart. */
const SPIRAL = 0.6 * NODE_SPACING;
/** Minimum free space between two group circles (room for a label). */
const GAP = 2 * NODE_SPACING;
const collator = new Intl.Collator('de');

/** One group's circle: its label, centre, radius and node count. */
export interface GroupCell {
  name: string;
  cx: number;
  cy: number;
  r: number;
  size: number;
}

/**
 * Grouped by Kreis: each group is a circle whose area grows with its node count, nodes on a
 * sunflower spiral inside it (highest score in the middle). Circles are packed in rows, in German
 * alphabetical order of the group names, "ohne Kreis" (empty group) last. Gaps between circles
 * grow with their size difference, so every node is nearer its own group's centre than any other
 * group's centre, and circles never overlap. Deterministic.
 */
export function groupedLayout(input: LayoutInput): LayoutResult & { groups: GroupCell[] } {
  const n = input.ids.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const members = new Map<string, number[]>();
  const ungrouped: number[] = [];
  for (let i = 0; i < n; i++) {
    const g = i < input.group.length ? input.group[i] : null;
    const name = typeof g === 'string' ? g.trim() : '';
    if (name === '') ungrouped.push(i);
    else if (members.has(name)) members.get(name)!.push(i);
    else members.set(name, [i]);
  }
  const names = [...members.keys()].sort((a, b) => collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0));
  const groups = names.map((name) => ({ name, nodes: members.get(name)! }));
  if (ungrouped.length > 0) groups.push({ name: NO_GROUP, nodes: ungrouped });

  const radii = groups.map((g) => SPIRAL * Math.sqrt(Math.max(0, g.nodes.length - 0.5)) + NODE_SPACING / 2);
  const centres = packRows(radii);
  const cells: GroupCell[] = groups.map((g, k) => {
    const [cx, cy] = centres[k];
    orderByScore(input, g.nodes).forEach((i, j) => {
      const r = j === 0 ? 0 : SPIRAL * Math.sqrt(j + 0.5);
      x[i] = cx + r * Math.cos(j * GOLDEN_ANGLE - Math.PI / 2);
      y[i] = cy + r * Math.sin(j * GOLDEN_ANGLE - Math.PI / 2);
    });
    return { name: g.name, cx, cy, r: radii[k], size: g.nodes.length };
  });
  return { x, y, groups: cells };
}

/**
 * Centres for circles of the given radii, in order, left to right in rows of a roughly 4:3 area.
 * Neighbours in a row are GAP + |r1 − r2| apart, rows GAP + |h1 − h2| / 2 (h = row height);
 * that keeps each circle closer to its own centre than to any other (see groupedLayout).
 */
function packRows(radii: readonly number[]): [number, number][] {
  const area = radii.reduce((s, r) => s + (2 * r + GAP) ** 2, 0);
  const maxWidth = Math.max(Math.sqrt((area * 4) / 3), ...radii.map((r) => 2 * r), 0);
  const rows: number[][] = [];
  let row: number[] = [];
  let right = 0;
  radii.forEach((r, k) => {
    const gap = row.length > 0 ? GAP + Math.abs(r - radii[row[row.length - 1]]) : 0;
    if (row.length > 0 && right + gap + 2 * r > maxWidth) {
      rows.push(row);
      row = [];
      right = 0;
    }
    row.push(k);
    right += (row.length > 1 ? gap : 0) + 2 * r;
  });
  if (row.length > 0) rows.push(row);

  const centres: [number, number][] = radii.map(() => [0, 0]);
  let top = 0;
  let previousHeight = -1;
  for (const members of rows) {
    const height = Math.max(...members.map((k) => 2 * radii[k]));
    if (previousHeight >= 0) top += previousHeight + GAP + Math.abs(height - previousHeight) / 2;
    let left = 0;
    members.forEach((k, j) => {
      if (j > 0) left += GAP + Math.abs(radii[k] - radii[members[j - 1]]);
      centres[k] = [left + radii[k], top + height / 2];
      left += 2 * radii[k];
    });
    previousHeight = height;
  }
  return centres;
}
