import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverage } from '../../state/coverageStore';
import { getDb } from '../../data/database';
import { useScenarios } from '../../data/hooks';
import { deleteScenario, saveScenario } from '../../data/repositories/scenarios';
import type { ProjectId } from '../../domain/ids';
import { useAsyncAction } from '../common/useAsyncAction';

/** Names the current what-if and keeps it in the browser; saved ones load back in one click. */
export function SavedScenarios({ projectId }: { projectId: ProjectId }) {
  const { t } = useTranslation();
  const added = useCoverage((s) => s.added);
  const removed = useCoverage((s) => s.removed);
  const setScenario = useCoverage((s) => s.setScenario);
  const saved = useScenarios(projectId);
  const [name, setName] = useState('');
  const save = useAsyncAction(async () => {
    await saveScenario(getDb(), projectId, name, added, removed);
    setScenario(added, removed, name.trim() || null);
    setName('');
  });
  const remove = useAsyncAction((id: string) => deleteScenario(getDb(), id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save.run();
  };
  const empty = added.length === 0 && removed.length === 0;
  return (
    <div className="saved-scenarios">
      <form onSubmit={submit} className="inline-form">
        <label className="field">
          <span>{t('coverage.scenarioName')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} disabled={empty} />
        </label>
        <button type="submit" disabled={empty || save.busy}>
          {t('coverage.scenarioSave')}
        </button>
      </form>
      {(save.error ?? remove.error) && <p role="alert" className="error-block">{save.error ?? remove.error}</p>}
      {saved && saved.length > 0 && (
        <ul className="partner-list" data-testid="saved-scenarios">
          {saved.map((s) => (
            <li key={s.id}>
              <button type="button" className="link" onClick={() => setScenario(s.added, s.removed, s.name)} aria-label={t('coverage.scenarioLoad', { name: s.name })}>
                {s.name}
              </button>
              <span className="hint small"> {t('coverage.scenarioSummary', { added: s.added.length, removed: s.removed.length })} </span>
              <button type="button" className="icon" onClick={() => void remove.run(s.id)} aria-label={t('coverage.scenarioDelete', { name: s.name })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
