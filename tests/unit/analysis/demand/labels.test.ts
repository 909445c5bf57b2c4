import { describe, expect, it } from 'vitest';
import { methodText } from '../../../../src/analysis/demand/labels';

describe('"Wie wird gerechnet?" per planning area', () => {
  it('speaks of Thuringia and its Gemeinden of 2024 by default and for Thuringia', () => {
    for (const area of [undefined, { name: 'Thüringen', people: 2_110_396, gebietsstand: '01.01.2024' as const }]) {
      const [demand] = methodText({ target: 'total', census: true, table: null, area }, 'distance');
      expect(demand).toContain('(Thüringen: 2.110.396)');
      expect(demand).toContain('Gebietsstand 01.01.2024');
    }
  });

  it('names another area\'s own total and stays on the Gemeinden of 15.05.2022', () => {
    const text = methodText({ target: 'under15', census: true, table: 'kinder.csv', area: { name: 'Deutschland', people: 82_711_282, gebietsstand: '15.05.2022' } }, 'distance');
    expect(text[0]).toContain('(Deutschland: 82.711.282)');
    expect(text[0]).not.toContain('2024');
    expect(text.find((p) => p.includes('kinder.csv'))).toContain('auf den Stand 15.05.2022');
  });
});
