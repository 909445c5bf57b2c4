import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../../../src/i18n/locales/de.json';
import deCoverage from '../../../src/i18n/locales/coverage.de.json';
import { DEFAULT_COVERAGE } from '../../../src/state/coverageStore';
import { gapWords } from '../../../src/ui/coverage/gapWords';
import { coverageLegend } from '../../../src/ui/coverage/mapLegend';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ lng: 'de', resources: { de: { translation: de } }, interpolation: { escapeValue: false, defaultVariables: { unit: 'km' } } });
  i18n.addResourceBundle('de', 'translation', deCoverage, true, false);
});
const BASIS = { mode: 'foot' as const, road: { file: 'x.pbf', date: null }, speeds: { foot: 4.5, bicycle: 15 }, maxAccessMeters: 1000, facilitiesOffNetwork: 0, offNetworkCells: 0, offNetworkWeight: 0 };

describe('network-gap texts by unit', () => {
  it('speak minutes and the mode by time, km by straight line, and "more than" beyond the search', () => {
    const t = i18n.t.bind(i18n);
    const time = gapWords(t, { unit: 'min', travel: BASIS, searchLimit: 60 });
    expect(time.amount(12_400)).toBe('12 min');
    expect(time.amount(Infinity)).toBe('mehr als 60 min, nicht erreicht');
    expect(t('gaps.nearestInside', { km: 30, ...time.opts })).toBe('nächste innerhalb von 30 min zu Fuß:');
    expect(t('gaps.intro', { km: 30, ...time.opts })).toContain('innerhalb von 30 min zu Fuß');
    const line = gapWords(t, { unit: 'km', travel: null, searchLimit: null });
    expect(line.amount(2_540)).toBe('2,5 km');
    expect(t('gaps.nearestInside', { km: 15, ...line.opts })).toBe('nächste im Umkreis von 15 km:');
  });

  it('title the map legend of the gaps layer by the minutes and mode in routed mode', () => {
    const t = i18n.t.bind(i18n);
    const s = { ...DEFAULT_COVERAGE, layer: 'networkGaps' as const };
    expect(coverageLegend(t, s)?.title).toBe('Fehlende Schlüssel-Partnerarten des nächsten Zentrums (Umkreis 15 km)');
    expect(coverageLegend(t, { ...s, measure: 'routed', routeMode: 'bicycle', gapMin: 20 })?.title).toBe('Fehlende Schlüssel-Partnerarten des nächsten Zentrums (innerhalb von 20 min mit dem Rad)');
  });
});
