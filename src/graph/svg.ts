/**
 * Vector export of the partnership network: turns a plain description of the drawn graph
 * (positions and resolved style values) into a standalone SVG document.
 * Pure module: no Cytoscape, React or DOM; the caller reads the scene from the Cytoscape core.
 */

/** Node shapes Cytoscape can draw that this export reproduces (style.ts uses ellipse and diamond). */
export type SceneShape = 'ellipse' | 'rectangle' | 'round-rectangle' | 'diamond' | 'triangle' | 'pentagon' | 'hexagon' | 'octagon' | 'star';

/** One node as drawn: centre and size in model units, resolved colours. */
export interface SceneNode {
  id: string;
  x: number;
  y: number;
  /** Diameter (width = height) in model units. */
  size: number;
  color: string;
  borderColor?: string;
  borderWidth?: number;
  shape: SceneShape;
  /** Drawn centred below the node, as with `text-valign: bottom` in style.ts. */
  label?: string;
  labelColor?: string;
  fontSize?: number;
  fontWeight?: 'normal' | 'bold';
  /** 0..1, applies to the node and its label. */
  opacity?: number;
}

/** One edge, drawn as a straight line between the node centres (like `curve-style: haystack`). */
export interface SceneEdge {
  source: string;
  target: string;
  color: string;
  width: number;
  dashed?: boolean;
  opacity?: number;
}

export interface GraphScene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

export interface SvgOptions {
  /** Space around the drawing in model units (default 20). */
  padding?: number;
  /** Display size of the longer side (width/height attributes); the viewBox keeps model units. Default: model size. */
  displaySize?: number;
  /** Background fill (default '#ffffff'); '' or 'none' leaves the background transparent. */
  background?: string;
  /** Document title, also used as `aria-label`. */
  title?: string;
}

/** Values taken from the node style in style.ts. */
const LABEL_FONT = 'Noto Sans, sans-serif';
const LABEL_COLOR = '#222222';
const LABEL_SIZE = 9;
const LABEL_MARGIN = 2;
const LABEL_OUTLINE = 1.5;
const FALLBACK_COLOR = '#999999';
/** Larger magnitudes are clamped so `toFixed` never switches to exponent notation. */
const MAX_COORD = 1e15;

/** Removes characters that XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF). */
export function stripInvalidXmlChars(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) out += s[i] + s[++i];
      continue;
    }
    if ((c >= 0xdc00 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) continue;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    out += s[i];
  }
  return out;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Escapes text or an attribute value; whitespace controls become character references so parsers keep them. */
export function escapeXml(value: string): string {
  // NEL and the Unicode line/paragraph separators go as references too: some parsers turn them into "\n".
  return stripInvalidXmlChars(value).replace(/[&<>"'\t\n\r\u0085\u2028\u2029]/g, (ch) => ENTITIES[ch] ?? `&#${ch.charCodeAt(0)};`);
}

/** Accepts #rgb(a), #rrggbb(aa), rgb()/rgba() with numeric arguments and letter-only colour names; else the fallback grey. */
export function safeColor(value: unknown, fallback = FALLBACK_COLOR): string {
  if (typeof value !== 'string') return fallback;
  const c = value.trim();
  if (/^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(c)) return c;
  if (/^rgba?\(\s*[0-9.%]+(?:\s*[,\s/]\s*[0-9.%]+){2,3}\s*\)$/i.test(c)) return c;
  if (/^[a-z]{3,30}$/i.test(c)) return c;
  return fallback;
}

/** Formats a number with at most two decimals, never exponent notation, NaN or Infinity. */
export function fmt(n: number): string {
  const v = Number.isFinite(n) ? Math.max(-MAX_COORD, Math.min(MAX_COORD, n)) : 0;
  const s = v.toFixed(2).replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}

const num = (v: unknown, dflt: number, min = 0): number => (typeof v === 'number' && Number.isFinite(v) ? Math.max(min, v) : dflt);
const opacityAttr = (o: unknown): string => (typeof o === 'number' && Number.isFinite(o) && o < 1 ? ` opacity="${fmt(Math.max(0, o))}"` : '');

/** Regular polygon with `sides` corners (Cytoscape's orientation), scaled to fill the unit square. */
function ngon(sides: number, rotation = 0, inner?: number): [number, number][] {
  const step = (2 * Math.PI) / sides;
  const start = (sides % 2 === 0 ? Math.PI / 2 + step / 2 : Math.PI / 2) + rotation;
  const pts: [number, number][] = [];
  for (let i = 0; i < sides; i++) {
    const a = start + i * step;
    pts.push([Math.cos(a), -Math.sin(a)]);
    if (inner) pts.push([inner * Math.cos(a + step / 2), -inner * Math.sin(a + step / 2)]);
  }
  const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return pts.map(([x, y]) => [((x - x0) / (x1 - x0)) * 2 - 1, ((y - y0) / (y1 - y0)) * 2 - 1]);
}

const POLYGONS: Partial<Record<SceneShape, [number, number][]>> = {
  diamond: [[0, -1], [1, 0], [0, 1], [-1, 0]],
  triangle: ngon(3),
  pentagon: ngon(5),
  hexagon: ngon(6),
  octagon: ngon(8),
  star: ngon(5, 0, 0.5 * (3 - Math.sqrt(5)) * 1.57),
};

/** The SVG element for one node's body (attributes other than geometry are appended by the caller). */
function shapeElement(n: SceneNode, r: number, attrs: string): string {
  const poly = POLYGONS[n.shape];
  if (poly) return `<polygon points="${poly.map(([px, py]) => `${fmt(n.x + px * r)},${fmt(n.y + py * r)}`).join(' ')}"${attrs}/>`;
  if (n.shape === 'rectangle' || n.shape === 'round-rectangle') {
    const rx = n.shape === 'round-rectangle' ? ` rx="${fmt(Math.min(r / 2, 8))}"` : '';
    return `<rect x="${fmt(n.x - r)}" y="${fmt(n.y - r)}" width="${fmt(2 * r)}" height="${fmt(2 * r)}"${rx}${attrs}/>`;
  }
  return `<circle cx="${fmt(n.x)}" cy="${fmt(n.y)}" r="${fmt(r)}"${attrs}/>`;
}

/** Renders the scene as a standalone SVG 1.1 document (UTF-8, well-formed XML). */
export function graphToSvg(scene: GraphScene, options: SvgOptions = {}): string {
  const padding = num(options.padding, 20);
  const bg = options.background ?? '#ffffff';
  const background = bg === '' || bg === 'none' ? '' : safeColor(bg, '#ffffff');
  const title = options.title ? stripInvalidXmlChars(options.title) : '';
  const nodes = scene.nodes.filter((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
  const byId = new Map(nodes.map((n) => [n.id, n]));

  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const extend = (x0: number, y0: number, x1: number, y1: number) => {
    minX = Math.min(minX, x0); minY = Math.min(minY, y0); maxX = Math.max(maxX, x1); maxY = Math.max(maxY, y1);
  };
  const nodeParts: string[] = [];
  const labelParts: string[] = [];
  for (const n of nodes) {
    const r = num(n.size, 10) / 2;
    const bw = num(n.borderWidth, 0);
    extend(n.x - r - bw / 2, n.y - r - bw / 2, n.x + r + bw / 2, n.y + r + bw / 2);
    const stroke = bw > 0 ? ` stroke="${escapeXml(safeColor(n.borderColor))}" stroke-width="${fmt(bw)}"` : '';
    nodeParts.push(shapeElement(n, r, ` fill="${escapeXml(safeColor(n.color))}"${stroke}${opacityAttr(n.opacity)}`));
    const label = n.label ? stripInvalidXmlChars(n.label) : '';
    if (!label) continue;
    const fs = num(n.fontSize, LABEL_SIZE, 0.1);
    const top = n.y + r + LABEL_MARGIN;
    const halfWidth = ([...label].length * fs * 0.6) / 2 + LABEL_OUTLINE;
    extend(n.x - halfWidth, top, n.x + halfWidth, top + fs * 1.2 + LABEL_OUTLINE);
    const weight = n.fontWeight === 'bold' ? ' font-weight="bold"' : '';
    labelParts.push(
      `<text x="${fmt(n.x)}" y="${fmt(top + fs * 0.9)}" font-size="${fmt(fs)}"${weight} fill="${escapeXml(safeColor(n.labelColor, LABEL_COLOR))}"${opacityAttr(n.opacity)}>${escapeXml(label)}</text>`,
    );
  }

  const edgeParts: string[] = [];
  for (const e of scene.edges) {
    const s = byId.get(e.source), t = byId.get(e.target);
    if (!s || !t || s === t) continue;
    const dash = e.dashed ? ' stroke-dasharray="6 3"' : '';
    edgeParts.push(
      `<line x1="${fmt(s.x)}" y1="${fmt(s.y)}" x2="${fmt(t.x)}" y2="${fmt(t.y)}" stroke="${escapeXml(safeColor(e.color))}" stroke-width="${fmt(num(e.width, 1))}"${dash}${opacityAttr(e.opacity)}/>`,
    );
  }

  if (!Number.isFinite(minX)) minX = minY = maxX = maxY = 0;
  const vx = minX - padding, vy = minY - padding;
  const w = Math.max(1, maxX + padding - vx), h = Math.max(1, maxY + padding - vy);
  const scale = options.displaySize !== undefined && options.displaySize > 0 ? options.displaySize / Math.max(w, h) : 1;
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${fmt(w * scale)}" height="${fmt(h * scale)}" viewBox="${fmt(vx)} ${fmt(vy)} ${fmt(w)} ${fmt(h)}" role="img"${title ? ` aria-label="${escapeXml(title)}"` : ''}>`,
  ];
  if (title) out.push(`<title>${escapeXml(title)}</title>`);
  if (background) out.push(`<rect class="background" x="${fmt(vx)}" y="${fmt(vy)}" width="${fmt(w)}" height="${fmt(h)}" fill="${escapeXml(background)}"/>`);
  out.push(
    `<g class="edges" fill="none">${edgeParts.join('')}</g>`,
    `<g class="nodes">${nodeParts.join('')}</g>`,
    `<g class="labels" font-family="${escapeXml(LABEL_FONT)}" text-anchor="middle" stroke="#ffffff" stroke-width="${fmt(LABEL_OUTLINE * 2)}" stroke-linejoin="round" paint-order="stroke">${labelParts.join('')}</g>`,
    '</svg>',
  );
  return out.join('\n') + '\n';
}
