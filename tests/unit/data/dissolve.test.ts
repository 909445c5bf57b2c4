import { describe, expect, it } from 'vitest';
import area from '@turf/area';
import { assignTo2022, crosswalkTo2024, keyedBy2024, splitOfficialName, type Area } from '../../../data/scripts/dissolve';

/** A square polygon [x0, x0+w] × [y0, y0+h] in degrees (small, near Thuringia). */
const box = (ags: string, x0: number, y0: number, w: number, h: number): Area => ({
  type: 'Feature',
  properties: { ags },
  geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x0 + w, y0], [x0 + w, y0 + h], [x0, y0 + h], [x0, y0]]] },
});

describe('step (a): 2016 Gemeinden into their Gemeinde of 2022', () => {
  // Coarse 2022: A covers x 11.0–11.2, B covers 11.2–11.4 (one row, y 51.0–51.1).
  const coarse = [box('16000001', 11.0, 51.0, 0.2, 0.1), box('16000002', 11.2, 51.0, 0.2, 0.1)];

  it('keeps a key that still exists, even where the coarse lines disagree', () => {
    const [a] = assignTo2022([box('16000002', 11.05, 51.0, 0.1, 0.1)], coarse);
    expect(a).toMatchObject({ from: '16000002', to: '16000002', how: 'key' });
  });

  it('gives a dissolved Gemeinde to the 2022 Gemeinde with the largest overlap', () => {
    // 70 % in A, 30 % in B: slivers along coarse lines do not split it.
    const [a] = assignTo2022([box('16000009', 11.13, 51.0, 0.1, 0.1)], coarse);
    expect(a).toMatchObject({ from: '16000009', to: '16000001', how: 'overlap' });
  });

  it('splits a dissolved Gemeinde lying half in each along the coarse 2022 line, losing no area', () => {
    const old = box('16000009', 11.15, 51.0, 0.1, 0.1);
    const [a] = assignTo2022([old], coarse);
    expect(a.how).toBe('split');
    expect(a.pieces!.map((p) => p.properties.ags).sort()).toEqual(['16000001', '16000002']);
    const sum = a.pieces!.reduce((s, p) => s + area(p), 0);
    expect(sum / area(old)).toBeCloseTo(1, 6);
  });

  it('gives a Gemeinde that the coarse polygons just miss (a spit of land, Thiessow) to the nearest one', () => {
    // 0.01° (about 0.7 km) east of B, overlapping nothing.
    const [a] = assignTo2022([box('13073091', 11.41, 51.02, 0.02, 0.02)], coarse);
    expect(a).toMatchObject({ from: '13073091', to: '16000002', how: 'nearest' });
  });

  it('refuses a Gemeinde that lies in no 2022 Gemeinde at all', () => {
    expect(() => assignTo2022([box('16000009', 12.5, 50.5, 0.1, 0.1)], coarse)).toThrow(/keiner Gemeinde/);
  });
});

describe('step (b): 2022 into 2024 by the crosswalk', () => {
  const rows = [
    { oldAgs: 'A', newAgs: 'A', popShare: 1, areaShare: 1 },
    { oldAgs: 'B', newAgs: 'A', popShare: 1, areaShare: 1 },
    // Divided: D gives 30 % of its area to A and 70 % to C.
    { oldAgs: 'D', newAgs: 'A', popShare: 0.6, areaShare: 0.3 },
    { oldAgs: 'D', newAgs: 'C', popShare: 0.4, areaShare: 0.7 },
  ];

  it('maps every 2022 key once; a divided Gemeinde goes whole to the receiver of its largest piece', () => {
    const { to2024, divided } = crosswalkTo2024(rows);
    expect(Object.fromEntries(to2024)).toEqual({ A: 'A', B: 'A', D: 'C' });
    expect(divided).toEqual([{ oldAgs: 'D', to: 'C', others: ['A'] }]);
  });

  it('keys the 2016 polygons (and the pieces of split ones) by their 2024 Gemeinde', () => {
    const old = [box('B', 11, 51, 0.1, 0.1), box('X', 11.1, 51, 0.1, 0.1)];
    const keyed = keyedBy2024(old, [{ from: 'B', to: 'B', how: 'key' }, { from: 'X', to: 'D', how: 'overlap' }], crosswalkTo2024(rows).to2024);
    expect(keyed.map((k) => k.properties.ags)).toEqual(['A', 'C']);
    expect(() => keyedBy2024(old, [{ from: 'B', to: 'Z', how: 'key' }, { from: 'X', to: 'D', how: 'overlap' }], new Map())).toThrow(/Zuordnung nach 2024/);
  });
});

describe('official names', () => {
  it('splits the Gemeindeverzeichnis name into name and type', () => {
    expect(splitOfficialName('Erfurt, Stadt')).toEqual({ name: 'Erfurt', bez: 'Stadt' });
    expect(splitOfficialName('Mühlhausen/Thüringen, Stadt')).toEqual({ name: 'Mühlhausen/Thüringen', bez: 'Stadt' });
    expect(splitOfficialName('Südeichsfeld')).toEqual({ name: 'Südeichsfeld', bez: 'Gemeinde' });
    expect(splitOfficialName('Neundorf (bei Schleiz)')).toEqual({ name: 'Neundorf (bei Schleiz)', bez: 'Gemeinde' });
  });

  it('reads the other suffixes of the Zensus 2022 table: designations, abbreviations, titles, Kreis notes', () => {
    const cases: [string, string, string][] = [
      ['Leipzig, Stadt', 'Leipzig', 'Stadt'],
      ['Weismain, St', 'Weismain', 'Stadt'],
      ['Sulzberg, M', 'Sulzberg', 'Markt'],
      ['Lindau (Bodensee), GKSt', 'Lindau (Bodensee)', 'Große Kreisstadt'],
      ['Gelnhausen, Barbarossast., Krst.', 'Gelnhausen', 'Kreisstadt'],
      ['Korbach, Hansestadt, Kreisstadt', 'Korbach', 'Kreisstadt'],
      ['Gardelegen, Hansestadt', 'Gardelegen', 'Hansestadt'],
      ['Hamburg, Freie und Hansestadt', 'Hamburg', 'Freie und Hansestadt'],
      ['Hannover, Landeshauptstadt', 'Hannover', 'Landeshauptstadt'],
      ['Delligsen, Flecken', 'Delligsen', 'Flecken'],
      ['Niederaula, Marktgemeinde', 'Niederaula', 'Marktgemeinde'],
      ['Osterheide, gemfr. Bezirk', 'Osterheide', 'gemeindefreier Bezirk'],
      // Titles: a "…stadt" is a Stadt, anything else a Gemeinde; an explicit designation wins.
      ['Marburg, Universitätsstadt', 'Marburg', 'Stadt'],
      ['Rostock, Hanse- und Universitätsstadt', 'Rostock', 'Stadt'],
      ['Ennepetal, Stadt der Kluterthöhle', 'Ennepetal', 'Stadt'],
      ['Schwerte, Hansestadt an der Ruhr', 'Schwerte', 'Hansestadt'],
      ['Wittenberg, Lutherstadt', 'Wittenberg', 'Stadt'],
      ['Prerow, Ostseebad', 'Prerow', 'Gemeinde'],
      ['Kühlungsborn, Ostseebad, Stadt', 'Kühlungsborn', 'Stadt'],
      ['Ueckermünde, Seebad , Stadt', 'Ueckermünde', 'Stadt'],
      ['Meschede, Kreis- und  Hochschulstadt', 'Meschede', 'Stadt'],
      ['Erkrath, Fundort des Neanderthalers, Stadt', 'Erkrath', 'Stadt'],
      ['Saerbeck, NRW-Klimakommune', 'Saerbeck', 'Gemeinde'],
      // The Kreis that tells namesakes apart is dropped (the app shows the Kreis beside the name).
      ['Elxleben (Landkreis Sömmerda)', 'Elxleben', 'Gemeinde'],
      ['Schöneberg (Landkreis Altenkirchen (Westerwald))', 'Schöneberg', 'Gemeinde'],
      ['Langenfeld (LK Neustadt a.d.Aisch-Bad Windsheim)', 'Langenfeld', 'Gemeinde'],
      ['Waldenburg, Stadt (Landkreis Zwickau)', 'Waldenburg', 'Stadt'],
      ['Leichlingen (Rheinland), Blütenstadt', 'Leichlingen (Rheinland)', 'Stadt'],
      // A Gemeinde of its own beside the Stadt Garding.
      ['Garding, Kirchspiel', 'Kirchspiel Garding', 'Gemeinde'],
    ];
    for (const [official, name, bez] of cases) expect(splitOfficialName(official), official).toEqual({ name, bez });
  });
});
