import { useTranslation } from 'react-i18next';
import type { GapResult } from '../../analysis/partners/runGaps';
import { formatInteger } from '../../domain/format';
import { gapColor, HATCH_FROM } from '../../map/layers/coverage';
import { gapWords } from './gapWords';

/** The legend of the network-gap layer: colour per number of missing key kinds, hatched from HATCH_FROM on. */
export function GapLegend({ result }: { result: GapResult }) {
  const { t } = useTranslation();
  return (
    <>
      <h4>{t('coverage.legend')}</h4>
      <p className="hint small">{t('gaps.legendIntro', { km: result.radiusKm, ...gapWords(t, result).opts })}</p>
      <ul className="legend" data-testid="gap-legend">
        {result.cellsPerMissing.map((count, m) => (
          <li key={m}>
            <span className={`swatch${m >= HATCH_FROM ? ' hatched' : ''}`} style={{ background: gapColor(m) }} aria-hidden="true" />
            {m === 0 ? t('gaps.legendNone') : t('gaps.legendMissing', { count: m })}
            <span className="hint small"> – {t('coverage.cells', { count, n: formatInteger(count) })}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
