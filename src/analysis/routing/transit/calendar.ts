import { dayNumber, weekdayOf } from './feed';
import type { Timetable } from './timetable';

/** The UTC day number of a `YYYY-MM-DD` date. @throws RangeError for anything else. */
export function parseServiceDate(date: string): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? dayNumber(date) : NaN;
  if (Number.isNaN(day)) throw new RangeError(`not a date (YYYY-MM-DD): ${date}`);
  return day;
}

/** First index in the sorted `days` whose value is ≥ `day`. */
function lowerBound(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Services running on a UTC day number: 1 per running service. */
export function servicesOnDay(tt: Timetable, day: number): Uint8Array {
  const active = new Uint8Array(tt.serviceId.length);
  const bit = 1 << weekdayOf(day);
  for (let s = 0; s < active.length; s++) {
    if (tt.serviceStart[s] >= 0 && tt.serviceStart[s] <= day && day <= tt.serviceEnd[s] && (tt.serviceWeekdays[s] & bit) !== 0) active[s] = 1;
  }
  for (let i = lowerBound(tt.exceptionDay, day); i < tt.exceptionDay.length && tt.exceptionDay[i] === day; i++) {
    active[tt.exceptionService[i]] = tt.exceptionType[i] === 1 ? 1 : 0;
  }
  return active;
}

/**
 * Which services run on a date (`YYYY-MM-DD`): calendar.txt's weekdays between its start and end
 * date, then calendar_dates.txt's exceptions (1 adds the day, 2 removes it). Index = service.
 * The searches also run the trips of the day before (times past 24:00 shifted by −24 h); this
 * function answers only for the date itself.
 */
export function servicesOn(tt: Timetable, date: string): Uint8Array {
  return servicesOnDay(tt, parseServiceDate(date));
}
