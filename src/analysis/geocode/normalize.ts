/**
 * Normalised forms of German place names, and the shorter variants people write
 * ("Erfurt-Marbach", "Gotha OT Siebleben", "Bad Frankenhausen/Kyffh.", "St. Gangloff").
 * Pure string code: no data, no I/O.
 */

/** Letters without a Unicode decomposition that still have an obvious Latin spelling. */
const EXTRA_LETTERS: Readonly<Record<string, string>> = {
  æ: 'ae',
  œ: 'oe',
  ø: 'oe',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/**
 * Normalises a place name for comparison: lower case, ä→ae, ö→oe, ü→ue, ß→ss, other accents
 * stripped, "St." / "St " → "sankt ", punctuation to spaces, spaces collapsed and trimmed.
 * The result contains only `a–z`, `0–9` and single spaces, so "Goessnitz" and "Gößnitz"
 * both become "goessnitz". Idempotent.
 */
export function normalizeName(s: string): string {
  const german = s
    .toLowerCase()
    .normalize('NFC')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss');
  const latin = german
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[æœøłđðþı]/g, (c) => EXTRA_LETTERS[c] ?? ' ');
  const tokens = latin.split(/[^a-z0-9]+/).filter((t) => t.length > 0);
  // "St." and "St " before another word mean "Sankt"; a final "st" stays as it is.
  return tokens.map((t, i) => (t === 'st' && i < tokens.length - 1 ? 'sankt' : t)).join(' ');
}

/** How a variant was derived from the written name; drives the German explanation. */
export type VariantRule =
  | 'full'
  | 'no-parens'
  | 'before-comma'
  | 'before-slash'
  | 'without-fillers'
  | 'before-qualifier'
  | 'before-ot'
  | 'before-hyphen'
  | 'after-ot'
  | 'after-hyphen';

/** A normalised name variant with the rule that produced it. */
export interface NameVariant {
  /** Normalised key (see {@link normalizeName}). */
  key: string;
  /** The rule applied last to derive it. */
  rule: VariantRule;
}

/** Written-out word for "Ortsteil" in front of a district name. */
const OT_RE = /(?<=[\s,;(\-–])(?:OT|Ortsteil|O\.\s?T\.)(?![\p{L}\d])[.:]?/iu;
/** An abbreviated location qualifier: "Graitschen b. Bürgel", "Ettenhausen a.d. Suhl", "… bei …". */
const QUALIFIER_RE = /(?<=\s)(?:bei\s|(?:b|a|i|a\.\s?d|v\.\s?d)\.)/iu;
/** A hyphen or dash between two name parts (spaces around it are trimmed). */
const HYPHEN_RE = /[-‐‑–—]/;
/** Words that begin a compound name rather than name a place of their own ("Bad-…", "Groß-…"). */
const NAME_PREFIXES = new Set([
  'bad', 'sankt', 'st', 'gross', 'klein', 'ober', 'unter', 'nieder', 'mittel', 'hohen',
  'alt', 'neu', 'ost', 'west', 'nord', 'sued', 'am', 'an', 'auf', 'im', 'in', 'zum', 'zur',
]);

/** Connecting words and their abbreviations: "an der", "am", "a. d.", "b.", "v. d." … */
const FILLERS = new Set(['an', 'der', 'die', 'dem', 'den', 'am', 'im', 'in', 'bei', 'vor', 'ob', 'a', 'b', 'd', 'i', 'v']);

type RawVariant = { raw: string; rule: VariantRule };

function hasLetters(raw: string, min: number): boolean {
  return normalizeName(raw).replace(/[^a-z]/g, '').length >= min;
}

/** The name without its last "(…)" (an unclosed "(" cuts to the end); earlier ones go in the next round. */
function withoutParens(raw: string): RawVariant[] {
  const i = raw.lastIndexOf('(');
  if (i < 0) return [];
  const close = raw.indexOf(')', i);
  const stripped = `${raw.slice(0, i)} ${close < 0 ? '' : raw.slice(close + 1)}`;
  return hasLetters(stripped, 1) ? [{ raw: stripped, rule: 'no-parens' }] : [];
}

/** The part before the first occurrence of `sep`, when that part still carries a name. */
function beforeSeparator(raw: string, sep: string, rule: VariantRule): RawVariant[] {
  const i = raw.indexOf(sep);
  if (i <= 0) return [];
  const before = raw.slice(0, i);
  return hasLetters(before, 2) ? [{ raw: before, rule }] : [];
}

/**
 * The name without connecting words after its first word, so that "Neustadt an der Orla",
 * "Neustadt a.d. Orla", "Neustadt/Orla" and "Neustadt (Orla)" all meet at "neustadt orla".
 */
function withoutFillers(raw: string): RawVariant[] {
  const tokens = normalizeName(raw).split(' ');
  const kept = tokens.filter((t, i) => i === 0 || !FILLERS.has(t));
  if (kept.length === tokens.length || kept.length < 2) return [];
  return [{ raw: kept.join(' '), rule: 'without-fillers' }];
}

/** The part before an abbreviated location qualifier ("b.", "a.d.", "v.d.", "bei"). */
function beforeQualifier(raw: string): RawVariant[] {
  const m = QUALIFIER_RE.exec(raw);
  if (!m || m.index === 0) return [];
  const before = raw.slice(0, m.index);
  return hasLetters(before, 2) ? [{ raw: before, rule: 'before-qualifier' }] : [];
}

/** The parts before and after " OT " / " Ortsteil ". */
function aroundOrtsteil(raw: string): RawVariant[] {
  const m = OT_RE.exec(raw);
  if (!m || m.index === 0) return [];
  const before = raw.slice(0, m.index);
  const after = raw.slice(m.index + m[0].length);
  const out: RawVariant[] = [];
  if (hasLetters(before, 2)) out.push({ raw: before, rule: 'before-ot' });
  if (hasLetters(after, 2)) out.push({ raw: after, rule: 'after-ot' });
  return out;
}

/**
 * The Ortsteil named after " OT " / " Ortsteil " as written ("Walldorf" in "Meiningen OT
 * Walldorf"), or null when the name has no such part (or nothing before it).
 */
export function ortsteilPart(raw: string): string | null {
  const after = aroundOrtsteil(raw).find((v) => v.rule === 'after-ot');
  return after ? after.raw.trim() : null;
}

/**
 * For "A-B-C": "A-B" and "A" (before a hyphen), then "B-C" (after the first hyphen); only
 * when the hyphen joins two name parts (not "Bad-…", not a leading or trailing dash).
 */
function aroundHyphen(raw: string): RawVariant[] {
  const parts = raw.split(HYPHEN_RE).map((p) => p.trim());
  if (parts.length < 2 || parts.length > MAX_HYPHEN_PARTS || !parts.every((p) => hasLetters(p, 2))) return [];
  if (NAME_PREFIXES.has(normalizeName(parts[0]))) return [];
  const out: RawVariant[] = [];
  for (let k = parts.length - 1; k >= 1; k--) {
    out.push({ raw: parts.slice(0, k).join('-'), rule: 'before-hyphen' });
  }
  out.push({ raw: parts.slice(1).join('-'), rule: 'after-hyphen' });
  return out;
}

/** One round of every rule; {@link nameVariantsWithRule} orders the results. */
function derive(raw: string): RawVariant[] {
  return [
    ...withoutParens(raw),
    ...beforeSeparator(raw, ',', 'before-comma'),
    ...beforeSeparator(raw, '/', 'before-slash'),
    ...withoutFillers(raw),
    ...beforeQualifier(raw),
    ...aroundOrtsteil(raw),
    ...aroundHyphen(raw),
  ];
}

/** Real names have at most a few hyphenated parts; more is not a name. */
const MAX_HYPHEN_PARTS = 4;
/** Upper bound on variants per name; real names produce far fewer. */
const MAX_VARIANTS = 16;

/**
 * Normalised candidates for a written name, from the most to the least specific, without
 * duplicates and with the rule that produced each. The first is always the full name (unless
 * it normalises to an empty string, in which case the list is empty). Rules are applied
 * breadth first, so "Bad Frankenhausen/Kyffh. OT Udersleben" also yields "bad frankenhausen".
 * Variants that keep the start of the name come before those that keep only a later part
 * ("Gotha OT Siebleben": "gotha" before "siebleben"); within each group, longer (more
 * specific) keys come first ("Neustadt/Harz-Nord": "neustadt harz" before "neustadt").
 */
export function nameVariantsWithRule(s: string): NameVariant[] {
  const full = normalizeName(s);
  if (full === '') return [];
  const seen = new Set<string>([full]);
  const found: { key: string; rule: VariantRule; tail: boolean }[] = [];
  let frontier: { raw: string; tail: boolean }[] = [{ raw: s, tail: false }];
  for (let depth = 0; depth < 3 && frontier.length > 0; depth++) {
    const next: { raw: string; tail: boolean }[] = [];
    for (const v of frontier) {
      for (const d of derive(v.raw)) {
        const key = normalizeName(d.raw);
        if (key === '' || seen.has(key) || found.length >= MAX_VARIANTS - 1) continue;
        const tail = v.tail || d.rule === 'after-ot' || d.rule === 'after-hyphen';
        seen.add(key);
        found.push({ key, rule: d.rule, tail });
        next.push({ raw: d.raw, tail });
      }
    }
    frontier = next;
  }
  // Longer keys keep more of what was written, so they are the more specific ones.
  const byLength = (a: { key: string }, b: { key: string }) => b.key.length - a.key.length;
  const ordered = [...found.filter((f) => !f.tail).sort(byLength), ...found.filter((f) => f.tail).sort(byLength)];
  return [{ key: full, rule: 'full' }, ...ordered.map(({ key, rule }): NameVariant => ({ key, rule }))];
}

/**
 * Normalised candidates for a written name, from the most to the least specific, without
 * duplicates: the full name; the parts before and after " OT " / " Ortsteil "; the part
 * before a hyphen that joins two name parts ("Erfurt-Marbach" → "erfurt") and the part after
 * it; the part before "/" and before ","; the name without connecting words ("an der", "a.d.");
 * the part before "b." / "a.d." / "bei"; the name without "(…)".
 */
export function nameVariants(s: string): string[] {
  return nameVariantsWithRule(s).map((v) => v.key);
}
