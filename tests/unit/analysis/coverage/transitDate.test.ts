import { describe, expect, it } from 'vitest';
import { transitDate } from '../../../../src/analysis/coverage/byTime';

describe('the service day a weekday stands for', () => {
  // VRN slice: 2022-06-12 (a Sunday) to 2022-12-10.
  it('takes the first such day of the second week of an expired timetable', () => {
    expect(transitDate('2022-06-12', '2022-12-10', 2, '2026-12-02')).toBe('2022-06-21');
    expect(transitDate('2022-06-12', '2022-12-10', 7, '2026-12-02')).toBe('2022-06-19');
  });
  it('takes the next such day from today in a running timetable', () => {
    // 2026-12-02 is a Wednesday.
    expect(transitDate('2026-11-01', '2027-06-30', 3, '2026-12-02')).toBe('2026-12-02');
    expect(transitDate('2026-11-01', '2027-06-30', 2, '2026-12-02')).toBe('2026-12-08');
    expect(transitDate('2026-11-01', '2027-06-30', 1, '2026-12-02')).toBe('2026-12-07');
  });
  it('stays inside a short validity, and says null when the weekday never falls in it', () => {
    expect(transitDate('2026-12-01', '2026-12-03', 3, '2020-01-01')).toBe('2026-12-02');
    expect(transitDate('2026-12-01', '2026-12-03', 6, '2020-01-01')).toBeNull();
    expect(transitDate(null, '2026-12-03', 2, '2026-12-02')).toBeNull();
    expect(transitDate('2026-12-05', '2026-12-01', 2, '2026-12-02')).toBeNull();
  });
});
