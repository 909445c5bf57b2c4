import { describe, expect, it } from 'vitest';
import { createGazetteer, type GazetteerEntry } from '../../../../src/analysis/geocode/gazetteer';
import { geocode } from '../../../../src/analysis/geocode/geocode';
import { phoneticKey } from '../../../../src/analysis/geocode/phonetic';
import { realGazetteer } from './realData';

const { entries, gazetteer: g } = realGazetteer();
const town = (t: string, postcode?: string) => geocode(g, postcode === undefined ? { town: t } : { town: t, postcode });

describe('geocode on the real gazetteer: spellings from German files', () => {
  it('"Erfurt-Marbach" → Erfurt, by the part before the hyphen', () => {
    const r = town('Erfurt-Marbach');
    expect(r).toMatchObject({ matchedName: 'Erfurt', method: 'variant', quality: 'geocoded-place', kreis: '16051' });
    expect(r?.explanation).toBe('Ort „Erfurt“ über den Namensteil vor dem Bindestrich gefunden');
  });

  it('"Weimar-Schöndorf" → Weimar', () => {
    expect(town('Weimar-Schöndorf')).toMatchObject({ matchedName: 'Weimar', method: 'variant', kreis: '16055' });
  });

  it('"Gotha OT Siebleben" → Gotha, by the part before OT', () => {
    const r = town('Gotha OT Siebleben');
    expect(r).toMatchObject({ matchedName: 'Gotha', method: 'variant', kreis: '16067' });
    expect(r?.explanation).toContain('vor „OT“');
  });

  it('"Ilmenau-Langewiesen" → Ilmenau', () => {
    expect(town('Ilmenau-Langewiesen')).toMatchObject({ matchedName: 'Ilmenau', method: 'variant', kreis: '16070' });
  });

  it('"Bad Frankenhausen/Kyffh." → the place Bad Frankenhausen', () => {
    const r = town('Bad Frankenhausen/Kyffh.');
    expect(r).toMatchObject({ matchedName: 'Bad Frankenhausen', method: 'variant', quality: 'geocoded-place', kreis: '16065' });
    expect(r?.explanation).toContain('Schrägstrich');
  });

  it('"St. Gangloff" → the place Sankt Gangloff, exactly', () => {
    expect(town('St. Gangloff')).toMatchObject({ matchedName: 'Sankt Gangloff', method: 'exact', quality: 'geocoded-place' });
  });

  it('"Goessnitz" → Gößnitz, exactly', () => {
    expect(town('Goessnitz')).toMatchObject({ matchedName: 'Gößnitz', method: 'exact', kreis: '16077' });
  });

  it('"Muehlhausen" → the place Mühlhausen, not the Gemeinde Mühlhausen/Thüringen', () => {
    expect(town('Muehlhausen')).toMatchObject({ matchedName: 'Mühlhausen', method: 'exact', quality: 'geocoded-place' });
  });

  it('"Neuhaus a. Rennweg" → Neuhaus am Rennweg, not the other place "Neuhaus"', () => {
    expect(town('Neuhaus a. Rennweg')).toMatchObject({ matchedName: 'Neuhaus am Rennweg', kreis: '16072', method: 'variant' });
  });

  it('"Neustadt/Orla" → Neustadt an der Orla, not the place "Neustadt" in Eichsfeld', () => {
    expect(town('Neustadt/Orla')).toMatchObject({ matchedName: 'Neustadt an der Orla', kreis: '16075' });
    expect(town('Neustadt (Orla)')?.matchedName).toBe('Neustadt an der Orla');
  });

  it('"Neustadt/Harz OT Nord" → the place Neustadt/Harz, not "Neustadt"', () => {
    expect(town('Neustadt/Harz OT Nord')).toMatchObject({ matchedName: 'Neustadt/Harz', kreis: '16062', quality: 'geocoded-place' });
  });

  it('"Georgental" (without h) → Georgenthal, by Kölner Phonetik', () => {
    const r = town('Georgental');
    expect(r).toMatchObject({ matchedName: 'Georgenthal', method: 'phonetic' });
    expect(r?.explanation).toContain('Kölner Phonetik');
  });

  it('"Gossnitz" (umlaut dropped) → Gößnitz, by Kölner Phonetik', () => {
    expect(town('Gossnitz')).toMatchObject({ matchedName: 'Gößnitz', method: 'phonetic' });
  });

  it('does not match phonetically when the spelling is too far off ("Hamburg" sounds like "Henneberg")', () => {
    expect(phoneticKey('hamburg')).toBe(phoneticKey('henneberg'));
    expect(town('Henneberg')?.matchedName).toBe('Henneberg');
    expect(town('Hamburg')).toBeNull();
  });

  it('returns null for a name that is not in Thuringia', () => {
    expect(town('Leipzig')).toBeNull();
    expect(town('Xyzzyhausen')).toBeNull();
  });

  it('returns null for an empty query', () => {
    expect(geocode(g, {})).toBeNull();
    expect(geocode(g, { town: '  ', gemeinde: '', postcode: '99084' })).toBeNull();
  });
});

describe('geocode: same-named places and the postcode', () => {
  it('without a postcode takes the more populous "Saara" (Altenburger Land) and flags it', () => {
    const r = town('Saara');
    expect(r).toMatchObject({ kreis: '16077', ambiguous: true });
    expect(r?.explanation).toContain('Einwohnerzahl');
  });

  it('with a 07… postcode takes the "Saara" in Greiz and says so', () => {
    const r = town('Saara', '07973');
    expect(r).toMatchObject({ matchedName: 'Saara', kreis: '16076', ambiguous: true });
    expect(r?.explanation).toContain('Postleitzahl 07973');
  });

  it('with a 37… postcode takes the "Steinbach" in Eichsfeld', () => {
    expect(town('Steinbach', '37308')?.kreis).toBe('16061');
    expect(town('Steinbach')?.kreis).toBe('16063');
  });

  it('never lets the postcode override the name', () => {
    expect(town('Gößnitz', '99084')).toMatchObject({ matchedName: 'Gößnitz', kreis: '16077', ambiguous: false });
  });
});

describe('geocode: Gemeinden', () => {
  it('a Gemeinde name that is no place name ("Drei Gleichen") → geocoded-gemeinde', () => {
    expect(town('Drei Gleichen')).toMatchObject({ matchedName: 'Drei Gleichen', quality: 'geocoded-gemeinde', method: 'exact' });
  });

  it('falls back to the gemeinde field when the town is unknown, and says so', () => {
    const r = geocode(g, { town: 'Qqq', gemeinde: 'Nesse-Apfelstädt' });
    expect(r).toMatchObject({ matchedName: 'Nesse-Apfelstädt', quality: 'geocoded-gemeinde' });
    expect(r?.explanation).toContain('Feld „Gemeinde“');
  });

  it('takes the Gemeinde key as the last resort, and says so', () => {
    const r = geocode(g, { town: 'Qqq', ags: '16068058' });
    expect(r).toMatchObject({ ags: '16068058', quality: 'geocoded-gemeinde', method: 'key' });
    expect(r?.explanation).toContain('Gemeindeschlüssel 16068058');
    expect(geocode(g, { town: 'Weimar', ags: '16068058' })?.matchedName).toBe('Weimar');
    expect(geocode(g, { ags: '16999999' })).toBeNull();
    expect(geocode(g, { ags: '1606805' })).toBeNull();
  });

  it('prefers the town over the gemeinde field', () => {
    expect(geocode(g, { town: 'Weimar', gemeinde: 'Erfurt' })?.matchedName).toBe('Weimar');
  });

  it('finds a Gemeinde through a part of its own name ("Lausnitz" → "Lausnitz b. Neustadt an der Orla")', () => {
    expect(town('Lausnitz')).toMatchObject({ matchedName: 'Lausnitz b. Neustadt an der Orla', method: 'variant', quality: 'geocoded-gemeinde' });
  });
});

describe('geocode: result fields', () => {
  it('copies coordinates, ags and kreis of the matched entry', () => {
    const r = town('Jena');
    const e = entries.find((x) => x.name === 'Jena' && x.kind === 'place');
    expect(e).toBeDefined();
    expect(r).toMatchObject({ lat: e?.lat, lon: e?.lon, ags: e?.ags, kreis: e?.kreis });
    expect(r?.ags).toBe('16053000');
  });

  it('takes ags and kreis from the entry (Eisenach: a Gemeinde of the Wartburgkreis since 2021)', () => {
    expect(town('Eisenach')).toMatchObject({ ags: '16063105', kreis: '16063' });
  });

  it('works on a hand-made gazetteer as well', () => {
    const e: GazetteerEntry = { name: 'Neudorf', lat: 50.5, lon: 11.5, ags: '16075001', kreis: '16075', kind: 'place', population: 3 };
    expect(geocode(createGazetteer([e]), { town: 'NEUDORF' })).toMatchObject({ lat: 50.5, lon: 11.5, method: 'exact', ambiguous: false });
  });
});
