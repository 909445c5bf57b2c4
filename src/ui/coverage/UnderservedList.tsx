import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { underservedGemeinden, type CoverageResult } from '../../analysis/coverage/analysis';
import { useCoverage } from '../../state/coverageStore';
import { useUi } from '../../state/store';
import { boxAround } from '../../domain/placeSearch';
import { formatInteger } from '../../domain/format';
import type { KreisSummary } from '../../domain/area';
import { distanceText, unitOf } from './format';
import { underservedGemeindenSheet } from '../../data/export/coverageCsv';
import { TableDownloads } from '../common/TableDownloads';
import { useActiveProject } from '../projects/useActiveProject';

const PAGE = 25;

/** Places beyond the threshold, most people first; a click frames the place on the map. */
export function UnderservedList({ result, kreise, focus }: { result: CoverageResult; kreise: KreisSummary[]; focus: string | null }) {
  const { t } = useTranslation();
  const { project } = useActiveProject();
  // Whom the numbers count, short: "Einw.", "Kinder", "ab 65".
  const who = t(`coverage.targetsAbbr.${result.counted?.census && !result.counted.table ? result.counted.target : 'total'}`);
  const { measure } = useCoverage((s) => s.settings);
  const { mainKm } = result;
  const unit = unitOf(result);
  const travel = useUi((s) => s.travel);
  const frameTo = useUi((s) => s.frameTo);
  const [limit, setLimit] = useState(PAGE);
  const [by, setBy] = useState<'places' | 'gemeinden'>('places');
  const kreisName = (key: string) => kreise.find((k) => k.ags === key)?.name ?? '';
  const list = result.underserved;
  // The worker already limits the places to the focus Kreis; the Gemeinden come all, so filter them here.
  const gemeinden = by === 'gemeinden' ? underservedGemeinden(focus ? result.gemeinden.filter((g) => g.group === focus) : result.gemeinden) : [];
  const shown = by === 'places' ? list.length : gemeinden.length;
  return (
    <section aria-labelledby="coverage-underserved">
      <h3 id="coverage-underserved">{t('coverage.underserved', { km: mainKm, unit, context: unit })}</h3>
      <div className="segmented" role="group" aria-label={t('coverage.underservedBy')}>
        {(['places', 'gemeinden'] as const).map((b) => (
          <button key={b} type="button" aria-pressed={by === b} onClick={() => { setBy(b); setLimit(PAGE); }}>
            {t(`coverage.underservedBy_${b}`)}
          </button>
        ))}
      </div>
      {by === 'gemeinden' ? (
        gemeinden.length === 0 ? (
          <p className="hint">{t('coverage.noneUnderserved', { km: mainKm, unit, context: unit })}</p>
        ) : (
          <ol className="underserved" data-testid="coverage-underserved-gemeinden">
            {gemeinden.slice(0, limit).map((g) => (
              <li key={g.ags}>
                <button type="button" className="link" onClick={() => frameTo(boxAround(g.lon, g.lat, 8))}>
                  {g.name}
                </button>
                <span className="hint small">
                  {' '}
                  {t('coverage.underservedGemeinde', {
                    kreis: kreisName(g.group),
                    people: formatInteger(g.uncoveredWeight),
                    total: formatInteger(g.weight),
                    who: who,
                    distance: distanceText(g.meanMeters, measure, travel, unit),
                    nearest: g.facilityName || '–',
                  })}
                </span>
              </li>
            ))}
          </ol>
        )
      ) : list.length === 0 ? (
        <p className="hint">{t('coverage.noneUnderserved', { km: mainKm, unit, context: unit })}</p>
      ) : (
        <ol className="underserved" data-testid="coverage-underserved">
          {list.slice(0, limit).map((u) => (
            <li key={u.point}>
              <button type="button" className="link" onClick={() => frameTo(boxAround(u.lon, u.lat, 6))}>
                {u.name}
              </button>
              <span className="hint small">
                {' '}
                {t('coverage.underservedLine', {
                  kreis: kreisName(u.group),
                  people: formatInteger(u.weight),
                  who: who,
                  distance: distanceText(u.meters, measure, travel, unit),
                  nearest: u.facilityName || '–',
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {shown > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {t('institutions.more')}
        </button>
      )}
      {gemeinden.length > 0 && <TableDownloads fileName="unterversorgte-gemeinden" table={() => underservedGemeindenSheet(gemeinden, kreisName, result, { projectName: project?.name ?? null })} />}
    </section>
  );
}
