import { describe, expect, it } from 'vitest';
import {
  decodeText, ImportFileError, MSG_BINARY, MSG_EMPTY, MSG_HTML, MSG_UTF16, MSG_XLS, MSG_XLSX, MSG_XML,
} from '../../../../src/data/import/decode';
import { latin1, utf8 } from './helpers';

function errorOf(bytes: Uint8Array): ImportFileError {
  try {
    decodeText(bytes);
  } catch (e) {
    if (e instanceof ImportFileError) return e;
    throw e;
  }
  throw new Error('decodeText did not throw');
}

describe('decodeText', () => {
  it('reads UTF-8 without a byte order mark', () => {
    expect(decodeText(utf8('Name;Ort\nKita Sonnenschein;Weimar-Schöndorf\n'))).toEqual({
      text: 'Name;Ort\nKita Sonnenschein;Weimar-Schöndorf\n', encoding: 'utf-8', bom: false,
    });
  });

  it('removes a UTF-8 byte order mark and reports it', () => {
    const result = decodeText(utf8('Straße;Ort\nHauptstraße 1;Gößnitz', true));
    expect(result).toEqual({ text: 'Straße;Ort\nHauptstraße 1;Gößnitz', encoding: 'utf-8', bom: true });
    expect(result.text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (0xFC = ü, 0xDF = ß)', () => {
    // "Grüß;Ort\n" as German Excel writes it
    const bytes = new Uint8Array([0x47, 0x72, 0xfc, 0xdf, 0x3b, 0x4f, 0x72, 0x74, 0x0a]);
    expect(decodeText(bytes)).toEqual({ text: 'Grüß;Ort\n', encoding: 'windows-1252', bom: false });
  });

  it('reads all German letters from Windows-1252', () => {
    expect(decodeText(latin1('ÄÖÜäöüß;Gräfenroda')).text).toBe('ÄÖÜäöüß;Gräfenroda');
  });

  it('maps the Windows-1252 bytes 0x80–0x9F to €, „, “ and dashes, not to control characters', () => {
    // „Kita“ – 5 € : 0x84 Kita 0x93 0x20 0x96 0x20 5 0x20 0x80
    const bytes = new Uint8Array([0x84, 0x4b, 0x69, 0x74, 0x61, 0x93, 0x20, 0x96, 0x20, 0x35, 0x20, 0x80]);
    expect(decodeText(bytes).text).toBe('„Kita“ – 5 €');
  });

  it('rejects an empty file', () => {
    expect(errorOf(new Uint8Array()).message).toBe(MSG_EMPTY);
  });

  it('rejects a file with only whitespace (also after a byte order mark)', () => {
    expect(errorOf(utf8(' \r\n\t \n')).message).toBe(MSG_EMPTY);
    expect(errorOf(utf8('\n', true)).message).toBe(MSG_EMPTY);
  });

  it('rejects a file with NUL bytes as binary', () => {
    expect(errorOf(new Uint8Array([0x4e, 0x61, 0x00, 0x6d, 0x65])).message).toBe(MSG_BINARY);
  });

  it('rejects a file that is mostly control characters as binary', () => {
    expect(errorOf(new Uint8Array([0x41, 0x01, 0x02, 0x03, 0x42, 0x1b, 0x43])).message).toBe(MSG_BINARY);
  });

  it('accepts tabs, form feeds and a DOS end-of-file marker as text', () => {
    expect(decodeText(utf8('a\tb\r\n1\t2\f\x1a')).text).toBe('a\tb\r\n1\t2\f\x1a');
  });

  it('recognises an .xlsx (ZIP) file and says to import it as Excel', () => {
    const error = errorOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    expect(error.message).toBe(MSG_XLSX);
    expect(error.message).toContain('Excel');
    expect(error.message).toContain('.xlsx');
  });

  it('recognises an old .xls file', () => {
    expect(errorOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])).message).toBe(MSG_XLS);
  });

  it('recognises UTF-16 ("Unicode-Text" from Excel)', () => {
    expect(errorOf(new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x61, 0x00])).message).toBe(MSG_UTF16);
  });

  it.each([
    '<!DOCTYPE html><html><body>Fehler 404</body></html>',
    '  \n<html lang="de"><head></head></html>',
    '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">\n<html>',
  ])('rejects an HTML page saved as .csv: %j', (page) => {
    expect(errorOf(utf8(page)).message).toBe(MSG_HTML);
  });

  it('rejects other XML with its own message', () => {
    expect(errorOf(utf8('<?xml version="1.0"?><Workbook></Workbook>')).message).toBe(MSG_XML);
  });

  it('does not mistake a table mentioning html for a web page', () => {
    expect(decodeText(utf8('Name;Website\nKita;<html>')).text).toBe('Name;Website\nKita;<html>');
  });

  it('writes every message in German', () => {
    for (const m of [MSG_EMPTY, MSG_BINARY, MSG_XLSX, MSG_XLS, MSG_UTF16, MSG_HTML, MSG_XML]) {
      expect(m).toMatch(/^Die Datei /);
    }
  });
});
