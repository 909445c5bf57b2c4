import { useTranslation } from 'react-i18next';
import { useCoverageAnalysis } from './coverageAnalysis';

/** While the coverage runs: what it does, a progress bar and a way to stop; after a stop: start again. */
export function CoverageProgress() {
  const { t } = useTranslation();
  const { busy, progress, cancelled, cancel, retry } = useCoverageAnalysis();
  if (cancelled) {
    return (
      <div className="coverage-progress" role="status">
        <p>{t('coverage.cancelled')}</p>
        <button type="button" onClick={retry}>{t('coverage.retry')}</button>
      </div>
    );
  }
  if (!busy) return null;
  const phase = progress ? t(`coverage.phases.${progress.phase}`) : t('coverage.computing');
  const percent = progress ? Math.round(progress.fraction * 100) : 0;
  return (
    <div className="coverage-progress" data-testid="coverage-progress">
      <label>
        <span>{phase}</span>
        <progress max={100} value={percent} aria-valuetext={`${phase} ${percent} %`} />
      </label>
      <button type="button" onClick={cancel}>{t('coverage.cancel')}</button>
    </div>
  );
}
