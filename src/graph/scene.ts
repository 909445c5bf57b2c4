import type { Core } from 'cytoscape';
import type { GraphScene, SceneShape } from './svg';

const num = (v: unknown, fallback: number): number => {
  const n = parseFloat(String(v));
  return Number.isFinite(n) ? n : fallback;
};

/** Opacity an edge faded by the selection gets back in the file (style.ts draws edges at 0.45). */
const FADED_EDGE_SHOWN = 0.45;

/**
 * The graph as drawn, for the SVG export: model positions and the resolved style of every
 * node and edge, with every label (the screen hides small ones, a file should not).
 */
export function sceneOf(cy: Core): GraphScene {
  // What the time slider hides is not in the file either.
  const nodes = cy.nodes().toArray().filter((n) => !n.hasClass('absent')).map((n) => ({
    id: n.id(),
    x: n.position('x'),
    y: n.position('y'),
    size: n.width(),
    color: String(n.style('background-color')),
    borderColor: String(n.style('border-color')),
    borderWidth: num(n.style('border-width'), 0),
    shape: String(n.style('shape')) as SceneShape,
    label: String(n.data('label') ?? ''),
    labelColor: String(n.style('color')),
    // The screen's label size follows the zoom (labels.ts); the file keeps the fixed sizes.
    fontSize: n.selected() ? 11 : 9,
    fontWeight: n.style('font-weight') === 'bold' ? ('bold' as const) : ('normal' as const),
    // The file shows the whole network: no fading from the on-screen selection.
    opacity: 1,
  }));
  const edges = cy.edges().toArray().filter((e) => !e.hasClass('absent')).map((e) => ({
    source: e.source().id(),
    target: e.target().id(),
    color: String(e.style('line-color')),
    width: num(e.style('width'), 1),
    dashed: e.style('line-style') !== 'solid',
    opacity: e.hasClass('faded') ? FADED_EDGE_SHOWN : num(e.style('opacity'), 1),
  }));
  return { nodes, edges };
}
