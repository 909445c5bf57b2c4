/** Field delimiters an imported CSV file may use. */
export type Delimiter = ';' | ',' | '\t';

/** Candidates in order of preference on a tie (German Excel writes ';'). */
const CANDIDATES: readonly Delimiter[] = [';', '\t', ','];
const MAX_LINES = 20;
/** Enough text for 20 lines of any sensible table; keeps detection fast on huge files. */
const MAX_SCAN_CHARS = 256 * 1024;

type Counts = Record<Delimiter, number>;

function isDelimiter(c: string): c is Delimiter {
  return c === ';' || c === ',' || c === '\t';
}

/**
 * Splits the start of the text into records (line breaks inside quoted fields do not end a
 * record) and counts each candidate outside quotes. A quote only opens a quoted field at the
 * start of a field for any candidate, as in CSV; a stray quote inside a word (`5" Zoll`)
 * is text and does not swallow the following lines.
 */
function countPerRecord(text: string): Counts[] {
  const records: Counts[] = [];
  let counts: Counts = { ';': 0, ',': 0, '\t': 0 };
  let hasContent = false;
  let inQuotes = false;
  let fieldStart = true;
  const end = Math.min(text.length, MAX_SCAN_CHARS);
  for (let i = 0; i < end && records.length < MAX_LINES; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      }
      continue;
    }
    if (c === '\n' || c === '\r') {
      if (hasContent) records.push(counts);
      counts = { ';': 0, ',': 0, '\t': 0 };
      hasContent = false;
      fieldStart = true;
      continue;
    }
    if (isDelimiter(c)) {
      counts[c]++;
      fieldStart = true;
      continue;
    }
    if (c === '"' && fieldStart) inQuotes = true;
    if (c.trim() !== '') hasContent = true;
    fieldStart = false;
  }
  if (hasContent && records.length < MAX_LINES) records.push(counts);
  return records;
}

/** In how many records the most frequent non-zero count of a candidate occurs. */
function modeFrequency(values: number[]): number {
  const freq = new Map<number, number>();
  for (const v of values) if (v > 0) freq.set(v, (freq.get(v) ?? 0) + 1);
  return Math.max(0, ...freq.values());
}

/**
 * Guesses the delimiter of a CSV text from its first 20 non-empty records. The winner is the
 * candidate whose count per record is the same (and > 0) in the most records, so a consistent
 * count in every record wins; ties go to ';', then tab, then ','.
 * Delimiters inside double-quoted fields are ignored. A single-column file gives ';'.
 */
export function detectDelimiter(text: string): Delimiter {
  const records = countPerRecord(text);
  let best: Delimiter = ';';
  let bestFrequency = 0;
  for (const d of CANDIDATES) {
    const frequency = modeFrequency(records.map((r) => r[d]));
    if (frequency > bestFrequency) {
      best = d;
      bestFrequency = frequency;
    }
  }
  return best;
}
