import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { haversineMeters } from '../../../../src/analysis/distance';
import { geocode, type GeocodeQuery } from '../../../../src/analysis/geocode/geocode';
import { postcodeIndexFromJson } from '../../../../src/analysis/geocode/postcodeData';
import { realGazetteer, realGazetteerWithPostcodes } from './realData';

const withList = realGazetteerWithPostcodes();
const { gazetteer: withoutList } = realGazetteer();
const find = (q: GeocodeQuery) => geocode(withList, q);
const metresFrom = (r: { lat: number; lon: number } | null, lat: number, lon: number) => (r ? haversineMeters(r.lon, r.lat, lon, lat) : Infinity);

/** The committed postcode list, as plain JSON (for expected values). */
type ListEntry = { plz: string; lat: number; lon: number; orte: [string, number, number, string][] };
const LIST = (JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', '..', '..', '..', 'data', 'thueringen', 'postleitzahlen.json'), 'utf8')) as { postleitzahlen: ListEntry[] }).postleitzahlen;
const entry = (plz: string) => LIST.find((e) => e.plz === plz)!;

describe('a row with a postcode and no usable place name is placed at the postcode centroid', () => {
  it('PLZ 99084 only: at its centroid, coarse, in Erfurt, and the explanation says so', () => {
    const r = find({ postcode: '99084' });
    expect(r).toMatchObject({ lat: entry('99084').lat, lon: entry('99084').lon, quality: 'geocoded-postcode', method: 'postcode', kreis: '16051', ags: '' });
    expect(r?.explanation).toContain('über die Postleitzahl 99084 gefunden');
    expect(r?.explanation).toContain('grob');
  });

  it('the centroid is the mean of the postcode’s places (36433: four places of the Wartburgkreis)', () => {
    const places = entry('36433').orte;
    expect(places.length).toBe(4);
    const r = find({ town: '  ', postcode: '36433' });
    expect(r?.lat).toBeCloseTo(places.reduce((s, p) => s + p[1], 0) / places.length, 5);
    expect(r?.lon).toBeCloseTo(places.reduce((s, p) => s + p[2], 0) / places.length, 5);
    expect(r).toMatchObject({ kreis: '16063', quality: 'geocoded-postcode' });
  });

  it('a place name that fits nothing ("Großwechsungen", an Ortsteil of Werther no source lists) is found by its postcode', () => {
    const r = find({ town: 'Großwechsungen', postcode: '99735' });
    expect(r).toMatchObject({ quality: 'geocoded-postcode', kreis: '16062' });
    expect(r?.explanation).toBe('Ort „Großwechsungen“ nicht gefunden; Lage über die Postleitzahl 99735 gefunden (Mitte ihrer 9 Orte laut Postleitzahlverzeichnis; grob)');
    // Within a few km of Werther, the Gemeinde Großwechsungen belongs to.
    expect(metresFrom(r, 51.4667, 10.75)).toBeLessThan(6000);
    expect(geocode(withoutList, { town: 'Großwechsungen', postcode: '99735' })).toBeNull();
    // Written with its Gemeinde, it is found at the Gemeinde Werther as before.
    expect(find({ town: 'Werther OT Großwechsungen' })).toMatchObject({ matchedName: 'Werther', kreis: '16062' });
  });

  it('says nothing for a postcode the list lacks, and never overrides a name that fits', () => {
    expect(find({ postcode: '10115' })).toBeNull();
    expect(find({ postcode: '99999' })).toBeNull();
    expect(geocode(withoutList, { postcode: '99084' })).toBeNull();
    expect(find({ town: 'Gotha', postcode: '99084' })).toMatchObject({ matchedName: 'Gotha', kreis: '16067', quality: 'geocoded-place' });
  });

  it('prefers the centroid to a sound-alike in a Kreis the postcode does not reach', () => {
    expect(geocode(withoutList, { town: 'Gossnitz', postcode: '99084' })?.matchedName).toBe('Gößnitz');
    expect(find({ town: 'Gossnitz', postcode: '99084' })).toMatchObject({ quality: 'geocoded-postcode', kreis: '16051' });
    expect(find({ town: 'Gossnitz', postcode: '04639' })).toMatchObject({ matchedName: 'Gößnitz', method: 'phonetic' });
  });
});

describe('the postcode list chooses between places of the same name', () => {
  it('"Nohra" with 99735 is the Nohra near Nordhausen, not the larger one near Weimar (both Leitregion 99)', () => {
    expect(geocode(withoutList, { town: 'Nohra', postcode: '99735' })?.kreis).toBe('16071');
    const r = find({ town: 'Nohra', postcode: '99735' });
    expect(r).toMatchObject({ matchedName: 'Nohra', kreis: '16062', ambiguous: true });
    expect(r?.explanation).toContain('Postleitzahl 99735 (ihre Orte laut Postleitzahlverzeichnis)');
    expect(find({ town: 'Nohra', postcode: '99428' })?.kreis).toBe('16071');
  });

  it('"Hochheim" with 99869 is the one in the Landkreis Gotha, not Erfurt-Hochheim', () => {
    expect(find({ town: 'Hochheim', postcode: '99869' })?.kreis).toBe('16067');
  });

  it('keeps the choices the Leitregion already got right', () => {
    expect(find({ town: 'Saara', postcode: '07973' })?.kreis).toBe('16076');
    expect(find({ town: 'Steinbach', postcode: '37308' })?.kreis).toBe('16061');
  });
});

describe('an Ortsteil that is a place of its own is placed there', () => {
  it('"Meiningen OT Walldorf" lands in Walldorf (50.6136 N, 10.3817 E), not 6 km off in Meiningen', () => {
    for (const g of [withList, withoutList]) {
      const r = geocode(g, { town: 'Meiningen OT Walldorf' });
      expect(r?.matchedName).toBe('Walldorf');
      expect(metresFrom(r, 50.6136, 10.3817)).toBeLessThan(1000);
      expect(r?.explanation).toMatch(/^Ort „Walldorf“ über den Ortsteilnamen nach „OT“ gefunden \(eigener Ort im Ortsverzeichnis, 5,\d km vom Punkt von „Meiningen“\)$/);
    }
  });

  it('"Starkenberg OT Tegkwitz": an Ortsteil only the postcode list knows', () => {
    const tegkwitz = entry('04617').orte.find((o) => o[0] === 'Tegkwitz')!;
    const r = find({ town: 'Starkenberg OT Tegkwitz' });
    expect(r).toMatchObject({ matchedName: 'Tegkwitz', lat: tegkwitz[1], lon: tegkwitz[2], kreis: '16077', quality: 'geocoded-place' });
    expect(r?.explanation).toContain('eigener Ort im Postleitzahlverzeichnis, PLZ 04617');
    expect(geocode(withoutList, { town: 'Starkenberg OT Tegkwitz' })?.matchedName).toBe('Starkenberg');
  });

  it('keeps the main town for an Ortsteil nobody lists, or one whose namesake lies elsewhere', () => {
    expect(find({ town: 'Gotha OT Siebleben' })).toMatchObject({ matchedName: 'Gotha', kreis: '16067' });
    expect(find({ town: 'Gotha OT Siebleben' })?.explanation).toContain('vor „OT“');
    expect(find({ town: 'Erfurt OT Walldorf' })).toMatchObject({ matchedName: 'Erfurt', kreis: '16051' });
  });

  it('finds a village of the postcode list by its name alone', () => {
    // Without the list only a sound-alike far away comes up.
    expect(geocode(withoutList, { town: 'Tegkwitz' })?.method).toBe('phonetic');
    expect(find({ town: 'Tegkwitz' })?.explanation).toBe('Ort „Tegkwitz“ über den vollständigen Namen im Postleitzahlverzeichnis (PLZ 04617) gefunden');
  });
});

describe('postcodeIndexFromJson', () => {
  it('skips malformed postcodes and places and returns null when nothing is left', () => {
    expect(postcodeIndexFromJson(null)).toBeNull();
    expect(postcodeIndexFromJson({ postleitzahlen: [{ plz: '9908', lat: 50, lon: 11, orte: [['A', 50, 11, '16051']] }] })).toBeNull();
    const index = postcodeIndexFromJson({ postleitzahlen: [{ plz: '99084', lat: 50.97, lon: 11.03, orte: [['Erfurt', 50.97, 11.03, '16051'], ['', 1, 2, '16051'], ['X', 'a', 2, '16051']] }] });
    expect(index?.areas.get('99084')?.places.map((p) => p.name)).toEqual(['Erfurt']);
    expect([...(index?.areas.get('99084')?.kreise ?? [])]).toEqual(['16051']);
  });
});
