import { describe, expect, it } from 'vitest';
import { mergeDuplicate } from '../../../../src/data/import/merge';
import { emptyDraft } from '../../../../src/domain/institution';

describe('mergeDuplicate', () => {
  const record = Object.freeze({ ...emptyDraft(), name: 'A', carrier: 'AWO', tags: ['x'] });
  it('keeps what the record has and fills only empty fields', () => {
    expect(mergeDuplicate(record, { ...emptyDraft(), name: 'A', carrier: 'DRK', phone: '123', tags: ['x', 'y'] })).toEqual({ phone: '123', tags: ['x', 'y'] });
  });
  it('takes a location only when the record has none', () => {
    const located = { ...emptyDraft(), lat: 50.9, lon: 11.0, locationQuality: 'exact' as const };
    expect(mergeDuplicate(record, located)).toMatchObject({ lat: 50.9, lon: 11.0, locationQuality: 'exact' });
    expect(mergeDuplicate({ ...record, lat: 51, lon: 10, locationQuality: 'manual' }, located)).toEqual({});
  });
  it('returns nothing to change for an identical duplicate', () => {
    expect(mergeDuplicate(record, record)).toEqual({});
  });
});
