import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { graphStyle } from './style';
import { graphToSvg } from './svg';
import { sceneOf } from './scene';
import { attachLabels } from './labels';

/** The graph as files: a PNG of the whole graph, and an SVG document. */
export interface GraphExport {
  png: () => Promise<Blob>;
  svg: (title: string) => string;
}

export interface GraphNode {
  id: string;
  label: string;
  color: string;
  size: number;
  thekiz: boolean;
  /** Label rank: higher names are shown first; ≥ 1 also when zoomed out (ThEKiZ, brokers, most central). */
  priority?: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  color: string;
  width: number;
}

export interface GraphViewProps {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Positions aligned with `nodes`; null while the layout is computed. */
  positions: { x: Float64Array; y: Float64Array } | null;
  /**
   * Ids of the nodes and edges to show (the year of the time slider); the others keep their
   * places but are invisible and take no clicks, and fade in when they come. null: all.
   */
  shown?: ReadonlySet<string> | null;
  selected: string | null;
  onSelect: (id: string) => void;
  ariaLabel: string;
  /** Set to a function that renders the whole graph as a PNG (white background, twice the screen size). */
  exportRef?: { current: GraphExport | null };
}

declare global {
  interface Window {
    /** The graph instance, for browser tests and the benchmark. */
    __thekizGraph?: Core;
  }
}

/** Animate a layout change only for graphs small enough to animate smoothly without a GPU. */
const ANIMATE_UP_TO = 600;
/** Zoom limit when framing a selection with few partners. */
const FOCUS_MAX_ZOOM = 2.5;

/** The partnership graph. The only component that talks to Cytoscape. */
export default function GraphView({ nodes, edges, positions, shown = null, selected, onSelect, ariaLabel, exportRef }: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const labelsRef = useRef<ReturnType<typeof attachLabels> | null>(null);
  const onSelectRef = useRef(onSelect);
  const shownPositions = useRef<GraphViewProps['positions']>(null);
  const shownRef = useRef(shown);
  useEffect(() => {
    shownRef.current = shown;
  }, [shown]);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: graphStyle(),
      layout: { name: 'preset' },
      minZoom: 0.02,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: 'single',
      pixelRatio: 1,
      textureOnViewport: true,
      motionBlur: false,
    });
    cy.on('tap', 'node', (e) => onSelectRef.current(e.target.id()));
    cyRef.current = cy;
    labelsRef.current = attachLabels(cy);
    window.__thekizGraph = cy;
    if (exportRef) {
      exportRef.current = {
        png: () => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000, maxHeight: 6000 }),
        svg: (title) => graphToSvg(sceneOf(cy), { title, displaySize: 1600 }),
      };
    }
    return () => {
      if (exportRef) exportRef.current = null;
      labelsRef.current?.stop();
      labelsRef.current = null;
      cyRef.current = null;
      if (window.__thekizGraph === cy) delete window.__thekizGraph;
      cy.destroy();
    };
    // The export hook is set once with the instance.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // New elements when the (filtered) network changes; they appear once positions exist.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || !positions) return;
    const existing = cy.nodes();
    const sameNodes = existing.length === nodes.length && nodes.every((n) => cy.getElementById(n.id).nonempty());
    if (sameNodes && cy.edges().length === edges.length) {
      // Same elements: only the layout (or sizes) changed.
      cy.batch(() => nodes.forEach((n) => cy.getElementById(n.id).data({ size: n.size, color: n.color, label: n.label, priority: n.priority ?? 0 })));
      labelsRef.current?.update();
      if (shownPositions.current === positions) return;
      shownPositions.current = positions;
      const at = Object.fromEntries(nodes.map((n, i) => [n.id, { x: positions.x[i], y: positions.y[i] }]));
      const animate = nodes.length <= ANIMATE_UP_TO;
      cy.layout({ name: 'preset', positions: at, animate, animationDuration: 450, fit: true, padding: 24 }).run();
      return;
    }
    // New elements come hidden when the year does not show them (no flash before the next effect).
    const year = shownRef.current;
    const absent = (id: string) => (year && !year.has(id) ? ' absent' : '');
    const elements: ElementDefinition[] = nodes.map((n, i) => ({
      group: 'nodes',
      data: { id: n.id, label: n.label, color: n.color, size: n.size, priority: n.priority ?? 0 },
      classes: `${n.thekiz ? 'thekiz' : ''}${absent(n.id)}`.trim() || undefined,
      position: { x: positions.x[i], y: positions.y[i] },
    }));
    for (const e of edges) elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, color: e.color, width: e.width }, classes: absent(e.id).trim() || undefined });
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    shownPositions.current = positions;
    cy.fit(undefined, 24);
    labelsRef.current?.update();
  }, [nodes, edges, positions]);

  // The year shown: who is not there yet (or any more) is hidden where it will be.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      if (!shown) {
        cy.elements('.absent, .timed').removeClass('absent timed');
        return;
      }
      cy.elements().addClass('timed');
      cy.elements().forEach((e) => {
        if (shown.has(e.id())) e.removeClass('absent');
        else e.addClass('absent');
      });
    });
    labelsRef.current?.update();
  }, [shown, nodes, edges, positions]);

  // Selection from anywhere (map, list, search) shows here; its partners stand out.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().removeClass('faded partner partner-edge');
      cy.elements(':selected').unselect();
      if (!selected) return;
      const node = cy.getElementById(selected);
      if (node.empty()) return;
      node.select();
      const hood = node.closedNeighborhood();
      hood.nodes().not(node).addClass('partner');
      hood.edges().addClass('partner-edge');
      cy.elements().not(hood).addClass('faded');
    });
    labelsRef.current?.update();
  }, [selected, positions]);

  // A new selection brings it and its partners into view (not closer than a readable zoom).
  useEffect(() => {
    const cy = cyRef.current;
    const node = cy?.getElementById(selected ?? '');
    if (!cy || !node || node.empty()) return;
    const hood = node.closedNeighborhood().not('.absent');
    cy.stop();
    cy.animate({ fit: { eles: hood, padding: 60 } }, { duration: 350, complete: () => cy.zoom() > FOCUS_MAX_ZOOM && cy.zoom({ level: FOCUS_MAX_ZOOM, position: node.position() }) });
  }, [selected]);

  return <div ref={container} className="graph" data-testid="graph" role="img" aria-label={ariaLabel} />;
}
