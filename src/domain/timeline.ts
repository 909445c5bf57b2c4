/**
 * The network over time: which institutions and partnerships existed on a given day, from
 * their since/until dates (ISO yyyy-mm-dd, or a year "yyyy" / month "yyyy-mm" as some files
 * write them). Anything without a start date counts as always there (it is older than the
 * records), anything without an end date as still running.
 */
import { THEKIZ } from './categories';
import { applyFilter, type NetworkFilter } from './filter';
import type { Institution } from './institution';
import type { Partnership } from './partnership';

/** Something with a start and perhaps an end: a partnership, or an institution (its "Bis" is optional). */
export interface Dated {
  since: string;
  until?: string;
}

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
export function activeOn(p: Dated, day: string): boolean {
  const since = startOf(p.since);
  const until = endOf(p.until ?? '');
  return (since === null || since <= day) && (until === null || until >= day);
}

/** The partnerships that ran on `day`; all of them when `day` is null (the time slider is off). */
export function partnershipsOn<T extends Dated>(list: readonly T[], day: string | null): T[] {
  return day === null ? [...list] : list.filter((p) => activeOn(p, day));
}

/**
 * The years the slider offers: from the earliest start or end date (of partnerships and
 * institutions alike) to the latest (or to `thisYear` when something dated still runs), at
 * least one year; null without any date.
 */
export function timelineYears(list: Iterable<Dated>, thisYear: number): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  let open = false;
  for (const p of list) {
    const s = startOf(p.since);
    const u = endOf(p.until ?? '');
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

/** How much of a network there is: institutions, ThEKiZ among them, partnerships. */
export interface NetworkCounts {
  institutions: number;
  centres: number;
  partnerships: number;
}

/** What the map, the list, the graph, the figures and the presentation show for a year. */
export interface YearView {
  /** The year shown (its last day, "Stand Ende"); null when the time slider is off. */
  year: number | null;
  /** What the filter lets through in any year: the network the graph lays out once, so nodes keep their places while the years play. */
  all: { institutions: Institution[]; partnerships: Partnership[] };
  /** What that year shows of it: `all` itself when `year` is null. */
  shown: { institutions: Institution[]; partnerships: Partnership[] };
  counts: { shown: NetworkCounts; all: NetworkCounts };
}

const countsOf = (n: { institutions: readonly Pick<Institution, 'category'>[]; partnerships: readonly unknown[] }): NetworkCounts => {
  let centres = 0;
  for (const i of n.institutions) if (i.category === THEKIZ) centres++;
  return { institutions: n.institutions.length, centres, partnerships: n.partnerships.length };
};

/**
 * The one answer to "what does this year show": an institution whose own since date is not
 * after the end of the year and whose until date (if any) is not before it (undated: always
 * there), and the partnerships running at the end of the year whose two ends are both shown;
 * then the filter. The year comes before the filter, so a partnership-type filter keeps the
 * institutions that had such a partnership in that year. Panel, map, graph and presentation
 * all read this (through the project data), so their counts agree. `all`, when given, is
 * what the filter lets through in all years (the `all` of an earlier call with the same data
 * and filter): it is kept as it is, so the graph sees one network while the years change.
 */
export function yearView(
  institutions: readonly Institution[],
  partnerships: readonly Partnership[],
  year: number | null,
  filter: NetworkFilter,
  all: YearView['all'] = applyFilter(institutions, partnerships, filter),
): YearView {
  let shown = all;
  if (year !== null) {
    const day = yearEnd(year);
    const there = institutions.filter((i) => activeOn(i, day));
    const ids = new Set<string>(there.map((i) => i.id));
    const links = partnerships.filter((p) => ids.has(p.a) && ids.has(p.b) && activeOn(p, day));
    shown = applyFilter(there, links, filter);
  }
  const allCounts = countsOf(all);
  return { year, all, shown, counts: { shown: shown === all ? allCounts : countsOf(shown), all: allCounts } };
}
