import { describe, expect, it } from 'vitest';
import type { Mapping } from '../../../../src/data/import/mapping';
import {
  emptyMapping, FIELD_LABELS, IMPORT_FIELDS, normalizeHeader, proposeMapping,
} from '../../../../src/data/import/mapping';

/** The mapped fields only, for readable expectations. */
function mapped(m: Mapping): Partial<Mapping> {
  return Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null));
}

describe('normalizeHeader', () => {
  it('lower-cases, spells umlauts and ß out and drops punctuation and spaces', () => {
    expect(normalizeHeader(' Straße und Hausnummer ')).toBe('strasseundhausnummer');
    expect(normalizeHeader('Längengrad (WGS84)')).toBe('laengengradwgs84');
    expect(normalizeHeader('E-Mail')).toBe('email');
    expect(normalizeHeader('Tel.')).toBe('tel');
    expect(normalizeHeader('Trägerschaft')).toBe('traegerschaft');
    expect(normalizeHeader('ÖFFNUNGSZEITEN')).toBe('oeffnungszeiten');
  });

  it('treats decomposed umlauts like composed ones', () => {
    expect(normalizeHeader('La\u0308nge')).toBe('laenge');
  });
});

describe('proposeMapping', () => {
  it('maps typical German Excel headers', () => {
    const headers = 'Einrichtung;Straße;PLZ;Ort;Breite;Länge;Träger;Kategorie'.split(';');
    expect(mapped(proposeMapping(headers))).toEqual({
      name: 0, street: 1, postcode: 2, town: 3, lat: 4, lon: 5, carrier: 6, category: 7,
    });
  });

  it('maps English headers', () => {
    expect(mapped(proposeMapping(['name', 'category', 'lat', 'lng']))).toEqual({ name: 0, category: 1, lat: 2, lon: 3 });
  });

  it('maps a mixed header set and leaves unknown columns unmapped', () => {
    const headers = ['ID', 'Name der Einrichtung', 'Öffnungszeiten', 'E-Mail-Adresse', 'Telefonnummer', 'Homepage', 'x', 'y', 'Bemerkungen', 'Schlagworte'];
    expect(mapped(proposeMapping(headers))).toEqual({
      name: 1, email: 3, phone: 4, website: 5, lon: 6, lat: 7, note: 8, tags: 9,
    });
  });

  it('maps spellings without umlauts and with abbreviations', () => {
    expect(mapped(proposeMapping(['Traeger', 'Str.', 'Postleitzahl', 'Stadt', 'Tel.', 'Mail', 'URL']))).toEqual({
      carrier: 0, street: 1, postcode: 2, town: 3, phone: 4, email: 5, website: 6,
    });
  });

  it('maps the Gemeinde key only when the header says Schlüssel, AGS or Kennziffer', () => {
    expect(mapped(proposeMapping(['Name', 'Gemeindeschlüssel']))).toEqual({ name: 0, ags: 1 });
    expect(mapped(proposeMapping(['Name', 'AGS']))).toEqual({ name: 0, ags: 1 });
    expect(mapped(proposeMapping(['Name', 'Gemeindekennziffer']))).toEqual({ name: 0, ags: 1 });
  });

  it('maps "Gemeinde" to the Gemeinde name, beside an Ort column', () => {
    expect(mapped(proposeMapping(['Name', 'Gemeinde']))).toEqual({ name: 0, gemeinde: 1 });
    expect(mapped(proposeMapping(['Name', 'Gemeinde', 'Ort']))).toEqual({ name: 0, gemeinde: 1, town: 2 });
    expect(mapped(proposeMapping(['Kommune', 'Ortsteil']))).toEqual({ gemeinde: 0, town: 1 });
  });

  it('keeps the Gemeinde key apart from the Gemeinde name', () => {
    expect(mapped(proposeMapping(['Gemeinde', 'Gemeindeschlüssel']))).toEqual({ gemeinde: 0, ags: 1 });
    expect(mapped(proposeMapping(['Gemeinde (AGS)', 'Gemeindename']))).toEqual({ ags: 0, gemeinde: 1 });
  });

  it('lets an exact synonym beat a header that only starts with one', () => {
    expect(mapped(proposeMapping(['Telefonnummer privat', 'Telefon']))).toEqual({ phone: 1 });
    expect(mapped(proposeMapping(['Name Ansprechpartner', 'Einrichtung']))).toEqual({ name: 1 });
  });

  it('maps a header that starts with a synonym when nothing matches exactly', () => {
    expect(mapped(proposeMapping(['Breite (WGS84)', 'Länge (WGS84)', 'Ortsteil']))).toEqual({ lat: 0, lon: 1, town: 2 });
  });

  it('prefers the longer synonym among prefixes', () => {
    // starts with "einrichtung" (name) and with "einrichtungsart" (category)
    expect(mapped(proposeMapping(['Einrichtungsart (Kategorie)']))).toEqual({ category: 0 });
  });

  it('does not read a fax number or a day-care column as phone or tags', () => {
    expect(mapped(proposeMapping(['Telefax', 'Tagespflege', 'Struktur']))).toEqual({});
  });

  it('uses each column at most once and each field at most once', () => {
    const m = proposeMapping(['Name', 'Name', 'Einrichtung', 'Ort', 'Stadt']);
    const used = Object.values(m).filter((v) => v !== null);
    expect(new Set(used).size).toBe(used.length);
    expect(m.name).toBe(0);
    expect(m.town).toBe(3);
  });

  it('returns every field, unmapped ones as null', () => {
    const m = proposeMapping([]);
    expect(Object.keys(m).sort()).toEqual([...IMPORT_FIELDS].sort());
    expect(m).toEqual(emptyMapping());
  });
});

describe('FIELD_LABELS', () => {
  it('has a German label for every field', () => {
    for (const f of IMPORT_FIELDS) expect(FIELD_LABELS[f]).toMatch(/\S/);
    expect(FIELD_LABELS.carrier).toBe('Träger');
    expect(FIELD_LABELS.street).toBe('Straße und Hausnummer');
  });
});
