import type { CoverageResult, GemeindeCoverage } from '../../analysis/coverage/analysis';
import type { AreaFigures } from '../../analysis/coverage/figures';
import { toCsv } from './csv';
import { decimal } from './networkCsv';
import { countedText } from '../../analysis/demand/labels';

/** The demand column's heading: what was counted ("Bedarf: Kinder unter 15 Jahren, Zensus 2022, 1-km-Gitter"). */
const demandHeading = (r: CoverageResult) => (r.counted ? `Bedarf: ${countedText(r.counted)}` : 'Einwohner (Bedarf)');

const share = (a: AreaFigures['thresholds'], km: number) => {
  const s = a.find((t) => t.km === km)?.share;
  if (s === null || s === undefined) return '';
  // Near 0 % and 100 % one decimal would round an inexact share to the end: give more digits there.
  return decimal(s * 100, (s > 0.999 && s < 1) || (s > 0 && s < 0.001) ? 4 : 1);
};
const km = (m: number | null) => (m === null ? '' : decimal(m / 1000, 2));

/** The Land and every Kreis: people, facilities, distances, shares within each threshold, rural and urban. */
export function coverageCsv(result: CoverageResult, kreisName: (key: string) => string, areaName = 'Thüringen'): string {
  const main = result.mainKm;
  const headers = [
    'Gebiet', demandHeading(result), 'Einrichtungen', 'Einrichtungen je 10.000', 'Mittlere Entfernung (km, bevölkerungsgewichtet)', 'Größte Entfernung (km)',
    ...result.thresholdsKm.map((k) => `Anteil bis ${decimal(k, 1)} km (%)`),
    `ländlich: Anteil bis ${decimal(main, 1)} km (%)`, `städtisch: Anteil bis ${decimal(main, 1)} km (%)`, `weiter als ${decimal(main, 1)} km (Personen)`, 'Schlüssel',
  ];
  const row = (name: string, a: AreaFigures) => [
    name, decimal(a.totalWeight, 0), String(a.facilities), a.facilitiesPer10k === null ? '' : decimal(a.facilitiesPer10k, 3), km(a.meanMeters), km(a.maxMeters),
    ...result.thresholdsKm.map((k) => share(a.thresholds, k)), share(a.rural.thresholds, main), share(a.urban.thresholds, main),
    decimal(a.thresholds.find((t) => t.km === main)?.uncoveredWeight ?? 0, 0), a.key,
  ];
  return toCsv(headers, [row(areaName, result.land), ...result.kreise.map((k) => row(kreisName(k.key), k))]);
}

/** The places beyond the main threshold, most people first. */
export function underservedCsv(result: CoverageResult, kreisName: (key: string) => string): string {
  return toCsv(
    ['Ort', 'Kreis', demandHeading(result), 'Entfernung zur nächsten Einrichtung (km)', 'Nächste Einrichtung', 'Gemeindeschlüssel', 'Breite', 'Länge'],
    result.underserved.map((u) => [u.name, kreisName(u.group), decimal(u.weight, 0), km(u.meters), u.facilityName, u.gemeinde, decimal(u.lat, 5), decimal(u.lon, 5)]),
  );
}

/** Gemeinden with people beyond the main threshold (as listed), most such people first. */
export function underservedGemeindenCsv(list: readonly GemeindeCoverage[], kreisName: (key: string) => string): string {
  return toCsv(
    ['Gemeinde', 'Kreis', 'Einwohner (Bedarf)', 'davon außerhalb der Grenze', 'Mittlere Entfernung (km)', 'Größte Entfernung (km)', 'Nächste Einrichtung', 'Gemeindeschlüssel'],
    list.map((g) => [g.name, kreisName(g.group), decimal(g.weight, 0), decimal(g.uncoveredWeight, 0), km(g.meanMeters), km(g.maxMeters), g.facilityName, g.ags]),
  );
}
