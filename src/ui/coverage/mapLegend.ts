import type { TFunction } from 'i18next';
import { classesFor } from '../../analysis/coverage/classes';
import { formatDecimal } from '../../domain/format';
import { CLASS_COLORS, gapColor, HATCH_FROM, SHARE_STOPS, UNREACHABLE_COLOR } from '../../map/layers/coverage';
import type { CoverageSettings } from '../../state/coverageStore';

/** One row of a map legend: a coloured square (cells, Gemeinden), hatched or not, or a dashed line. */
export interface LegendRow {
  label: string;
  color: string;
  shape: 'square' | 'line';
  hatch?: boolean;
}

/** The legend of the coverage layer on the map (title and rows), for slides and map pictures; null without one. */
export function coverageLegend(t: TFunction, s: Pick<CoverageSettings, 'layer' | 'mainKm' | 'gapKinds' | 'gapKm'> & Partial<Pick<CoverageSettings, 'measure' | 'mainMin' | 'routeMode' | 'gapMin'>>): { title: string; rows: LegendRow[] } | null {
  // A run by travel time counts in minutes, with a class of its own for the unreachable.
  const unit = s.measure === 'routed' ? 'min' : 'km';
  const main = unit === 'min' ? s.mainMin ?? s.mainKm : s.mainKm;
  if (s.layer === 'grid') {
    const classes = classesFor(unit);
    const rows: LegendRow[] = classes.map((c, i) => ({
      label: c.maxKm === Infinity ? t('coverage.classOver', { km: formatDecimal(classes[i - 1].maxKm, 1), unit, extra: '' }) : t('coverage.classUpTo', { km: formatDecimal(c.maxKm, 1), unit, extra: '' }),
      color: CLASS_COLORS[i],
      shape: 'square',
    }));
    if (unit === 'min') rows.push({ label: t('routing.unreachableClass'), color: UNREACHABLE_COLOR, shape: 'square' });
    rows.push({ label: t('coverage.gapLegend', { km: main, unit, context: unit }), color: '#4b0014', shape: 'line' });
    return { title: unit === 'min' ? t('routing.legendTitle', { mode: t(`routing.modes.${s.routeMode ?? 'foot'}`) }) : t('coverage.legendTitleGrid'), rows };
  }
  if (s.layer === 'gemeinden') {
    const rows = SHARE_STOPS.map(([v, color], i): LegendRow => {
      const next = SHARE_STOPS[i + 1]?.[0];
      const pct = (x: number) => `${Math.round(x * 100)} %`;
      return { label: next === undefined ? t('coverage.shareFrom', { from: pct(v) }) : t('coverage.shareRange', { from: pct(v), to: pct(next) }), color, shape: 'square' };
    });
    return { title: t('coverage.legendTitleGemeinden', { km: main, unit }), rows };
  }
  if (s.layer === 'networkGaps') {
    const rows = Array.from({ length: s.gapKinds.length + 1 }, (_, m): LegendRow => ({
      label: m === 0 ? t('gaps.legendNone') : t('gaps.legendMissing', { count: m }),
      color: gapColor(m),
      shape: 'square',
      hatch: m >= HATCH_FROM,
    }));
    // By travel time the gaps count partners within gapMin minutes by the coverage's mode.
    const title = unit === 'min' ? t('gaps.legendTitle', { km: s.gapMin ?? s.gapKm, context: 'min', mode: t(`gaps.modes.${s.routeMode ?? 'foot'}`) }) : t('gaps.legendTitle', { km: s.gapKm });
    return { title, rows };
  }
  return null;
}
