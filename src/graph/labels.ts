import type { Core, NodeSingular } from 'cytoscape';
import { estimateTextWidth, placeLabels, type LabelCandidate, type LabelSide } from '../analysis/layout/labels';

/** Label text size on screen, pixels, whatever the zoom. */
export const LABEL_FONT_PX = 11;
// Line height of an 11 px label with its 2 px outline as Cytoscape draws it (measured: 16–17 px).
const LINE_PX = 17;
/**
 * The gap the placement assumes. Labels sit right at the node (text margins from data did not
 * follow the zoom reliably); Cytoscape's label box, outline included, starts up to half a pixel
 * inside the node and is 16 px high, so -1 and LINE_PX make the placed box contain the drawn one
 * (measured in tests/browser/graphLabels.test.ts).
 */
const PLACED_GAP_PX = -1;
/**
 * Cytoscape's label box also grows by a margin in model units (measured: about 1.5 per side, so
 * 3 px at zoom 2 and nothing to speak of zoomed out); the placement adds 2 model units per side.
 */
const LABEL_PAD_MODEL = 2;
const OUTLINE_PX = 2;
/**
 * Below this zoom only the important names compete for space (ThEKiZ, brokers, the most
 * central: priority ≥ 1, see graphElements); from here on every node in view is a candidate.
 */
export const ALL_LABELS_ZOOM = 1.2;
/** Updates at most this often while zooming or panning, ms. */
const THROTTLE_MS = 120;
const SIDE_CLASSES = 'lbl lbl-bottom lbl-top lbl-right lbl-left';

/** Selection first, then its partners, then the node's own rank. */
function priorityOf(n: NodeSingular): number {
  const own = Number(n.data('priority')) || 0;
  if (n.selected()) return own + 100;
  if (n.hasClass('partner')) return own + 50;
  return own;
}

/**
 * Keeps node labels readable and apart: on every zoom or pan (throttled) the names are chosen
 * and placed by `placeLabels`, then shown by the classes `lbl` and `lbl-<side>` with a font size
 * that stays LABEL_FONT_PX on screen. Returns `update` (call it after elements, positions or
 * selection change) and `stop`.
 */
export function attachLabels(cy: Core): { update: () => void; stop: () => void } {
  let labelled = cy.collection();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const run = () => {
    timer = null;
    last = Date.now();
    if (cy.destroyed()) return;
    const zoom = cy.zoom();
    const pad = LABEL_PAD_MODEL * zoom;
    const all = zoom >= ALL_LABELS_ZOOM;
    const nodes: NodeSingular[] = [];
    const candidates: LabelCandidate[] = [];
    cy.nodes().forEach((n) => {
      if (n.hasClass('absent')) return;
      const text = String(n.data('label') ?? '');
      const priority = priorityOf(n);
      if (!text || (!all && priority < 1)) return;
      const p = n.position();
      nodes.push(n);
      candidates.push({ x: p.x, y: p.y, size: n.width(), priority, width: estimateTextWidth(text, LABEL_FONT_PX) + 2 * pad, height: LINE_PX + 2 * pad });
    });
    const e = cy.extent();
    const margin = 40 / zoom;
    const placed = placeLabels(candidates, { zoom, gap: PLACED_GAP_PX - pad, view: { x1: e.x1 - margin, y1: e.y1 - margin, x2: e.x2 + margin, y2: e.y2 + margin } });
    const next = cy.collection();
    cy.batch(() => {
      placed.index.forEach((k, j) => {
        const n = nodes[k];
        const side: LabelSide = placed.side[j];
        next.merge(n);
        if (!n.hasClass(`lbl-${side}`)) n.removeClass(SIDE_CLASSES).addClass(`lbl lbl-${side}`);
        n.data({ lfs: LABEL_FONT_PX / zoom, lout: OUTLINE_PX / zoom });
      });
      labelled.difference(next).removeClass(SIDE_CLASSES);
    });
    labelled = next;
  };
  const update = () => {
    if (timer) return;
    timer = setTimeout(run, Math.max(0, THROTTLE_MS - (Date.now() - last)));
  };
  cy.on('viewport resize layoutstop', update);
  return {
    update,
    stop: () => {
      if (timer) clearTimeout(timer);
      cy.off('viewport resize layoutstop', update);
    },
  };
}
