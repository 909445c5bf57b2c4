import { useTranslation } from 'react-i18next';
import { useArea } from '../projects/useArea';
import type { CoverageResult } from '../../analysis/coverage/analysis';
import { classesFor } from '../../analysis/coverage/classes';
import { useCoverage } from '../../state/coverageStore';
import { useUi } from '../../state/store';
import { formatDecimal, formatInteger } from '../../domain/format';
import { CLASS_COLORS, UNREACHABLE_COLOR } from '../../map/layers/coverage';
import { coveredAt, deltaAt, distanceText, percent, shareAt, signedPeople, unitOf } from './format';
import { countedLabel, peopleLabel } from './counted';

/** The Land's figures (with the what-if change) and the legend of the map. */
export function CoverageSummary({ base, scenario, focus }: { base: CoverageResult; scenario: CoverageResult | null; focus: { key: string; name: string } | null }) {
  const { t } = useTranslation();
  const area = useArea();
  const { measure, layer } = useCoverage((s) => s.settings);
  const travel = useUi((s) => s.travel);
  const shown = scenario ?? base;
  // The run's own limit and unit: km of straight line, or minutes over the road network.
  const { mainKm } = shown;
  const unit = unitOf(shown);
  const classes = classesFor(unit);
  const estimate = measure === 'time' && unit === 'km';
  const text = (m: number | null) => distanceText(m, measure, travel, unit);
  // With a focus Kreis its figures lead; centres in other Kreise count as reachable all the same.
  const pick = (r: CoverageResult | null) => (r && focus ? r.kreise.find((k) => k.key === focus.key) ?? r.land : r?.land);
  const land = pick(shown)!;
  const delta = deltaAt(pick(base)!, pick(scenario), mainKm);
  return (
    <section aria-labelledby="coverage-land" data-testid="coverage-land">
      <h3 id="coverage-land">{focus ? focus.name : t('coverage.land', { area: t(`areaNames.${area.id}`) })}</h3>
      {focus && <p className="hint small">{t('coverage.focusNote')}</p>}
      {delta !== null && (
        <p className="scenario-delta" role="status" data-testid="scenario-delta">
          {t('coverage.delta', { delta: signedPeople(delta), km: mainKm, unit })}
        </p>
      )}
      <p className="small" data-testid="coverage-counted">{t('coverage.countedLine', { what: countedLabel(t, shown.counted) })}</p>
      <dl className="totals">
        <div className="dl-row"><dt>{peopleLabel(t, shown.counted)}</dt><dd>{formatInteger(land.totalWeight)}</dd></div>
        <div className="dl-row"><dt>{t('coverage.facilities')}</dt><dd>{formatInteger(land.facilities)}{land.facilitiesPer10k !== null && ` (${formatDecimal(land.facilitiesPer10k, 2)} ${t('coverage.per10kOf', { who: peopleLabel(t, shown.counted) })})`}</dd></div>
        <div className="dl-row"><dt>{t('coverage.mean')}</dt><dd>{text(land.meanMeters)}</dd></div>
        <div className="dl-row"><dt>{t('coverage.max')}</dt><dd>{text(land.maxMeters)}</dd></div>
        {unit === 'min' && <div className="dl-row"><dt>{t('routing.unreachable')}</dt><dd data-testid="coverage-unreachable">{formatInteger(land.unreachableWeight)}</dd></div>}
        {shown.thresholdsKm.map((km) => (
          <div className="dl-row" key={km}>
            <dt>{t('coverage.within', { km, unit })}</dt>
            <dd>{percent(shareAt(land, km))} ({formatInteger(coveredAt(land, km))})</dd>
          </div>
        ))}
        <div className="dl-row"><dt>{t('coverage.ruralWithin', { km: mainKm, unit })}</dt><dd>{percent(shareAt(land.rural, mainKm))}</dd></div>
        <div className="dl-row"><dt>{t('coverage.urbanWithin', { km: mainKm, unit })}</dt><dd>{percent(shareAt(land.urban, mainKm))}</dd></div>
      </dl>
      {layer === 'grid' && (
        <>
          <h4>{t('coverage.legend')}</h4>
          <p className="hint small" data-testid="coverage-legend-counted">{t(shown.counted?.census ? 'coverage.legendCensus' : 'coverage.legendGrid', { what: countedLabel(t, shown.counted), context: unit })}</p>
          <ul className="legend" data-testid="coverage-legend">
            {classes.map((c, i) => (
              <li key={c.id}>
                <span className="swatch" style={{ background: CLASS_COLORS[i] }} aria-hidden="true" />
                {c.maxKm === Infinity
                  ? t('coverage.classOver', { km: formatDecimal(classes[i - 1].maxKm, 1), unit, extra: estimate ? ` (${distanceText(classes[i - 1].maxKm * 1000, 'time', travel)})` : '' })
                  : t('coverage.classUpTo', { km: formatDecimal(c.maxKm, 1), unit, extra: estimate ? ` (${distanceText(c.maxKm * 1000, 'time', travel)})` : '' })}
                <span className="hint small"> – {t('coverage.cells', { count: shown.cellsPerClass[i] ?? 0, n: formatInteger(shown.cellsPerClass[i] ?? 0) })}</span>
              </li>
            ))}
            {unit === 'min' && (
              <li>
                <span className="swatch" style={{ background: UNREACHABLE_COLOR }} aria-hidden="true" />
                {t('routing.unreachableClass')}
                <span className="hint small"> – {t('coverage.cells', { count: shown.cellsPerClass[classes.length] ?? 0, n: formatInteger(shown.cellsPerClass[classes.length] ?? 0) })}</span>
              </li>
            )}
            <li><span className="gap-swatch" aria-hidden="true" />{t('coverage.gapLegend', { km: mainKm, unit, context: unit })}</li>
          </ul>
        </>
      )}
      {layer === 'gemeinden' && <p className="hint small">{t('coverage.choroplethLegend', { km: mainKm, unit })}</p>}
    </section>
  );
}
