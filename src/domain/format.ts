/**
 * Number formatting. Numbers are always shown in German notation (de-DE), also in the
 * English UI, as the project's quality bar asks.
 */
const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

/** Formats an integer count, e.g. 2157507 → "2.157.507". */
export function formatInteger(value: number): string {
  return integer.format(value);
}
