/**
 * Kölner Phonetik codes for normalised names, and a small edit distance that keeps
 * phonetic matches close to what was written.
 */
import { colognePhonetic } from 'cologne-phonetic';

/** Names shorter than this (in letters) get no phonetic code: too many false friends. */
export const MIN_PHONETIC_LETTERS = 4;

/**
 * Kölner Phonetik code of a normalised name (see `normalizeName`), spaces ignored,
 * or `null` when the name has fewer than {@link MIN_PHONETIC_LETTERS} letters.
 */
export function phoneticKey(normalized: string): string | null {
  const letters = normalized.replace(/[^a-z]/g, '');
  if (letters.length < MIN_PHONETIC_LETTERS) return null;
  const code = colognePhonetic(letters);
  return code === '' ? null : code;
}

/** Levenshtein distance (insert, delete, substitute, each cost 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/**
 * The largest edit distance at which a phonetic match still counts: a third of the
 * longer name, at least 2 ("Georgental" ↔ "Georgenthal" is 1, "Gossnitz" ↔ "Goessnitz" is 1).
 */
export function maxPhoneticDistance(a: string, b: string): number {
  return Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
}
