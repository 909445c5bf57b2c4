import { describe, expect, it } from 'vitest';
import { changedFields, emptyDraft } from '../../../src/domain/institution';

describe('changedFields', () => {
  const base = { ...emptyDraft(), name: 'Kita', tags: ['a', 'b'], lat: 50.9, lon: 11 };
  it('returns only what differs, comparing tag lists by content', () => {
    expect(changedFields(base, { ...base, tags: ['a', 'b'] })).toEqual({});
    expect(changedFields(base, { ...base, name: 'Kita Nord', tags: ['a'], lat: null })).toEqual({ name: 'Kita Nord', tags: ['a'], lat: null });
  });
});
