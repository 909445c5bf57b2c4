import { PNG } from 'pngjs';
import { readPdf } from '../../../helpers/pdf';
import { describe, expect, it } from 'vitest';
import { buildReport, type ReportInput } from '../../../../src/data/report/model';
import { MAP_ATTRIBUTION, MAP_CAPTION, pdfText, renderReportPdf } from '../../../../src/data/report/pdf';
import { institution, partnership } from '../../../helpers/records';

/** A small PNG data URL (a 4 × 3 grey image). */
function png(width = 4, height = 3): { dataUrl: string; width: number; height: number } {
  const image = new PNG({ width, height });
  image.data.fill(180);
  return { dataUrl: `data:image/png;base64,${PNG.sync.write(image).toString('base64')}`, width, height };
}

const base = (fields: Partial<ReportInput>): ReportInput => ({
  area: { kind: 'kreis', key: '16074', name: 'Saale-Holzland-Kreis' },
  projectName: 'Netzwerk „Familie“ – Süd',
  date: new Date(2025, 2, 5),
  institutions: [],
  partnerships: [],
  categories: [{ name: 'ThEKiZ', color: '#d55e00' }, { name: 'Kita', color: '#e69f00' }, { name: 'Frühe Hilfen', color: 'not a colour' }],
  ...fields,
});

describe('pdfText', () => {
  it('keeps German letters and WinAnsi quotes, replaces what Helvetica cannot show', () => {
    expect(pdfText('äöüß ÄÖÜ „Zitat“ – ‚x‘ €')).toBe('äöüß ÄÖÜ „Zitat“ – ‚x‘ €');
    expect(pdfText('a\u0308')).toBe('ä'); // combining diaeresis composed
    expect(pdfText('−3 → 5\u202Fkm\n≤ 😀 Ωx')).toBe('-3 -> 5 km <= ? ?x');
    expect(pdfText('<b>Mitte</b> &amp;')).toBe('<b>Mitte</b> &amp;');
  });
});

describe('renderReportPdf', () => {
  const list = [
    institution('a', { name: 'Kita Sonnenblume Hermsdorf', category: 'Kita', carrier: 'AWO', town: 'Hermsdorf', ags: '16074001' }),
    institution('b', { name: 'ThEKiZ Zwergenhöhle Großlöbichau', category: 'ThEKiZ', carrier: 'Diakonie', town: 'Großlöbichau', ags: '16074002' }),
    institution('c', { name: '<b>Mitte</b>', category: 'Frühe Hilfen', carrier: 'Stadt & Land', town: 'Eisenberg', ags: '16074003' }),
  ];
  const model = buildReport(base({ institutions: list, partnerships: [partnership('a', 'b')], network: { density: 0.3333, nodes: 3, edges: 1, isolated: 1 } }));

  it('writes title, subtitle, map caption, figures and table as text with umlauts intact', async () => {
    const { pages, info, size } = await readPdf(renderReportPdf(model, png(800, 600)));
    expect(size.map(Math.round)).toEqual([0, 0, 595, 842]); // A4 portrait in points
    // The map fills most of page 1; the institution table may start on page 2.
    expect(pages.length).toBeLessThanOrEqual(2);
    expect(pages[0].startsWith('Kreisbericht Saale-Holzland-Kreis')).toBe(true);
    const text = pages.join('\n');
    expect(text).toContain('Projekt: Netzwerk „Familie“ – Süd');
    expect(text).toContain('Stand: 05.03.2025');
    expect(text).toContain(MAP_CAPTION);
    // The credits are wrapped to the page width: every source is named.
    for (const part of ['© GeoBasis-DE / BKG', 'Zensus 2022', 'Eurostat', 'Destatis', 'GeoNames (CC BY 4.0)']) expect(text.replace(/\s+/g, ' ')).toContain(part);
    expect(MAP_ATTRIBUTION).toContain('Zensus 2022');
    expect(text).toContain('Netzdichte\n0,333');
    expect(text).toContain('1 von 3');
    expect(text).toContain('ThEKiZ Zwergenhöhle Großlöbichau');
    expect(text).toContain('<b>Mitte</b>');
    expect(text).toContain('Stadt & Land');
    expect(text).toContain('Frühe Hilfen');
    pages.forEach((page, i) => expect(page.endsWith(`Netzwerk „Familie“ – Süd\nSeite ${i + 1} von ${pages.length}`)).toBe(true));
    expect(info.Title).toBe('Kreisbericht Saale-Holzland-Kreis');
    expect(info.Creator).toBe('Netzwerkkarte ThEKiZ');
    expect(info.Language).toBe('de');
  });

  it('works without a map and for an empty area', async () => {
    const { pages } = await readPdf(renderReportPdf(buildReport(base({})), null));
    expect(pages).toHaveLength(1);
    expect(pages[0]).not.toContain(MAP_CAPTION);
    expect(pages[0]).toContain('Keine Einrichtungen im Gebiet.');
    expect(pages[0]).toContain('Seite 1 von 1');
  });

  it('spreads 120 institutions over several pages with the header repeated and numbered footers', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      institution(`i${i}`, { name: `Einrichtung ${String(i).padStart(3, '0')} Größe Übung`, category: 'Kita', carrier: 'Träger e. V.', town: 'Jena-Lobeda', ags: '16074001' }));
    const { pages } = await readPdf(renderReportPdf(buildReport(base({ institutions: many })), png(600, 800)));
    const n = pages.length;
    expect(n).toBeGreaterThan(2);
    pages.forEach((page, i) => expect(page).toContain(`Seite ${i + 1} von ${n}`));
    // The table starts on page 1 or 2; every later page repeats its header row.
    const header = /Name\nKategorie\nTräger\nOrt\nPartnerschaften/;
    const first = pages.findIndex((p) => header.test(p));
    expect(first).toBeGreaterThanOrEqual(0);
    for (const page of pages.slice(first)) expect(page).toMatch(header);
    expect(pages.slice(1).some((p) => p.startsWith('Name\nKategorie'))).toBe(true);
    const all = pages.join('\n');
    for (let i = 0; i < 120; i++) expect(all).toContain(`Einrichtung ${String(i).padStart(3, '0')} Größe Übung`);
  });

  it('rejects a map that is not a PNG or JPEG data URL', () => {
    expect(() => renderReportPdf(model, { dataUrl: 'https://example.org/x.png', width: 10, height: 10 })).toThrow(/PNG or JPEG/);
    expect(() => renderReportPdf(model, { ...png(), width: 0 })).toThrow(RangeError);
  });
});
