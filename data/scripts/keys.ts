/**
 * Key (AGS) helpers for Thuringia's administrative units.
 * AGS: Land = 2 digits, Kreis = 5 digits, Gemeinde = 8 digits.
 */

/** Land key of Thuringia. */
export const THURINGIA = '16';
/** Eisenach was a kreisfreie Stadt until 30 June 2021 … */
export const EISENACH_OLD_KREIS = '16056';
/** … and belongs to the Wartburgkreis since 1 July 2021. */
export const WARTBURGKREIS = '16063';

/** True when the key (any length) belongs to Thuringia. */
export function isThuringiaKey(key: string): boolean {
  return key.startsWith(THURINGIA);
}

/**
 * Current (since 2021) Kreis key for a Kreis or Gemeinde key: the first five digits,
 * with Eisenach's old Kreis folded into the Wartburgkreis.
 */
export function currentKreisKey(ags: string): string {
  if (!/^\d{5}(\d{3})?$/.test(ags)) throw new Error(`Ungültiger Schlüssel: ${ags}`);
  const kreis = ags.slice(0, 5);
  return kreis === EISENACH_OLD_KREIS ? WARTBURGKREIS : kreis;
}

/** True for a well-formed 8-digit Gemeinde AGS. */
export function isGemeindeAgs(ags: string): boolean {
  return /^\d{8}$/.test(ags);
}
