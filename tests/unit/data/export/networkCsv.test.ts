import { describe, expect, it } from 'vitest';
import { networkFigures } from '../../../../src/analysis/network/figures';
import { decimal, groupDensityCsv, nodeFiguresCsv, partnershipLengthsCsv } from '../../../../src/data/export/networkCsv';
import { toNetworkInput } from '../../../../src/ui/graph/inputs';
import { institution, partnership } from '../../../helpers/records';

// A path a – b – c in Erfurt plus an isolated institution with a formula-like name.
const list = [
  institution('a', { name: 'A', category: 'ThEKiZ', ags: '16051000', lon: 11.0, lat: 50.98 }),
  institution('b', { name: 'B', category: 'Kita', ags: '16051000', lon: 11.1, lat: 50.98 }),
  institution('c', { name: 'C', category: 'Kita', ags: '16053000', lon: 11.6, lat: 50.93 }),
  institution('d', { name: '=HYPERLINK("x")', category: 'Kita', ags: '' }),
];
const links = [partnership('a', 'b', { type: 'Kooperationsvereinbarung', intensity: 3 }), partnership('b', 'c')];
const figures = networkFigures(toNetworkInput(list, links, 30));
const kreis = (k: string) => ({ '16051': 'Erfurt', '16053': 'Jena' })[k] ?? 'ohne Kreis';
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\r\n');

describe('network CSV exports', () => {
  it('writes one row per institution with German decimals and neutralised text', () => {
    const rows = lines(nodeFiguresCsv(figures, list, kreis));
    expect(rows[0]).toBe('Name;Kategorie;Kreis;Grad;Betweenness (normiert);Closeness;Komponente;Größe der Komponente;isoliert;Broker (Artikulationspunkt);ID');
    // Four nodes: B lies on 1 of the 3 pairs' shortest paths among the others → 1/3; Wasserman–Faust closeness 2/3 · 2/2.
    expect(rows[2]).toBe('B;Kita;Erfurt;2;0,333333;0,666667;1;3;nein;ja;b');
    expect(rows[4]).toMatch(/^"'=HYPERLINK\(""x""\)";Kita;ohne Kreis;0;0,000000;0,000000;2;1;ja;nein;d$/);
  });

  it('writes density per Kreis', () => {
    const rows = lines(groupDensityCsv(figures, kreis));
    expect(rows).toContain('Erfurt;2;1;1;1,0000');
    expect(rows).toContain('Jena;1;0;1;0,0000');
  });

  it('writes each partnership with its straight-line length', () => {
    const rows = lines(partnershipLengthsCsv(figures, links, list, 30));
    expect(rows[0]).toContain('länger als 30,0 km');
    expect(rows[1]).toMatch(/^A;B;Kooperationsvereinbarung;3;7,0\d;nein;ja;/);
    expect(rows[2]).toMatch(/^B;C;regelmäßige Zusammenarbeit;2;35,\d\d;ja;ja;/);
  });

  it('formats decimals with a comma and leaves non-numbers empty', () => {
    expect(decimal(0.5, 2)).toBe('0,50');
    expect(decimal(Number.NaN, 2)).toBe('');
  });
});
