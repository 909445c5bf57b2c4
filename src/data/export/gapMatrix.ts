import type { CentreGap, KindStatus } from '../../analysis/partners/networkGaps';
import { formatKm } from '../../domain/format';
import { sourceLine, type SheetColumn, type SheetTable } from './sheet';

/** One cell of the matrix as text: the partner, or the nearest candidate inside or outside the radius. */
export function kindCellText(k: KindStatus): string {
  if (k.partner) return `Partner: ${k.partner.name} (${formatKm(k.partner.meters)} km)`;
  if (k.candidate) return `${k.candidate.inside ? 'fehlt – nächste' : 'fehlt – nächste außerhalb des Umkreises'}: ${k.candidate.name} (${formatKm(k.candidate.meters)} km)`;
  return 'fehlt – keine Einrichtung dieser Art im Projekt';
}

/**
 * The matrix centres × key kinds that a network coordinator prints: per centre its Kreis, the
 * people it serves, the kinds missing, and per kind the partner or the nearest candidate.
 */
export function gapMatrixTable(centres: readonly (CentreGap & { served: number })[], kinds: readonly string[], kreisOf: (id: string) => string): { header: string[]; rows: (string | number)[][] } {
  const header = ['Zentrum', 'Kreis', 'Versorgte Menschen (nächstes Zentrum)', 'Fehlende Partnerarten', ...kinds];
  const rows = centres.map((c) => [c.name, kreisOf(c.id), Math.round(c.served), c.missing, ...c.kinds.map(kindCellText)]);
  return { header, rows };
}

/** The matrix as a table for CSV and Excel: numbers as numbers, wide text columns for the kinds. */
export function gapMatrixSheet(matrix: ReturnType<typeof gapMatrixTable>, meta: { radiusKm: number; areaName: string; projectName: string | null; targetGroup?: string; date?: Date }): SheetTable {
  const widths = [34, 22, 14, 12];
  const columns = matrix.header.map((label, k): SheetColumn => (k === 2 || k === 3 ? { label, kind: 'integer', width: widths[k] } : { label, kind: 'text', width: widths[k] ?? 40 }));
  return {
    title: `Netzwerklücken: Zentren × Schlüssel-Partnerarten (Umkreis ${formatKm(meta.radiusKm * 1000)} km) – ${meta.areaName}`,
    source: sourceLine(meta.projectName, ['Partner: die im Projekt erfassten Partnerschaften; Entfernungen: Luftlinie']),
    date: meta.date ?? new Date(),
    targetGroup: meta.targetGroup,
    sheetName: 'Netzwerklücken',
    layout: 'title',
    columns,
    rows: matrix.rows,
  };
}
