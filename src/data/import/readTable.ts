import { decodeText, ImportFileError } from './decode';
import { quoted } from './issues';
import { readCsv, MSG_UNEXPECTED } from './readCsv';
import { readGeoJson } from './readGeoJson';
import { MSG_NOT_XLSX, readXlsx } from './readXlsx';
import type { TableFormat, TableReadResult } from './table';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
/** How far into the file a leading `{` is looked for (past a byte order mark and blanks). */
const JSON_SNIFF_BYTES = 1024;

const EXTENSION_FORMATS: Readonly<Record<string, TableFormat>> = {
  csv: 'csv', txt: 'csv', tsv: 'csv', tab: 'csv',
  xlsx: 'xlsx', xlsm: 'xlsx',
  geojson: 'geojson', json: 'geojson',
};

const FORMAT_NAMES: Record<TableFormat, string> = { csv: 'CSV-Datei', xlsx: 'Excel-Datei', geojson: 'GeoJSON-Datei' };

/** The lower-case extension of a file name without the dot, '' if none. */
function extensionOf(name: string): string {
  const m = /\.([^./\\]+)$/.exec(name.trim());
  return m ? m[1].toLowerCase() : '';
}

function startsWithZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** Whether the first character after a UTF-8 byte order mark and blanks is `{`. */
function startsWithBrace(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const end = Math.min(bytes.length, JSON_SNIFF_BYTES);
  while (i < end && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b;
}

/**
 * Which reader a file needs. The content decides where it can: a ZIP archive (`PK` header)
 * is an Excel workbook and text starting with `{` is GeoJSON, whatever the name says. Else
 * the extension: .geojson and .json are GeoJSON (so that such a file gets the GeoJSON
 * message), everything else is read as CSV.
 */
export function detectFormat(name: string, bytes: Uint8Array): TableFormat {
  if (startsWithZip(bytes)) return 'xlsx';
  if (startsWithBrace(bytes)) return 'geojson';
  return EXTENSION_FORMATS[extensionOf(name)] === 'geojson' ? 'geojson' : 'csv';
}

function readGeoJsonBytes(bytes: Uint8Array): TableReadResult {
  try {
    return readGeoJson(decodeText(bytes).text);
  } catch (e) {
    return { ok: false, message: e instanceof ImportFileError ? e.message : MSG_UNEXPECTED };
  }
}

function withNote(r: TableReadResult, note: string): TableReadResult {
  return r.ok ? { ...r, notes: [note, ...(r.notes ?? [])] } : r;
}

/**
 * Reads a CSV, Excel (.xlsx) or GeoJSON file into a table (see detectFormat). When the name
 * promises another format than the content has, a German note says so; a file named .xlsx
 * that is neither a workbook nor a readable CSV gets the Excel message. Never throws.
 *
 * @param onProgress called with the read share (0–1); Excel and GeoJSON files report only 1.
 */
export async function readTable(
  name: string,
  bytes: Uint8Array,
  onProgress?: (fraction: number) => void,
): Promise<{ format: TableFormat; result: TableReadResult }> {
  try {
    const format = detectFormat(name, bytes);
    let result: TableReadResult;
    if (format === 'xlsx') result = await readXlsx(bytes);
    else if (format === 'geojson') result = readGeoJsonBytes(bytes);
    else result = readCsv(bytes, onProgress);
    if (format !== 'csv') onProgress?.(1);

    const named = EXTENSION_FORMATS[extensionOf(name)];
    if (named === 'xlsx' && format === 'csv' && !result.ok) result = { ok: false, message: MSG_NOT_XLSX };
    else if (named !== undefined && named !== format) {
      result = withNote(result, `Die Datei ${quoted(name.trim())} ist eine ${FORMAT_NAMES[format]} und wurde als solche gelesen.`);
    }
    return { format, result };
  } catch {
    return { format: 'csv', result: { ok: false, message: MSG_UNEXPECTED } };
  }
}
