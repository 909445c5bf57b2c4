/**
 * The network over time: which partnerships existed on a given day, from their since/until
 * dates (ISO yyyy-mm-dd, or a year "yyyy" / month "yyyy-mm" as some files write them).
 * A partnership without a start date counts as always there (it is older than the records),
 * one without an end date as still running.
 */
import type { Partnership } from './partnership';

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A partial or full ISO date as its first day ("2019" → "2019-01-01"); null when not a date. */
export function startOf(value: string): string | null {
  const m = DATE.exec(value.trim());
  if (!m) return null;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** A partial or full ISO date as its last day ("2019" → "2019-12-31", "2019-02" → "2019-02-28"). */
export function endOf(value: string): string | null {
  const m = DATE.exec(value.trim());
  if (!m) return null;
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  if (!m[2]) return `${m[1]}-12-31`;
  const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
  return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
}

/** True when the partnership ran on `day` (yyyy-mm-dd); unreadable dates count as unknown. */
export function activeOn(p: Pick<Partnership, 'since' | 'until'>, day: string): boolean {
  const since = startOf(p.since);
  const until = endOf(p.until);
  return (since === null || since <= day) && (until === null || until >= day);
}

/** The partnerships that ran on `day`; all of them when `day` is null (the time slider is off). */
export function partnershipsOn<T extends Pick<Partnership, 'since' | 'until'>>(list: readonly T[], day: string | null): T[] {
  return day === null ? [...list] : list.filter((p) => activeOn(p, day));
}

/**
 * The years the slider offers: from the earliest start or end date to the latest (or to
 * `thisYear` when a partnership still runs), at least one year; null without any date.
 */
export function timelineYears(list: readonly Pick<Partnership, 'since' | 'until'>[], thisYear: number): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  let open = false;
  for (const p of list) {
    const s = startOf(p.since);
    const u = endOf(p.until);
    for (const d of [s, u]) {
      if (d === null) continue;
      const y = Number(d.slice(0, 4));
      from = Math.min(from, y);
      to = Math.max(to, y);
    }
    if (s !== null && u === null) open = true;
  }
  if (from === Infinity) return null;
  if (open) to = Math.max(to, thisYear);
  return { from, to };
}

/** The day the slider shows for a year: its last day, so a year's new partnerships count. */
export const yearEnd = (year: number): string => `${String(year).padStart(4, '0')}-12-31`;

/**
 * Years to label under the time slider: the first and the last, and between them every 1, 2, 5
 * or 10 years (the smallest step that keeps to `maxLabels`), leaving out an inner year that would
 * sit right next to the last one.
 */
export function yearTicks(from: number, to: number, maxLabels = 6): number[] {
  if (!(Number.isInteger(from) && Number.isInteger(to)) || to < from) return [];
  if (to === from) return [from];
  const span = to - from;
  if (maxLabels <= 2) return [from, to];
  // Between the ends lie at most ⌈span / step⌉ multiples of the step.
  const step = [1, 2, 5, 10, 20, 50].find((s) => Math.ceil(span / s) + 2 <= maxLabels) ?? Math.ceil(span / (maxLabels - 2));
  const inner: number[] = [];
  for (let y = Math.ceil((from + 1) / step) * step; y < to; y += step) if (to - y >= step / 2) inner.push(y);
  return [from, ...inner, to];
}
