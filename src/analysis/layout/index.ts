/**
 * Node positions for the partnership graph, to be computed in a Web Worker and handed to
 * Cytoscape as `preset` positions (which fits the view afterwards). Pure: no UI, map or storage.
 */
import { concentricLayout } from './concentric';
import { forceLayout } from './force';
import { geographicLayout } from './geographic';
import { groupedLayout } from './grouped';
import type { LayoutInput, LayoutKind, LayoutOptions, LayoutResult } from './types';

export type { LayoutEdge, LayoutInput, LayoutKind, LayoutOptions, LayoutResult } from './types';
export { NODE_SPACING, NO_GROUP } from './types';
export type { GroupCell } from './grouped';
export { defaultIterations, FORCE_SETTINGS } from './force';
export { concentricLayout, forceLayout, geographicLayout, groupedLayout };

/**
 * Positions for every node of `input`, in input order: `x[i], y[i]` belong to `input.ids[i]`.
 * Always finite; deterministic for the same input and options. The result's typed arrays can be
 * transferred out of a worker (`postMessage(result, [result.x.buffer, result.y.buffer])`).
 */
export function computeLayout(kind: LayoutKind, input: LayoutInput, options: LayoutOptions = {}): LayoutResult {
  switch (kind) {
    case 'force':
      return forceLayout(input, { iterations: options.iterations, seedFromGeography: options.seedFromGeography });
    case 'geographic':
      return geographicLayout(input, options.width);
    case 'concentric':
      return concentricLayout(input);
    case 'grouped': {
      const { x, y } = groupedLayout(input);
      return { x, y };
    }
    default:
      throw new Error(`Unknown layout: ${String(kind satisfies never)}`);
  }
}
