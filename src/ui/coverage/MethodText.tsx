import { useTranslation } from 'react-i18next';
import type { Counted } from '../../analysis/demand/labels';
import type { TravelBasis } from '../../analysis/coverage/analysis';
import { TravelBasisNote } from '../routing/TravelBasisNote';
import { useCoverage } from '../../state/coverageStore';
import { formatInteger } from '../../domain/format';

/** "Wie wird gerechnet?": sources with vintage, the scaling, the distance, what the grid's secrecy means. */
export function MethodText({ counted, travel = null }: { counted: Counted | undefined; travel?: TravelBasis | null }) {
  const { t } = useTranslation();
  const measure = useCoverage((s) => s.settings.measure);
  const census = counted?.census ?? false;
  return (
    <details className="filter-details method" data-testid="coverage-method">
      <summary>{t('coverage.method.title')}</summary>
      {census ? (
        <>
          <p className="small">{t('coverage.method.census', { area: counted?.area?.name ?? 'Thüringen', people: formatInteger(counted?.area?.people ?? 2_110_396) })}</p>
          {(counted?.area?.gebietsstand ?? '01.01.2024') === '01.01.2024' && <p className="small">{t('coverage.method.census2024')}</p>}
          <p className="small">{t('coverage.method.secrecy')}</p>
        </>
      ) : (
        <p className="small">{t('coverage.method.places')}</p>
      )}
      {counted?.table && <p className="small">{t('coverage.method.table', { label: counted.table })}</p>}
      {travel ? <TravelBasisNote travel={travel} /> : <p className="small">{t(measure === 'time' ? 'coverage.method.time' : 'coverage.method.distance')}</p>}
      <p className="small">{t('coverage.method.neighbours')}</p>
      <p className="small">{t('coverage.method.sources')}</p>
    </details>
  );
}
