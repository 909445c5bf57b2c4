import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAreaOutline } from '../../../src/analysis/areaOutline';
import { createGemeindeLocator } from '../../../src/analysis/geocode/gemeindeAt';
import { proposeMapping } from '../../../src/data/import/mapping';
import { ImportSession } from '../../../src/data/import/session';
import { readInstitutions } from '../../../src/data/repositories/institutions';
import { createProject } from '../../../src/data/repositories/projects';
import { kreisOf } from '../../../src/domain/filter';
import { freshDb } from '../../helpers/db';
import { realGazetteerWithPostcodes } from '../../unit/analysis/geocode/realData';

const DATA = path.resolve(import.meta.dirname, '../../../data/thueringen');
const read = (f: string): unknown => JSON.parse(fs.readFileSync(path.join(DATA, f), 'utf8'));
const locator = createGemeindeLocator(read('gemeinden.geojson'));
const outline = createAreaOutline(read('land.geojson'));

/** A Jugendamt list: names and postcodes only, plus one row with coordinates in Leipzig. */
const CSV = [
  'Einrichtung;PLZ;Ort;Breite;Länge',
  'Jugendamt Erfurt;99084;;;',
  'Jugendamt Gera;07545;;;',
  'Jugendamt Suhl;98527;;;',
  'Jugendamt Wartburgkreis;36433;;;',
  'Beratung Leipzig;04109;Leipzig;51,34;12,37',
].join('\r\n');

describe('ImportSession with the postcode list and the area outline', () => {
  it('places PLZ-only rows at their postcode, in the right Kreise, and flags a point in Leipzig', async () => {
    const db = freshDb();
    const p = await createProject(db, 'P');
    const s = new ImportSession();
    const r = s.read(new TextEncoder().encode(CSV));
    if (!r.ok) throw new Error('not read');
    const check = await s.check(db, p, proposeMapping(r.headers), 'Import jugendaemter.csv', realGazetteerWithPostcodes(), locator, outline);
    expect(check).toMatchObject({ total: 5, geocodedCount: 4, postcodeCount: 4, unresolvedCount: 0, outside: 1, exact: 1 });
    expect(check.geocoded.find((g) => g.row === 2)?.explanation).toContain('über die Postleitzahl 99084 gefunden');
    const leipzig = check.issues.find((i) => i.row === 6);
    expect(leipzig).toMatchObject({ code: 'outside-thuringia', severity: 'warning' });
    expect(leipzig?.message).toContain('außerhalb Thüringens');

    await s.commit(db, p, { fixSwapped: true, createCategories: true, duplicates: 'keep' });
    const byName = new Map((await readInstitutions(db, p)).map((i) => [i.name, i]));
    const expected: Record<string, string> = { 'Jugendamt Erfurt': '16051', 'Jugendamt Gera': '16052', 'Jugendamt Suhl': '16054', 'Jugendamt Wartburgkreis': '16063' };
    for (const [name, kreis] of Object.entries(expected)) {
      const i = byName.get(name)!;
      expect(i.locationQuality, name).toBe('geocoded-postcode');
      expect(kreisOf(i), name).toBe(kreis);
    }
  });
});
