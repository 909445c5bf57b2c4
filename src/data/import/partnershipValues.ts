import type { Partnership } from '../../domain/partnership';
import { parseDecimal } from './numbers';

/** Intensity of a partnership whose cell is empty or invalid. */
export const DEFAULT_PARTNERSHIP_INTENSITY: Partnership['intensity'] = 2;

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [4, 6, 9, 11].includes(month) ? 30 : 31;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/** An ISO date (yyyy, yyyy-mm or yyyy-mm-dd) from its parts, or null when month or day do not exist. */
function isoDate(year: number, month?: number, day?: number): string | null {
  if (month === undefined) return String(year).padStart(4, '0');
  if (month < 1 || month > 12) return null;
  const ym = `${String(year).padStart(4, '0')}-${pad2(month)}`;
  if (day === undefined) return ym;
  return day >= 1 && day <= daysInMonth(year, month) ? `${ym}-${pad2(day)}` : null;
}

const YEAR = /^(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
/** "2021-03-05 08:30" or "2021-03-05T08:30:00Z": the time is dropped. */
const ISO_WITH_TIME = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T]\d{1,2}:\d{2}/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const GERMAN_MONTH = /^(\d{1,2})\.(\d{4})$/;

/**
 * Reads a date of a partnership list: yyyy, yyyy-mm and yyyy-mm-dd (also with a time, which
 * is dropped) stay as they are (one-digit months and days get a leading 0); the German forms
 * dd.mm.yyyy and mm.yyyy become yyyy-mm-dd and yyyy-mm. An empty cell gives ''; anything
 * else, and dates that do not exist (31.02.2020), give null.
 */
export function parsePartnershipDate(raw: string): string | null {
  const s = raw.trim();
  if (s === '') return '';
  let m = YEAR.exec(s);
  if (m) return isoDate(Number(m[1]));
  m = ISO.exec(s) ?? ISO_WITH_TIME.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  m = GERMAN.exec(s);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = GERMAN_MONTH.exec(s);
  if (m) return isoDate(Number(m[2]), Number(m[1]));
  return null;
}

/**
 * Whether the partnership ends before it begins. Dates of different precision are compared
 * on their common part: "2020" does not end before "2020-05".
 */
export function endsBeforeStart(since: string, until: string): boolean {
  if (since === '' || until === '') return false;
  const n = Math.min(since.length, until.length);
  return until.slice(0, n) < since.slice(0, n);
}

/**
 * Reads an intensity: 1, 2 or 3 (also written "2,0"). An empty cell gives the default 2;
 * anything else gives null.
 */
export function parseIntensity(raw: string): Partnership['intensity'] | null {
  const parsed = parseDecimal(raw);
  if (!parsed.ok) return null;
  if (parsed.value === null) return DEFAULT_PARTNERSHIP_INTENSITY;
  return parsed.value === 1 || parsed.value === 2 || parsed.value === 3 ? parsed.value : null;
}
