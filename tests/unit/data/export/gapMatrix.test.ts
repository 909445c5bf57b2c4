import { describe, expect, it } from 'vitest';
import type { TravelBasis } from '../../../../src/analysis/coverage/analysis';
import { gapAmountText, gapMatrixSheet, gapMatrixTable, kindCellText } from '../../../../src/data/export/gapMatrix';

const BASIS: TravelBasis = { mode: 'foot', road: { file: 'heidelberg.test.pbf', date: '2024-09-01' }, speeds: { foot: 4.5, bicycle: 15 }, maxAccessMeters: 1000, facilitiesOffNetwork: 0, offNetworkCells: 3, offNetworkWeight: 40 };
const BY_TIME = { unit: 'min', searchLimit: 60 } as const;

describe('the network-gap matrix by travel time', () => {
  it('says minutes, and "more than" the search limit where nothing was reached', () => {
    expect(gapAmountText(12_345)).toBe('12,3 km');
    expect(gapAmountText(12_345, BY_TIME)).toBe('12 min');
    expect(gapAmountText(Infinity, BY_TIME)).toBe('mehr als 60 min (nicht erreicht)');
    const k = { kind: 'Hebammen', partner: null, partnerBeyond: null, candidate: { id: 'h', name: 'Hebamme Nord', meters: Infinity, inside: false } };
    expect(kindCellText(k, BY_TIME)).toBe('fehlt – nächste außerhalb der Fahrzeitgrenze: Hebamme Nord (mehr als 60 min (nicht erreicht))');
    expect(kindCellText({ ...k, partner: { id: 'p', name: 'Hebamme Anna', meters: 7_400 }, candidate: null }, BY_TIME)).toBe('Partner: Hebamme Anna (7 min)');
    // The only one of the kind is a partner beyond the limit: named, not "none in the project".
    expect(kindCellText({ ...k, partnerBeyond: { id: 'p', name: 'Hebamme Anna', meters: 22_100 }, candidate: null }, BY_TIME)).toBe('fehlt – Partner nur außerhalb: Hebamme Anna (22 min)');
  });

  it('names minutes, mode and extract in title and source', () => {
    const centre = { id: 'c', name: 'Zentrum', lon: 8.7, lat: 49.4, missingMask: 0, missing: 0, served: 10, kinds: [] };
    const sheet = gapMatrixSheet(gapMatrixTable([centre], [], () => 'Heidelberg', BY_TIME), { radiusKm: 30, areaName: 'Heidelberg', projectName: null, travel: BASIS });
    expect(sheet.title).toBe('Netzwerklücken: Zentren × Schlüssel-Partnerarten (innerhalb von 30 min zu Fuß) – Heidelberg');
    expect(sheet.source).toContain('Entfernungen: Fahrzeit');
    expect(sheet.source).toContain('heidelberg.test.pbf');
    expect(sheet.source).not.toContain('Luftlinie ·');
    // By straight line as before.
    expect(gapMatrixSheet(gapMatrixTable([centre], [], () => ''), { radiusKm: 15, areaName: 'X', projectName: null }).title).toContain('(Umkreis 15,0 km)');
  });
});
