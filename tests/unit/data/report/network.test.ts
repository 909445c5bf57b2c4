import { describe, expect, it } from 'vitest';
import { areaNetwork } from '../../../../src/data/report/network';
import { institution, partnership } from '../../../helpers/records';

const a = institution('a', { ags: '16051000' });
const b = institution('b', { ags: '16051000' });
const c = institution('c', { ags: '16051000' });
const d = institution('d', { ags: '16052000' });
const all = [a, b, c, d];

describe('areaNetwork', () => {
  it('counts distinct pairs inside, density, and institutions without any partner', () => {
    const ps = [partnership('a', 'b'), partnership('b', 'a'), partnership('b', 'd'), partnership('c', 'c'), partnership('a', 'zz')];
    expect(areaNetwork([a, b, c], all, ps)).toEqual({ nodes: 3, edges: 1, density: 1 / 3, isolated: 1 });
  });

  it('counts a partner outside the area as a partner', () => {
    expect(areaNetwork([d], all, [partnership('b', 'd')])).toEqual({ nodes: 1, edges: 0, density: 0, isolated: 0 });
  });

  it('handles an empty area', () => {
    expect(areaNetwork([], all, [])).toEqual({ nodes: 0, edges: 0, density: 0, isolated: 0 });
  });
});
