import type { NetworkFigures } from '../../analysis/network/figures';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import { toCsv } from './csv';

/** A decimal with a German comma and fixed digits, as spreadsheets in de-DE read it. */
export const decimal = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits).replace('.', ',') : '');
const yesNo = (b: boolean) => (b ? 'ja' : 'nein');

/** One row per institution: degree, betweenness, closeness, component, isolated, broker. */
export function nodeFiguresCsv(figures: NetworkFigures, institutions: readonly Institution[], kreisName: (key: string) => string): string {
  const byId = new Map(institutions.map((i) => [i.id as string, i]));
  return toCsv(
    ['Name', 'Kategorie', 'Kreis', 'Grad', 'Betweenness (normiert)', 'Closeness', 'Komponente', 'Größe der Komponente', 'isoliert', 'Broker (Artikulationspunkt)', 'ID'],
    figures.nodes.map((n) => {
      const i = byId.get(n.id);
      return [i?.name ?? '', i?.category ?? '', kreisName(n.group), String(n.degree), decimal(n.betweenness, 6), decimal(n.closeness, 6), String(n.component + 1), String(n.componentSize), yesNo(n.isolated), yesNo(n.articulation), n.id];
    }),
  );
}

/** One row per Kreis: institutions, partnerships inside and across its border, density. */
export function groupDensityCsv(figures: NetworkFigures, kreisName: (key: string) => string): string {
  return toCsv(
    ['Kreis', 'Einrichtungen', 'Partnerschaften im Kreis', 'Partnerschaften über die Kreisgrenze', 'Dichte'],
    figures.groups.map((g) => [kreisName(g.group), String(g.nodes), String(g.edges), String(g.edgesOut), decimal(g.density, 4)]),
  );
}

/** One row per partnership with its straight-line length and flags. */
export function partnershipLengthsCsv(figures: NetworkFigures, partnerships: readonly Partnership[], institutions: readonly Institution[], longKm: number): string {
  const byId = new Map(institutions.map((i) => [i.id as string, i]));
  const pById = new Map(partnerships.map((p) => [p.id as string, p]));
  return toCsv(
    ['Einrichtung A', 'Einrichtung B', 'Art', 'Intensität', 'Länge (km, Luftlinie)', `länger als ${decimal(longKm, 1)} km`, 'Brücke (einzige Verbindung)', 'ID'],
    figures.partnerships.map((r) => {
      const p = pById.get(r.id);
      return [byId.get(r.a)?.name ?? '', byId.get(r.b)?.name ?? '', p?.type ?? '', p ? String(p.intensity) : '', r.km === null ? '' : decimal(r.km, 2), yesNo(r.long), yesNo(r.bridge), r.id];
    }),
  );
}
