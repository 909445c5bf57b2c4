import { describe, expect, it } from 'vitest';
import { OTHER_TYPE_COLOR, OTHER_TYPE_DASH, PARTNERSHIP_TYPES, TYPE_DASHES, typeColor, typeDash, typesShown } from '../../../src/domain/partnership';

describe('partnership types on the map', () => {
  it('every default type has its own colour and its own dash pattern; others share a grey dotted one', () => {
    const styles = PARTNERSHIP_TYPES.map((t) => `${typeColor(t)}|${typeDash(t).join(',')}`);
    expect(new Set(styles).size).toBe(PARTNERSHIP_TYPES.length);
    expect(new Set(TYPE_DASHES.map((d) => d.join(','))).size).toBe(TYPE_DASHES.length);
    expect(typeColor('Stammtisch')).toBe(OTHER_TYPE_COLOR);
    expect(typeDash('Stammtisch')).toEqual(OTHER_TYPE_DASH);
    expect(TYPE_DASHES.map((d) => d.join(','))).not.toContain(OTHER_TYPE_DASH.join(','));
    // Patterns MapLibre accepts: pairs of non-negative lengths, not all zero.
    for (const d of [...TYPE_DASHES, OTHER_TYPE_DASH]) {
      expect(d.length % 2).toBe(0);
      expect(d.every((x) => x >= 0)).toBe(true);
      expect(d.some((x) => x > 0)).toBe(true);
    }
  });

  it('the legend lists the types drawn, in the default order, and one row for all others', () => {
    expect(typesShown([])).toEqual({ defaults: [], other: false });
    expect(typesShown([{ type: 'Austausch im Gremium' }, { type: 'Kooperationsvereinbarung' }, { type: 'Austausch im Gremium' }])).toEqual({ defaults: ['Kooperationsvereinbarung', 'Austausch im Gremium'], other: false });
    expect(typesShown([{ type: 'Stammtisch' }, { type: 'gemeinsames Angebot' }])).toEqual({ defaults: ['gemeinsames Angebot'], other: true });
  });
});
