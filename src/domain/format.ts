/**
 * Number formatting. Numbers are always shown in German notation (de-DE), also in the
 * English UI, as the project's quality bar asks.
 */
const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

/** Formats an integer count, e.g. 2157507 → "2.157.507". */
export function formatInteger(value: number): string {
  return integer.format(value);
}

const oneDecimal = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** Kilometres with one decimal from metres, e.g. 11894 → "11,9". */
export function formatKm(meters: number): string {
  return oneDecimal.format(meters / 1000);
}

/** Rounded minutes, at least 1 for any distance > 0, e.g. 20.28 → "20". */
export function formatMinutes(minutes: number): string {
  return integer.format(minutes > 0 ? Math.max(1, Math.round(minutes)) : 0);
}

/** A decimal number with up to `digits` decimals, e.g. 1.3 → "1,3". */
export function formatDecimal(value: number, digits = 2): string {
  return new Intl.NumberFormat('de-DE', { maximumFractionDigits: digits }).format(value);
}

/**
 * A share (0…1) as a percentage with up to one decimal, never rounded to 100 % or 0 % unless exact:
 * 0.99996 → "> 99,9 %", 0.00004 → "< 0,1 %", 0.5 → "50 %", 0.572 → "57,2 %", 1 → "100 %".
 */
export function formatShare(share: number): string {
  if (share > 0.999 && share < 1) return '> 99,9 %';
  if (share > 0 && share < 0.001) return '< 0,1 %';
  return `${formatDecimal(share * 100, 1)} %`;
}

const DATE = new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });

/** An ISO date or timestamp as a German date ("01.09.2024"); the text itself when it is no date. */
export function formatIsoDate(iso: string): string {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(t) ? DATE.format(t) : iso;
}

/** Whole days from an ISO date to `now` (0 for a date in the future or no date). */
export function daysSince(iso: string, now: Date = new Date()): number {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isFinite(t) ? Math.max(0, Math.floor((now.getTime() - t) / 86_400_000)) : 0;
}

/** A file size in German units, e.g. "2,5 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatInteger(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatDecimal(bytes / 1024, 0)} KB`;
  return `${formatDecimal(bytes / (1024 * 1024), bytes < 100 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Minutes after midnight as a clock time, e.g. 420 → "07:00" (1440 → "24:00"). */
export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
