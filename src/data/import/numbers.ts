/** Result of reading a number from a CSV cell: ok with null for an empty cell. */
export type DecimalResult = { ok: true; value: number | null } | { ok: false };

const SIGN = '[+-]?';
const EXPONENT = '(?:[eE][+-]?\\d+)?';
/** "50,9787", "50.9787", "-0,5", "12", ",5", "1,5E+01": one separator is the decimal mark. */
const PLAIN = new RegExp(`^${SIGN}(?:\\d+(?:[.,]\\d+)?|[.,]\\d+)${EXPONENT}$`);
/** "1.234,5" or "1.234.567": German thousands separators. */
const GERMAN_GROUPED = /^[+-]?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
/** "1,234.5" or "1,234,567": English thousands separators. */
const ENGLISH_GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * Reads a decimal number written the German or the English way. An empty or blank cell gives
 * `{ ok: true, value: null }`; text that is not a finite number gives `{ ok: false }`.
 * With a single separator ("1,234" or "1.234") it is the decimal mark, since imported numbers
 * are mostly coordinates.
 */
export function parseDecimal(raw: string): DecimalResult {
  // U+2212 is the typographic minus sign some word processors insert.
  const s = raw.trim().replace(/^\u2212/, '-');
  if (s === '') return { ok: true, value: null };
  let normalised: string;
  if (PLAIN.test(s)) normalised = s.replace(',', '.');
  else if (GERMAN_GROUPED.test(s)) normalised = s.replace(/\./g, '').replace(',', '.');
  else if (ENGLISH_GROUPED.test(s)) normalised = s.replace(/,/g, '');
  else return { ok: false };
  const value = Number(normalised);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false };
}
