import type { NetworkFigures } from '../../analysis/network/figures';
import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import { sheetCsv, sourceLine, type SheetColumn, type SheetTable } from './sheet';

/** A decimal with a German comma and fixed digits, as spreadsheets in de-DE read it. */
export const decimal = (value: number, digits: number): string => (Number.isFinite(value) ? value.toFixed(digits).replace('.', ',') : '');
const yesNo = (b: boolean) => (b ? 'ja' : 'nein');

const text = (label: string, width?: number): SheetColumn => ({ label, kind: 'text', width });
const integer = (label: string): SheetColumn => ({ label, kind: 'integer' });
const fixed = (label: string, digits: number): SheetColumn => ({ label, kind: 'decimal', digits });

/** Title, source and date of a network table; the figures count partnerships, no target group. */
function networkMeta(title: string, sheetName: string, projectName: string | null, date: Date): Omit<SheetTable, 'columns' | 'rows'> {
  return { title, sheetName, layout: 'title', date, source: `${sourceLine(projectName)} (sichtbares Netzwerk)` };
}

/** One row per institution: degree, betweenness, closeness, component, isolated, broker. */
export function nodeFiguresSheet(figures: NetworkFigures, institutions: readonly Institution[], kreisName: (key: string) => string, projectName: string | null = null, date = new Date()): SheetTable {
  const byId = new Map(institutions.map((i) => [i.id as string, i]));
  return {
    ...networkMeta('Netzwerkkennzahlen je Einrichtung', 'Kennzahlen', projectName, date),
    columns: [text('Name', 36), text('Kategorie', 22), text('Kreis', 24), integer('Grad'), fixed('Betweenness (normiert)', 6), fixed('Closeness', 6), integer('Komponente'), integer('Größe der Komponente'), text('isoliert'), text('Broker (Artikulationspunkt)'), text('ID', 14)],
    rows: figures.nodes.map((n) => {
      const i = byId.get(n.id);
      return [i?.name ?? '', i?.category ?? '', kreisName(n.group), n.degree, n.betweenness, n.closeness, n.component + 1, n.componentSize, yesNo(n.isolated), yesNo(n.articulation), n.id];
    }),
  };
}

/** One row per Kreis: institutions, partnerships inside and across its border, density. */
export function groupDensitySheet(figures: NetworkFigures, kreisName: (key: string) => string, projectName: string | null = null, date = new Date()): SheetTable {
  return {
    ...networkMeta('Netzwerkdichte je Kreis', 'Dichte je Kreis', projectName, date),
    columns: [text('Kreis', 28), integer('Einrichtungen'), integer('Partnerschaften im Kreis'), integer('Partnerschaften über die Kreisgrenze'), fixed('Dichte', 4)],
    rows: figures.groups.map((g) => [kreisName(g.group), g.nodes, g.edges, g.edgesOut, g.density]),
  };
}

/** One row per partnership with its straight-line length and flags. */
export function partnershipLengthsSheet(figures: NetworkFigures, partnerships: readonly Partnership[], institutions: readonly Institution[], longKm: number, projectName: string | null = null, date = new Date()): SheetTable {
  const byId = new Map(institutions.map((i) => [i.id as string, i]));
  const pById = new Map(partnerships.map((p) => [p.id as string, p]));
  return {
    ...networkMeta('Partnerschaften: Länge (Luftlinie)', 'Partnerschaften', projectName, date),
    columns: [text('Einrichtung A', 32), text('Einrichtung B', 32), text('Art', 22), integer('Intensität'), { label: 'Länge (km, Luftlinie)', kind: 'km', digits: 2 }, text(`länger als ${decimal(longKm, 1)} km`), text('Brücke (einzige Verbindung)'), text('ID', 14)],
    rows: figures.partnerships.map((r) => {
      const p = pById.get(r.id);
      return [byId.get(r.a)?.name ?? '', byId.get(r.b)?.name ?? '', p?.type ?? '', p ? p.intensity : null, r.km, yesNo(r.long), yesNo(r.bridge), r.id];
    }),
  };
}

/** The node figures as CSV (see nodeFiguresSheet). */
export const nodeFiguresCsv = (figures: NetworkFigures, institutions: readonly Institution[], kreisName: (key: string) => string): string => sheetCsv(nodeFiguresSheet(figures, institutions, kreisName));
/** The density per Kreis as CSV (see groupDensitySheet). */
export const groupDensityCsv = (figures: NetworkFigures, kreisName: (key: string) => string): string => sheetCsv(groupDensitySheet(figures, kreisName));
/** The partnership lengths as CSV (see partnershipLengthsSheet). */
export const partnershipLengthsCsv = (figures: NetworkFigures, partnerships: readonly Partnership[], institutions: readonly Institution[], longKm: number): string =>
  sheetCsv(partnershipLengthsSheet(figures, partnerships, institutions, longKm));
