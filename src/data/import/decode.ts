/** A file that cannot be read as a CSV table; the message is German and meant for the user. */
export class ImportFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** Text of a file with the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'windows-1252';
  bom: boolean;
}

export const MSG_EMPTY = 'Die Datei ist leer.';
export const MSG_BINARY = 'Die Datei ist keine Textdatei (binäre Daten gefunden).';
export const MSG_XLSX =
  'Die Datei sieht aus wie eine Excel-Datei (.xlsx), nicht wie eine CSV-Datei. Bitte importieren Sie sie als .xlsx-Datei.';
export const MSG_XLS =
  'Die Datei sieht aus wie eine ältere Excel-Datei (.xls). Bitte speichern Sie sie in Excel als .xlsx oder als „CSV UTF-8“ und importieren Sie sie erneut.';
export const MSG_UTF16 =
  'Die Datei ist als UTF-16 („Unicode-Text“) gespeichert. Bitte speichern Sie sie in Excel als „CSV UTF-8“ und importieren Sie sie erneut.';
export const MSG_HTML =
  'Die Datei enthält HTML, keine CSV-Tabelle. Wurde eine Webseite als .csv gespeichert?';
export const MSG_XML = 'Die Datei enthält XML, keine CSV-Tabelle.';

const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes above which a file counts as binary. */
const MAX_CONTROL_SHARE = 0.1;

/**
 * Windows-1252 characters for the bytes 0x80–0x9F. Node's TextDecoder (unlike browsers)
 * decodes 'windows-1252' as Latin-1, which leaves C1 control characters where Excel wrote
 * €, „, “, – and so on; mapping them afterwards gives the same result everywhere.
 */
const CP1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    // Tab, line feed, form feed, carriage return and DOS end-of-file (0x1A) occur in text.
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1a) || b === 0x7f) control++;
  }
  return control / sample.length > MAX_CONTROL_SHARE;
}

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function rejectMarkup(text: string): void {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) throw new ImportFileError(MSG_HTML);
  if (head.startsWith('<?xml')) {
    throw new ImportFileError(/<html|<!doctype html/.test(head) ? MSG_HTML : MSG_XML);
  }
}

/**
 * Decodes the bytes of an uploaded CSV file. A UTF-8 byte order mark is removed; valid UTF-8
 * is read as UTF-8, anything else as Windows-1252 (what German Excel writes as "CSV").
 *
 * @throws ImportFileError when the file is empty or whitespace only, binary (also Excel
 * .xlsx/.xls and UTF-16 files, with a hint what to do), or an HTML/XML document.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ImportFileError(MSG_EMPTY);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw new ImportFileError(MSG_XLSX);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) throw new ImportFileError(MSG_XLS);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) throw new ImportFileError(MSG_UTF16);

  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) throw new ImportFileError(MSG_BINARY);

  let text: string;
  let encoding: DecodedText['encoding'];
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    encoding = 'utf-8';
  } catch {
    text = decodeWindows1252(body);
    encoding = 'windows-1252';
  }
  if (text.trim() === '') throw new ImportFileError(MSG_EMPTY);
  rejectMarkup(text);
  return { text, encoding, bom };
}
