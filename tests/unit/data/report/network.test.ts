import { describe, expect, it } from 'vitest';
import { networkFigures } from '../../../../src/analysis/network/figures';
import { applyFilter } from '../../../../src/domain/filter';
import { EMPTY_FILTER } from '../../../../src/domain/filter';
import { areaNetwork } from '../../../../src/data/report/network';
import { institution, partnership } from '../../../helpers/records';

const a = institution('a', { ags: '16051000' });
const b = institution('b', { ags: '16051000' });
const c = institution('c', { ags: '16051000' });
const d = institution('d', { ags: '16052000' });
const all = [a, b, c, d];

describe('areaNetwork', () => {
  it('counts distinct pairs inside, density, and institutions without a partner in the area', () => {
    const ps = [partnership('a', 'b'), partnership('b', 'a'), partnership('b', 'd'), partnership('c', 'c'), partnership('a', 'zz')];
    expect(areaNetwork([a, b, c], all, ps)).toEqual({ nodes: 3, edges: 1, density: 1 / 3, isolated: 1, onlyOutside: 0 });
  });

  it('counts an institution whose partners are all outside the area as isolated in it, and says so', () => {
    expect(areaNetwork([d], all, [partnership('b', 'd')])).toEqual({ nodes: 1, edges: 0, density: 0, isolated: 1, onlyOutside: 1 });
  });

  it('handles an empty area', () => {
    expect(areaNetwork([], all, [])).toEqual({ nodes: 0, edges: 0, density: 0, isolated: 0, onlyOutside: 0 });
  });

  it('gives the Netzwerk tab’s figures for the tab filtered to the same Kreis (one count)', () => {
    const ps = [partnership('a', 'b'), partnership('b', 'd'), partnership('c', 'd'), partnership('a', 'c')];
    const seen = applyFilter(all, ps, { ...EMPTY_FILTER, kreise: ['16051'] });
    const tab = networkFigures({ institutions: seen.institutions.map((i) => ({ ...i, group: '' })), partnerships: seen.partnerships, longKm: 50 }).totals;
    const report = areaNetwork(all.filter((i) => i.ags.startsWith('16051')), all, ps);
    expect({ nodes: report.nodes, edges: report.edges, isolated: report.isolated, density: report.density }).toEqual({ nodes: tab.nodes, edges: tab.edges, isolated: tab.isolated, density: tab.density });
  });
});
