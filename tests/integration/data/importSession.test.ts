import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGemeindeLocator } from '../../../src/analysis/geocode/gemeindeAt';
import fc from 'fast-check';
import { freshDb } from '../../helpers/db';
import { realGazetteer } from '../../unit/analysis/geocode/realData';
import { germanCsvWindows1252 } from '../../fixtures/germanCsv';
import { ImportSession, type CommitOptions } from '../../../src/data/import/session';
import { proposeMapping } from '../../../src/data/import/mapping';
import { createProject } from '../../../src/data/repositories/projects';
import { addInstitutions, readInstitutions } from '../../../src/data/repositories/institutions';
import { emptyDraft } from '../../../src/domain/institution';
import type { ThekizDb } from '../../../src/data/db';
import type { ProjectId } from '../../../src/domain/ids';

const { gazetteer } = realGazetteer();
const locator = createGemeindeLocator(JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../data/thueringen/gemeinden.geojson'), 'utf8')));
const ALL_ON: CommitOptions = { fixSwapped: true, createCategories: true, duplicates: 'keep' };

async function importBytes(db: ThekizDb, projectId: ProjectId, bytes: Uint8Array, options = ALL_ON) {
  const s = new ImportSession();
  const read = s.read(bytes);
  if (!read.ok) return { read, check: null, written: 0 };
  const check = await s.check(db, projectId, proposeMapping(read.headers), 'Import test.csv', gazetteer, locator);
  const { written } = await s.commit(db, projectId, options);
  return { read, check, written };
}

describe('ImportSession', () => {
  it('imports the German sample: accepted rows written, swapped fixed, places found by name, category created', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const { check, written } = await importBytes(db, p, germanCsvWindows1252());
    expect(check?.total).toBe(8);
    expect(check?.rejected).toBe(1);
    expect(written).toBe(7);
    const stored = await readInstitutions(db, p);
    const byName = new Map(stored.map((i) => [i.name, i]));
    expect(byName.get('Hebammenpraxis Weimar')).toMatchObject({ lat: 50.9795, lon: 11.3235, locationQuality: 'exact' });
    expect(byName.get('Erziehungsberatung Gößnitz')).toMatchObject({ locationQuality: 'geocoded-place', ags: expect.stringMatching(/^16077/) });
    expect(byName.get('Kita Spatzennest Marbach')?.ags).toBe('16051000');
    expect(byName.get('Jugendamt Nirgendwo')).toMatchObject({ lat: null, lon: null, locationQuality: 'none' });
    expect(byName.get('Stadtteilmütter Gera')?.category).toBe('Stadtteilmütter');
    expect(await db.categories.get([p, 'Stadtteilmütter'])).toBeTruthy();
    expect(stored.every((i) => i.source === 'Import test.csv')).toBe(true);
  });

  it('files unknown categories under "Sonstige" and drops swapped coordinates when the user says so', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await importBytes(db, p, germanCsvWindows1252(), { fixSwapped: false, createCategories: false, duplicates: 'keep' as const });
    const stored = await readInstitutions(db, p);
    expect(stored.find((i) => i.name === 'Stadtteilmütter Gera')?.category).toBe('Sonstige');
    expect(stored.find((i) => i.name === 'Hebammenpraxis Weimar')).toMatchObject({ lat: null, locationQuality: 'none' });
    expect(await db.categories.get([p, 'Stadtteilmütter'])).toBeUndefined();
  });

  it('skips duplicates of records already in the project when asked', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await addInstitutions(db, p, [{ ...emptyDraft(), name: 'Familienzentrum Mühlhausen', town: 'Mühlhausen', category: 'Kita' }]);
    const { check, written } = await importBytes(db, p, germanCsvWindows1252(), { ...ALL_ON, duplicates: 'skip' as const });
    expect(check?.duplicates).toBe(1);
    expect(written).toBe(6);
    expect(await readInstitutions(db, p)).toHaveLength(7);
  });

  it('leaves the project exactly as it was when the write fails half-way', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    await addInstitutions(db, p, [{ ...emptyDraft(), name: 'Bestand', category: 'Kita' }]);
    const before = await readInstitutions(db, p);
    let n = 0;
    db.institutionBlocks.hook('creating', () => {
      if (++n === 4) throw new Error('Speicher voll');
    });
    await expect(importBytes(db, p, germanCsvWindows1252())).rejects.toThrow('Speicher voll');
    expect(await readInstitutions(db, p)).toEqual(before);
    expect(await db.categories.get([p, 'Stadtteilmütter'])).toBeUndefined();
  });

  it('never throws on random or malformed files, and writes all accepted rows or nothing', { timeout: 60_000 }, async () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('50,9', '11,03', 'Erfurt', 'Kita', '"', ';', '\n', '=1+1', ''));
    const csvLike = fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 12 }).map((rows) => new TextEncoder().encode(['Name;Ort;Breite;Länge;Kategorie', ...rows.map((r) => r.join(';'))].join('\n')));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), csvLike);
    await fc.assert(
      fc.asyncProperty(bytes, fc.integer({ min: 0, max: 6 }), async (data, failAt) => {
        const db = freshDb();
        const p = await createProject(db, 'P');
        let n = 0;
        if (failAt > 0) db.institutionBlocks.hook('creating', () => {
          if (++n === failAt) throw new Error('Abbruch');
        });
        let written = 0;
        let failed = false;
        try {
          ({ written } = await importBytes(db, p, data));
        } catch (e) {
          failed = true;
          expect(String(e)).toContain('Abbruch'); // only the injected failure may escape
        }
        expect(await readInstitutions(db, p)).toHaveLength(failed ? 0 : written);
        db.close();
      }),
      { numRuns: 60 },
    );
  });
});

describe('merging duplicates', () => {
  it('fills empty fields of the existing record instead of adding a second one, in the same transaction', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const [old] = await addInstitutions(db, p, [{ ...emptyDraft(), name: 'Familienzentrum Mühlhausen', town: 'Mühlhausen', category: 'Kita', carrier: 'Stadt', tags: ['alt'] }]);
    const { written } = await importBytes(db, p, germanCsvWindows1252(), { ...ALL_ON, duplicates: 'merge' });
    expect(written).toBe(6);
    const stored = await readInstitutions(db, p);
    expect(stored).toHaveLength(7);
    const merged = stored.find((i) => i.id === old.id)!;
    // Kept what it had, took what it lacked.
    expect(merged).toMatchObject({ carrier: 'Stadt', category: 'Kita', street: 'Felchtaer Straße 5', postcode: '99974', lat: 51.2086, lon: 10.4527 });
    expect(stored.filter((i) => i.name === 'Familienzentrum Mühlhausen')).toHaveLength(1);
  });

  it('merges a row repeated within the file into its first occurrence', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const csv = ['Name;Ort;Telefon;E-Mail', 'Kita Regenbogen;Jena;03641 1;', 'Kita Regenbogen;Jena;;kita@beispiel.de'].join('\n');
    const { written } = await importBytes(db, p, new TextEncoder().encode(csv), { ...ALL_ON, duplicates: 'merge' });
    expect(written).toBe(1);
    expect(await readInstitutions(db, p)).toMatchObject([{ name: 'Kita Regenbogen', phone: '03641 1', email: 'kita@beispiel.de' }]);
  });

  it('locates rows by the Gemeinde column when the Ort is missing or unknown, then by the Gemeinde key', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const csv = [
      'Name;Ort;Gemeinde;Gemeindeschlüssel',
      'Kita A;;Nesse-Apfelstädt;',
      'Kita B;Qqqdorf;Drei Gleichen;',
      'Kita C;;;16068058',
      'Kita D;Weimar;Erfurt;',
    ].join('\n');
    const { check, written } = await importBytes(db, p, new TextEncoder().encode(csv));
    expect(check?.geocodedCount).toBe(4);
    expect(check?.unresolvedCount).toBe(0);
    expect(written).toBe(4);
    const byName = new Map((await readInstitutions(db, p)).map((i) => [i.name, i]));
    expect(byName.get('Kita A')).toMatchObject({ locationQuality: 'geocoded-gemeinde', town: '' });
    expect(byName.get('Kita B')).toMatchObject({ locationQuality: 'geocoded-gemeinde', town: 'Qqqdorf' });
    expect(byName.get('Kita C')).toMatchObject({ locationQuality: 'geocoded-gemeinde', ags: '16068058' });
    expect(byName.get('Kita D')).toMatchObject({ locationQuality: 'geocoded-place', ags: '16055000' });
  });

  it('gives rows with coordinates the key of the Gemeinde they lie in, also after fixing swapped coordinates', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const csv = ['Name;Breite;Länge;AGS', 'Kita Anger;50,9787;11,0299;', 'Kita Gera;12,0815;50,8766;', 'Kita Schlüssel;50,9787;11,0299;16055000', 'Kita Berlin;52,5;13,4;'].join('\n');
    await importBytes(db, p, new TextEncoder().encode(csv));
    const byName = new Map((await readInstitutions(db, p)).map((i) => [i.name, i]));
    expect(byName.get('Kita Anger')?.ags).toBe('16051000');
    expect(byName.get('Kita Gera')).toMatchObject({ ags: '16052000', lat: 50.8766 });
    expect(byName.get('Kita Schlüssel')?.ags).toBe('16055000');
    expect(byName.get('Kita Berlin')?.ags).toBe('');
  });
});
