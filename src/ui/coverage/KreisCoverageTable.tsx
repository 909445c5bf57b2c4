import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaFigures } from '../../analysis/coverage/figures';
import type { CoverageResult } from '../../analysis/coverage/analysis';
import { useCoverage } from '../../state/coverageStore';
import { useUi } from '../../state/store';
import { formatDecimal, formatInteger } from '../../domain/format';
import type { KreisSummary } from '../../domain/area';
import { SortableTable, type Column } from '../common/SortableTable';
import { deltaAt, distanceText, percent, shareAt, signedPeople, unitOf } from './format';
import { peopleLabel } from './counted';

interface Row {
  area: AreaFigures;
  name: string;
  delta: number | null;
}

/** People farther than km from the nearest facility (0 when km is not a computed threshold). */
const beyond = (a: AreaFigures, km: number): number => a.thresholds.find((x) => x.km === km)?.uncoveredWeight ?? 0;

/** Per-Kreis coverage, sortable; with a what-if, the change of people within the threshold. */
export function KreisCoverageTable({ base, scenario, kreise, focus }: { base: CoverageResult; scenario: CoverageResult | null; kreise: KreisSummary[]; focus: string | null }) {
  const { t } = useTranslation();
  const { measure } = useCoverage((s) => s.settings);
  // The run's own limit, thresholds and unit (a run by time counts in minutes).
  const { mainKm, thresholdsKm } = scenario ?? base;
  const unit = unitOf(scenario ?? base);
  const travel = useUi((s) => s.travel);
  const selectKreis = useUi((s) => s.selectKreis);
  const rows = useMemo<Row[]>(() => {
    const names = new Map(kreise.map((k) => [k.ags, k]));
    const after = new Map((scenario?.kreise ?? []).map((k) => [k.key, k]));
    // With a focus Kreis only its row is shown (the Land's figures stay in the summary's comparison).
    return (scenario ?? base).kreise.filter((area) => !focus || area.key === focus).map((area) => ({ area, name: names.get(area.key)?.name ?? area.key, delta: scenario ? deltaAt(base.kreise.find((b) => b.key === area.key)!, after.get(area.key), mainKm) : null }));
  }, [base, scenario, kreise, mainKm, focus]);
  const columns = useMemo<Column<Row>[]>(() => {
    const cols: Column<Row>[] = [
      { key: 'name', label: t('filters.kreise'), value: (r) => r.name, render: (r) => { const k = kreise.find((x) => x.ags === r.area.key); return k ? <button type="button" className="link" onClick={() => selectKreis(k)}>{r.name}</button> : r.name; } },
      { key: 'people', label: peopleLabel(t, (scenario ?? base).counted), value: (r) => r.area.totalWeight, render: (r) => formatInteger(r.area.totalWeight), numeric: true },
      { key: 'fac', label: t('coverage.facilitiesShort'), value: (r) => r.area.facilities, render: (r) => `${r.area.facilities}${r.area.facilitiesPer10k === null ? '' : ` (${formatDecimal(r.area.facilitiesPer10k, 2)})`}`, numeric: true },
      { key: 'mean', label: t('coverage.meanShort'), value: (r) => r.area.meanMeters ?? Infinity, render: (r) => distanceText(r.area.meanMeters, measure, travel, unit), numeric: true },
      { key: 'max', label: t('coverage.maxShort'), value: (r) => r.area.maxMeters ?? Infinity, render: (r) => distanceText(r.area.maxMeters, measure, travel, unit), numeric: true },
      { key: 'share', label: t('coverage.withinShort', { km: mainKm, unit }), value: (r) => shareAt(r.area, mainKm) ?? -1, render: (r) => percent(shareAt(r.area, mainKm)), numeric: true },
      { key: 'beyond', label: t('coverage.beyondShort', { km: mainKm, unit, context: unit }), value: (r) => beyond(r.area, mainKm), render: (r) => formatInteger(Math.round(beyond(r.area, mainKm))), numeric: true },
      ...thresholdsKm.filter((km) => km !== mainKm).map((km): Column<Row> => ({ key: `share-${km}`, label: t('coverage.withinShort', { km, unit }), value: (r) => shareAt(r.area, km) ?? -1, render: (r) => percent(shareAt(r.area, km)), numeric: true })),
      { key: 'rural', label: t('coverage.ruralShort', { km: mainKm, unit }), value: (r) => shareAt(r.area.rural, mainKm) ?? -1, render: (r) => percent(shareAt(r.area.rural, mainKm)), numeric: true },
      { key: 'urban', label: t('coverage.urbanShort', { km: mainKm, unit }), value: (r) => shareAt(r.area.urban, mainKm) ?? -1, render: (r) => percent(shareAt(r.area.urban, mainKm)), numeric: true },
    ];
    if (scenario) cols.push({ key: 'delta', label: t('coverage.deltaShort'), value: (r) => r.delta ?? 0, render: (r) => (r.delta === null ? '' : signedPeople(r.delta)), numeric: true });
    return cols;
  }, [t, kreise, selectKreis, measure, travel, mainKm, thresholdsKm, unit, scenario, base]);
  return (
    <section aria-labelledby="coverage-kreise">
      <h3 id="coverage-kreise">{t('coverage.perKreis')}</h3>
      <div className="scroll-x">
        <SortableTable rows={rows} columns={columns} rowKey={(r) => r.area.key} initialSort={{ key: 'share', descending: false }} caption={t('coverage.perKreis')} testId="coverage-kreise" />
      </div>
    </section>
  );
}
