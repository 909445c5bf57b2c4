import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphToSvg, type GraphScene, type SceneNode } from '../../../src/graph/svg';

/** Reference for XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF. */
const isXmlChar = (cp: number) => cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;

/**
 * Checks what xmldom tolerates: a bare `&` that starts no reference, `<` inside an attribute value,
 * and characters outside XML 1.0 `Char`.
 */
function assertStrictXml(svg: string): void {
  let quote = '';
  let inTag = false;
  for (let i = 0; i < svg.length; i++) {
    const ch = svg[i];
    if (ch === '&') expect(svg.slice(i, i + 12)).toMatch(/^&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/i);
    if (quote) {
      expect(ch).not.toBe('<');
      if (ch === quote) quote = '';
    } else if (inTag && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === '<') inTag = true;
    else if (ch === '>') inTag = false;
  }
  expect(quote).toBe('');
  expect([...svg].every((c) => isXmlChar(c.codePointAt(0)!))).toBe(true);
}

/** Parses strictly: any parser warning or error fails the test. */
function parse(svg: string): Document {
  assertStrictXml(svg);
  const fail = (msg: string) => {
    throw new Error(`XML parse problem: ${msg}\n${svg}`);
  };
  const doc = new DOMParser({ onError: (_level, msg) => fail(msg) }).parseFromString(svg, 'image/svg+xml');
  expect(doc.documentElement?.nodeName).toBe('svg');
  return doc as unknown as Document;
}

const onlyXmlChars = (s: string) => [...s].filter((ch) => isXmlChar(ch.codePointAt(0)!)).join('');

const all = (doc: Document, tag: string) => Array.from(doc.getElementsByTagName(tag));
const group = (doc: Document, cls: string) => all(doc, 'g').find((g) => g.getAttribute('class') === cls)!;
const elementChildren = (el: Element) => Array.from(el.childNodes).filter((c): c is Element => c.nodeType === 1);

const node = (id: string, x: number, y: number, extra: Partial<SceneNode> = {}): SceneNode => ({ id, x, y, size: 10, color: '#ff0000', shape: 'ellipse', ...extra });

const scene: GraphScene = {
  nodes: [
    node('a', 0, 0, { label: 'ThEKiZ Mitte', shape: 'diamond', borderColor: '#333333', borderWidth: 1 }),
    node('b', 100, 50, { label: 'Kita Sonnenschein', size: 20 }),
    node('c', -40, 80, { shape: 'star' }),
    node('d', 60, -30, { shape: 'round-rectangle', label: 'Schule', fontSize: 11, fontWeight: 'bold' }),
    node('e', 10, 120, { shape: 'hexagon' }),
    node('f', -80, -60, { shape: 'triangle', opacity: 0.12 }),
  ],
  edges: [
    { source: 'a', target: 'b', color: '#1f77b4', width: 2 },
    { source: 'a', target: 'c', color: 'rgb(10, 20, 30)', width: 1.5, dashed: true, opacity: 0.45 },
    { source: 'b', target: 'd', color: 'steelblue', width: 1 },
    { source: 'a', target: 'missing', color: '#000', width: 1 },
  ],
};

describe('graphToSvg', () => {
  it('writes a well-formed SVG document with grouped edges, nodes and labels', () => {
    const svg = graphToSvg(scene, { title: 'Netzwerk' });
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    const doc = parse(svg);
    const root = doc.documentElement;
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe('Netzwerk');
    expect(all(doc, 'title')[0].textContent).toBe('Netzwerk');
    expect(elementChildren(group(doc, 'edges'))).toHaveLength(3); // the edge to a missing node is skipped
    expect(elementChildren(group(doc, 'nodes'))).toHaveLength(6);
    expect(all(doc, 'text').map((t) => t.textContent)).toEqual(['ThEKiZ Mitte', 'Kita Sonnenschein', 'Schule']);
    // Order: edges below nodes below labels.
    const classes = elementChildren(root).filter((e) => e.nodeName === 'g').map((g) => g.getAttribute('class'));
    expect(classes).toEqual(['edges', 'nodes', 'labels']);
    expect(all(doc, 'polygon')).toHaveLength(4); // diamond, star, hexagon, triangle
    expect(all(doc, 'circle')).toHaveLength(1);
    expect(all(doc, 'rect').find((r) => r.getAttribute('rx'))).toBeDefined();
    expect(group(doc, 'labels').getAttribute('paint-order')).toBe('stroke');
    expect(group(doc, 'labels').getAttribute('stroke')).toBe('#ffffff');
    expect(all(doc, 'text').find((t) => t.textContent === 'Schule')!.getAttribute('font-weight')).toBe('bold');
  });

  it('gives width/height equal to the viewBox, which contains every node and label', () => {
    const doc = parse(graphToSvg(scene, { padding: 5 }));
    const root = doc.documentElement;
    const [vx, vy, vw, vh] = root.getAttribute('viewBox')!.split(' ').map(Number);
    expect(Number(root.getAttribute('width'))).toBe(vw);
    expect(Number(root.getAttribute('height'))).toBe(vh);
    for (const n of scene.nodes) {
      const r = n.size / 2;
      expect(n.x - r).toBeGreaterThanOrEqual(vx + 5 - 0.01);
      expect(n.y - r).toBeGreaterThanOrEqual(vy + 5 - 0.01);
      expect(n.x + r).toBeLessThanOrEqual(vx + vw - 5 + 0.01);
      expect(n.y + r).toBeLessThanOrEqual(vy + vh - 5 + 0.01);
    }
    for (const t of all(doc, 'text')) {
      const x = Number(t.getAttribute('x')), y = Number(t.getAttribute('y'));
      const half = (t.textContent!.length * Number(t.getAttribute('font-size')) * 0.6) / 2;
      expect(x - half).toBeGreaterThanOrEqual(vx);
      expect(x + half).toBeLessThanOrEqual(vx + vw);
      expect(y).toBeLessThanOrEqual(vy + vh);
    }
    // Labels sit below their node.
    const label = all(doc, 'text').find((t) => t.textContent === 'Kita Sonnenschein')!;
    expect(Number(label.getAttribute('y'))).toBeGreaterThan(50 + 10);
    expect(all(doc, 'rect')[0].getAttribute('fill')).toBe('#ffffff');
  });

  it('scales the display size of the longer side and keeps the viewBox in model units', () => {
    const root = parse(graphToSvg(scene, { displaySize: 1600 })).documentElement;
    const [, , vw, vh] = root.getAttribute('viewBox')!.split(' ').map(Number);
    const w = Number(root.getAttribute('width'));
    const h = Number(root.getAttribute('height'));
    expect(Math.max(w, h)).toBeCloseTo(1600, 1);
    expect(w / h).toBeCloseTo(vw / vh, 2);
  });

  it('keeps hostile labels and titles as plain text', () => {
    const hostile = ['<img src=x onerror=alert(1)>', 'ThEKiZ <b>Mitte</b>', '"quoted" & \'single\'', '</text><script>alert(1)</script>', ']]> <!-- --> <?pi?>', 'Tab\tNew\nline\r\nCR'];
    const doc = parse(graphToSvg({ nodes: hostile.map((label, i) => node(`n${i}`, i * 10, 0, { label })), edges: [] }, { title: '<script>x</script> & "t"' }));
    expect(all(doc, 'text').map((t) => t.textContent)).toEqual(hostile);
    for (const tag of ['img', 'script', 'b']) expect(all(doc, tag)).toHaveLength(0);
    expect(all(doc, 'title')[0].textContent).toBe('<script>x</script> & "t"');
    expect(doc.documentElement.getAttribute('aria-label')).toBe('<script>x</script> & "t"');
  });

  it('removes characters that XML 1.0 forbids', () => {
    const label = 'A\u0000B\u0008C\u000BD\u000CE\u001FF\uD800G\uDC00H\uFFFEI\uFFFFJ\u{1F600}K';
    const svg = graphToSvg({ nodes: [node('a', 0, 0, { label })], edges: [] }, { title: 'T\u0001' });
    expect([...svg].every((ch) => isXmlChar(ch.codePointAt(0)!))).toBe(true);
    const doc = parse(svg);
    expect(all(doc, 'text')[0].textContent).toBe('ABCDEFGHIJ\u{1F600}K');
    expect(all(doc, 'title')[0].textContent).toBe('T');
  });

  it('replaces unsafe colours with the fallback grey', () => {
    const evil = 'red" onload="x';
    const doc = parse(
      graphToSvg(
        {
          nodes: [node('a', 0, 0, { color: evil, borderColor: 'url(javascript:x)', borderWidth: 1, label: 'x', labelColor: 'expression(1)' }), node('b', 9, 9, { color: 'rgba(1,2,3,0.5)' })],
          edges: [{ source: 'a', target: 'b', color: '#12345g', width: 1 }],
        },
        { background: '><script>' },
      ),
    );
    for (const el of all(doc, '*')) for (const attr of Array.from(el.attributes)) expect(attr.name).not.toMatch(/^on/);
    const [a, b] = elementChildren(group(doc, 'nodes'));
    expect(a.getAttribute('fill')).toBe('#999999');
    expect(a.getAttribute('stroke')).toBe('#999999');
    expect(b.getAttribute('fill')).toBe('rgba(1,2,3,0.5)');
    expect(all(doc, 'line')[0].getAttribute('stroke')).toBe('#999999');
    expect(all(doc, 'text')[0].getAttribute('fill')).toBe('#222222'); // label default colour from style.ts
    expect(all(doc, 'rect')[0].getAttribute('fill')).toBe('#ffffff');
  });

  it('marks dashed edges with stroke-dasharray', () => {
    const doc = parse(graphToSvg(scene));
    const lines = all(doc, 'line');
    expect(lines.filter((l) => l.hasAttribute('stroke-dasharray'))).toHaveLength(1);
    expect(lines[1].getAttribute('stroke-dasharray')).toBeTruthy();
    expect(lines[1].getAttribute('opacity')).toBe('0.45');
  });

  it('skips non-finite positions and writes plain numbers only', () => {
    const svg = graphToSvg({
      nodes: [node('ok', 1 / 3, 2e-7), node('nan', NaN, 0, { label: 'nan' }), node('inf', 0, Infinity), node('big', 1e25, -1e25, { size: 1e30 }), node('bad', 5, 5, { size: NaN, fontSize: Infinity, label: 'y' })],
      edges: [{ source: 'ok', target: 'nan', color: '#000', width: 1 }, { source: 'ok', target: 'inf', color: '#000', width: 1 }, { source: 'ok', target: 'bad', color: '#000', width: Infinity }],
    });
    const doc = parse(svg);
    expect(elementChildren(group(doc, 'nodes'))).toHaveLength(3);
    expect(all(doc, 'line')).toHaveLength(1);
    expect(svg).not.toMatch(/NaN|Infinity|\de[+-]?\d/);
    const numeric = ['x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'stroke-width', 'font-size', 'opacity'];
    for (const el of all(doc, '*')) for (const name of numeric) if (el.hasAttribute(name)) expect(el.getAttribute(name)).toMatch(/^-?\d+(\.\d{1,2})?$/);
    for (const value of [doc.documentElement.getAttribute('viewBox')!, ...all(doc, 'polygon').map((p) => p.getAttribute('points')!)])
      expect(value.split(/[ ,]/).every((v) => /^-?\d+(\.\d{1,2})?$/.test(v))).toBe(true);
  });

  it('renders an empty scene as a small valid SVG with background', () => {
    const doc = parse(graphToSvg({ nodes: [], edges: [] }));
    const root = doc.documentElement;
    expect(root.getAttribute('viewBox')).toBe('-20 -20 40 40');
    expect(root.getAttribute('width')).toBe('40');
    expect(all(doc, 'rect')).toHaveLength(1);
    expect(all(doc, 'text')).toHaveLength(0);
    expect(all(doc, 'title')).toHaveLength(0);
    expect(root.hasAttribute('aria-label')).toBe(false);
  });

  it('omits the background rect for background "none"', () => {
    expect(all(parse(graphToSvg(scene, { background: 'none' })), 'rect').filter((r) => r.getAttribute('class') === 'background')).toHaveLength(0);
  });

  it('property: any label parses and round-trips minus the characters XML forbids', () => {
    const special = fc.constantFrom('<', '>', '&', '"', "'", '\u0000', '\u001F', '\t', '\n', '\r', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF', ']]>', 'a', ' ', '\u{1F600}');
    const label = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: special }));
    fc.assert(
      fc.property(label, fc.option(label, { nil: undefined }), (text, title) => {
        const doc = parse(graphToSvg({ nodes: [node('n', 0, 0, { label: text })], edges: [] }, { title }));
        const expected = onlyXmlChars(text);
        const texts = all(doc, 'text');
        if (expected === '') expect(texts).toHaveLength(0);
        else expect(texts.map((t) => t.textContent)).toEqual([expected]);
        const titleText = title === undefined ? '' : onlyXmlChars(title);
        if (titleText) expect(doc.documentElement.getAttribute('aria-label')).toBe(titleText);
        expect(all(doc, 'text').length + all(doc, 'circle').length + all(doc, 'rect').length + all(doc, 'g').length + all(doc, 'title').length).toBe(
          doc.getElementsByTagName('*').length - 1,
        );
      }),
      { numRuns: 500 },
    );
  });
});
