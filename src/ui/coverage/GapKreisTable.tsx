import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KreisGapRow } from '../../analysis/partners/gapCells';
import type { GapResult } from '../../analysis/partners/runGaps';
import type { KreisSummary } from '../../domain/area';
import { formatInteger } from '../../domain/format';
import { travelModeDe } from '../../analysis/coverage/travelText';
import { CENSUS_CREDITS, sourceLine } from '../../data/export/sheet';
import { SortableTable, type Column } from '../common/SortableTable';
import { useActiveProject } from '../projects/useActiveProject';

interface Row {
  row: KreisGapRow;
  name: string;
}

const both = (l: { people: number; children: number }) => `${formatInteger(Math.round(l.people))} (${formatInteger(Math.round(l.children))})`;

/** Per Kreis: people (and children under 15) whose nearest centre lacks each key kind. */
export function GapKreisTable({ result, kreise, focus }: { result: GapResult; kreise: KreisSummary[]; focus: string | null }) {
  const { t } = useTranslation();
  const { project } = useActiveProject();
  const rows = useMemo<Row[]>(() => {
    const names = new Map(kreise.map((k) => [k.ags, k.name]));
    const list = result.kreise.filter((r) => (focus ? r.key === focus : r.people > 0)).map((row) => ({ row, name: names.get(row.key) ?? row.key }));
    return [...list, { row: result.land, name: t('gaps.landRow') }];
  }, [result, kreise, focus, t]);
  const columns = useMemo<Column<Row>[]>(() => [
    { key: 'name', label: t('filters.kreise'), value: (r) => r.name },
    { key: 'people', label: t('gaps.people'), value: (r) => r.row.people, render: (r) => formatInteger(Math.round(r.row.people)), numeric: true, kind: 'integer' },
    { key: 'any', label: t('gaps.lackingAny'), value: (r) => r.row.any.people, render: (r) => both(r.row.any), numeric: true, kind: 'integer', csv: (r) => String(Math.round(r.row.any.people)) },
    ...result.kinds.map((kind, k): Column<Row> => ({ key: `k${k}`, label: t('gaps.lackingKind', { kind }), value: (r) => r.row.perKind[k].people, render: (r) => both(r.row.perKind[k]), numeric: true, kind: 'integer', csv: (r) => String(Math.round(r.row.perKind[k].people)) })),
  ], [t, result.kinds]);
  return (
    <>
      <h4 id="gaps-kreise">{t('gaps.kreisTitle')}</h4>
      <p className="hint small">{t('gaps.kreisIntro', { context: result.unit })}</p>
      <div className="scroll-x">
        <SortableTable rows={rows} columns={columns} rowKey={(r) => r.row.key} initialSort={{ key: 'any', descending: true }} caption={t('gaps.kreisTitle')} testId="gap-kreise" csvFile="netzwerkluecken-kreise"
          sheet={{ source: sourceLine(project?.name ?? null, CENSUS_CREDITS), targetGroup: `Einwohner, Zensus 2022, 1-km-Gitter; ${result.travel ? `Partner innerhalb von ${result.radiusKm} min ${travelModeDe(result.travel.mode)} (Fahrzeit, Straßennetz „${result.travel.road.file}“), nächstes Zentrum nach Fahrzeit` : `Umkreis ${result.radiusKm} km`}` }} />
      </div>
    </>
  );
}
