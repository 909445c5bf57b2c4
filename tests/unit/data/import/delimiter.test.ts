import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../../src/data/import/delimiter';

describe('detectDelimiter', () => {
  it('detects ";" in a German Excel file with decimal commas', () => {
    expect(detectDelimiter('Name;Breite;Länge\nKita A;50,9787;11,0328\nKita B;50,98;11,03\n')).toBe(';');
  });

  it('detects "," in an English file', () => {
    expect(detectDelimiter('name,category,lat,lng\nKita A,Kita,50.97,11.03\nKita B,Kita,50.98,11.04')).toBe(',');
  });

  it('detects a tab', () => {
    expect(detectDelimiter('Name\tOrt\tPLZ\nKita A\tErfurt\t99084\nKita B\tJena\t07743')).toBe('\t');
  });

  it('ignores delimiters inside quoted fields', () => {
    const text = 'Name,Adresse\n"Kita A; Haus 2","Hauptstr. 1; Erfurt"\n"Kita B","Markt 2; Jena"\n';
    expect(detectDelimiter(text)).toBe(',');
  });

  it('ignores line breaks and commas inside quoted fields', () => {
    const text = 'Name;Notiz;Ort\n"Kita A";"Zeile eins,\nZeile zwei, drei";Erfurt\nKita B;"x,\r\ny";Jena\n';
    expect(detectDelimiter(text)).toBe(';');
  });

  it('handles escaped quotes inside a quoted field', () => {
    expect(detectDelimiter('Name;Ort\n"Kita ""Sonne"", Haus 1";Gotha\n"B ""x"", y";Jena')).toBe(';');
  });

  it('treats a stray quote inside a word as text', () => {
    expect(detectDelimiter('Name;Notiz\nKita;5" Zoll\nKita B;ok\nKita C;ok')).toBe(';');
  });

  it('returns ";" for a single-column file', () => {
    expect(detectDelimiter('Name\nKita A\nKita B\n')).toBe(';');
  });

  it('prefers ";" over "," when both are equally consistent', () => {
    expect(detectDelimiter('a;b,c\n1;2,3\n')).toBe(';');
  });

  it('prefers a tab over "," when both are equally consistent', () => {
    expect(detectDelimiter('a\tb,c\n1\t2,3\n')).toBe('\t');
  });

  it('prefers the consistent delimiter over one that appears more often but irregularly', () => {
    expect(detectDelimiter('Name;Ort\nKita A, B, C;Erfurt\nKita D;Jena\nKita E,F;Gera')).toBe(';');
  });

  it('skips blank lines and still picks the best candidate for a ragged file', () => {
    expect(detectDelimiter('\n\na,b,c\n\n1,2,3\n4,5\n6,7,8\n')).toBe(',');
  });

  it('looks only at the first 20 lines', () => {
    const head = Array.from({ length: 20 }, (_, i) => `Kita ${i};Erfurt`).join('\n');
    const tail = Array.from({ length: 200 }, () => 'a,b,c,d').join('\n');
    expect(detectDelimiter(`${head}\n${tail}`)).toBe(';');
  });
});
