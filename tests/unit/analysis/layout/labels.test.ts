import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boxesOverlap, labelBox, LABEL_SIDES, placeLabels, type LabelCandidate } from '../../../../src/analysis/layout/labels';

const candidate = fc.record({
  x: fc.double({ min: -500, max: 500, noNaN: true }),
  y: fc.double({ min: -500, max: 500, noNaN: true }),
  size: fc.double({ min: 2, max: 40, noNaN: true }),
  priority: fc.integer({ min: 0, max: 5 }),
  width: fc.double({ min: 5, max: 160, noNaN: true }),
  height: fc.double({ min: 8, max: 20, noNaN: true }),
});
const layout = fc.record({ nodes: fc.array(candidate, { maxLength: 250 }), zoom: fc.double({ min: 0.05, max: 6, noNaN: true }) });

describe('placeLabels', () => {
  it('never shows two overlapping labels, on random layouts and zooms', () => {
    fc.assert(
      fc.property(layout, ({ nodes, zoom }) => {
        const { box } = placeLabels(nodes, { zoom });
        for (let a = 0; a < box.length; a++) for (let b = a + 1; b < box.length; b++) if (boxesOverlap(box[a], box[b])) return false;
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('drops a label only for labels of at least its priority (every side of it is taken)', () => {
    fc.assert(
      fc.property(layout, ({ nodes, zoom }) => {
        const placed = placeLabels(nodes, { zoom });
        const shown = new Set(placed.index);
        for (let i = 0; i < nodes.length; i++) {
          if (shown.has(i)) continue;
          for (const side of LABEL_SIDES) {
            const b = labelBox(nodes[i], side, zoom);
            const blocker = placed.index.some((k, j) => nodes[k].priority >= nodes[i].priority && boxesOverlap(placed.box[j], b));
            if (!blocker) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('places the boxes it reports where labelBox puts them', () => {
    const nodes: LabelCandidate[] = [{ x: 10, y: 20, size: 10, priority: 1, width: 40, height: 12 }];
    const placed = placeLabels(nodes, { zoom: 2 });
    expect(placed.side).toEqual(['bottom']);
    // centre (20, 40), radius 10 + gap 2: below the node, centred.
    expect(placed.box[0]).toEqual({ x1: 0, y1: 52, x2: 40, y2: 64 });
  });

  it('moves a colliding label to another side, and shows all when zoomed in far enough', () => {
    const two: LabelCandidate[] = [
      { x: 0, y: 0, size: 4, priority: 2, width: 60, height: 12 },
      { x: 0, y: 6, size: 4, priority: 1, width: 60, height: 12 },
    ];
    // At zoom 1 node 0's label (below it, y 4..16) covers where node 1's labels would go.
    const near = placeLabels(two, { zoom: 1 });
    expect(near.index[0]).toBe(0);
    expect(near.side[1] ?? 'none').not.toBe('bottom');
    const far = placeLabels(two, { zoom: 5 });
    expect(far.index).toEqual([0, 1]);
    expect(far.side).toEqual(['bottom', 'bottom']);
  });

  it('leaves out nodes outside the view and stops at maxLabels', () => {
    const nodes: LabelCandidate[] = Array.from({ length: 10 }, (_, i) => ({ x: i * 100, y: 0, size: 4, priority: i, width: 20, height: 10 }));
    expect(placeLabels(nodes, { zoom: 1, view: { x1: 150, y1: -10, x2: 450, y2: 10 } }).index.sort()).toEqual([2, 3, 4]);
    expect(placeLabels(nodes, { zoom: 1, maxLabels: 3 }).index).toEqual([9, 8, 7]);
  });

  it('gives equal priorities to the earlier node', () => {
    const nodes: LabelCandidate[] = [0, 1].map(() => ({ x: 0, y: 0, size: 4, priority: 1, width: 50, height: 12 }));
    // Same place: the first takes the bottom, the second the top.
    expect(placeLabels(nodes, { zoom: 1 }).side).toEqual(['bottom', 'top']);
  });
});
