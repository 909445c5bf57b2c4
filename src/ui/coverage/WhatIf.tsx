import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverage } from '../../state/coverageStore';
import { useUi } from '../../state/store';
import type { CoverageFacility } from '../../analysis/coverage/analysis';
import { formatDecimal } from '../../domain/format';
import { CheckList } from '../filters/CheckList';
import { useActiveProject } from '../projects/useActiveProject';
import { SavedScenarios } from './SavedScenarios';

/** The what-if: hypothetical centres placed on the map, existing ones switched off. */
export function WhatIf({ facilities }: { facilities: CoverageFacility[] }) {
  const { t } = useTranslation();
  const added = useCoverage((s) => s.added);
  const removed = useCoverage((s) => s.removed);
  const removeHypothetical = useCoverage((s) => s.removeHypothetical);
  const setScenario = useCoverage((s) => s.setScenario);
  const reset = useCoverage((s) => s.resetScenario);
  const mode = useUi((s) => s.mapMode);
  const setMode = useUi((s) => s.setMapMode);
  const options = useMemo(() => facilities.map((f) => ({ value: f.id, label: f.name })), [facilities]);
  const placing = mode.kind === 'add-hypothetical';
  const { project } = useActiveProject();
  return (
    <section aria-labelledby="coverage-whatif" className="card">
      <h3 id="coverage-whatif">{t('coverage.whatIf')}</h3>
      <p className="hint small">{t('coverage.whatIfIntro')}</p>
      <div className="actions">
        <button type="button" aria-pressed={placing} onClick={() => setMode(placing ? { kind: 'browse' } : { kind: 'add-hypothetical' })}>
          {placing ? t('coverage.addDone') : t('coverage.add')}
        </button>
        {(added.length > 0 || removed.length > 0) && (
          <button type="button" onClick={reset}>
            {t('coverage.reset')}
          </button>
        )}
      </div>
      {added.length > 0 && (
        <ul className="partner-list" data-testid="hypothetical-list">
          {added.map((h) => (
            <li key={h.id}>
              {h.name} <span className="hint small">({formatDecimal(h.lat, 4)}, {formatDecimal(h.lon, 4)})</span>{' '}
              <button type="button" className="icon" onClick={() => removeHypothetical(h.id)} aria-label={t('coverage.removeHypothetical', { name: h.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <CheckList legend={t('coverage.switchOff')} options={options} chosen={removed} onChange={(values) => setScenario(added, values)} />
      {project && <SavedScenarios projectId={project.id} />}
    </section>
  );
}
