import Papa from 'papaparse';
import { ImportFileError } from '../decode';

/** Text collected before it is handed to PapaParse: large enough that a call's overhead does not count. */
const PARSE_BYTES = 1 << 20;
/** No GTFS record is this long: text without a record end beyond it means a quote that never closes. */
const MAX_RECORD_CHARS = 32 << 20;

/** A quoted field never ends: the rest of the file would end up in one cell. */
export function msgUnclosedQuote(file: string): string {
  return `In ${file} ist ein Anführungszeichen nicht geschlossen; die Datei lässt sich nicht als Tabelle lesen.`;
}

/**
 * The last line break outside quotes in `text`, or −1. A quote toggles "inside a field", and
 * an escaped quote ("") toggles twice, so the parity of the quotes before a line break tells
 * whether it ends a record.
 */
export function lastRecordEnd(text: string): number {
  let pos = 0;
  let inside = false;
  let cut = -1;
  for (;;) {
    const quote = text.indexOf('"', pos);
    const end = quote === -1 ? text.length : quote;
    if (!inside && end > pos) {
      const nl = text.lastIndexOf('\n', end - 1);
      if (nl >= pos) cut = nl;
    }
    if (quote === -1) return cut;
    inside = !inside;
    pos = quote + 1;
  }
}

/**
 * Reads a CSV file that arrives as text chunks: cuts the text after complete records, parses
 * those with PapaParse and hands each record to `onRow` (the header first). Only the
 * unfinished last record stays in memory between chunks.
 *
 * @throws ImportFileError when a quoted field is never closed.
 */
export class CsvChunks {
  /** Text not parsed yet, as pieces: joined once, not grown by `+=` (a rope that is slow to search). */
  private pieces: string[] = [];
  private pendingLength = 0;
  private row = 0;

  /**
   * @param onRow `onRow(cells, index)`: index 0 is the header.
   * @param file the file's name for messages.
   */
  constructor(
    private readonly onRow: (cells: string[], index: number) => void,
    private readonly file = 'der Datei',
  ) {}

  /** Adds text; parses once enough complete records have gathered. */
  push(text: string): void {
    this.pieces.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength < PARSE_BYTES) return;
    const all = this.pieces.join('');
    const cut = lastRecordEnd(all);
    if (cut < 0) {
      if (all.length > MAX_RECORD_CHARS) throw new ImportFileError(msgUnclosedQuote(this.file));
      this.pieces = [all];
      return;
    }
    const rest = all.slice(cut + 1);
    this.pieces = [rest];
    this.pendingLength = rest.length;
    this.parse(all.slice(0, cut + 1));
  }

  /** Parses what is left (the file has ended). */
  finish(): void {
    const rest = this.pieces.join('');
    this.pieces = [];
    this.pendingLength = 0;
    if (rest.trim() !== '') this.parse(rest);
  }

  private parse(text: string): void {
    const result = Papa.parse<string[]>(text, { delimiter: ',', header: false, skipEmptyLines: true });
    if (result.errors.some((e) => e.type === 'Quotes')) throw new ImportFileError(msgUnclosedQuote(this.file));
    for (const cells of result.data) {
      // A line of only spaces or separators carries nothing (GTFS exports sometimes end with one).
      if (cells.length === 1 && cells[0].trim() === '') continue;
      this.onRow(cells, this.row++);
    }
  }
}

/**
 * Column positions of a header row, names trimmed and without a byte order mark; −1 for a
 * column the file does not have.
 */
export function columnIndex(header: readonly string[], names: readonly string[]): number[] {
  const clean = header.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  return names.map((n) => clean.indexOf(n));
}
