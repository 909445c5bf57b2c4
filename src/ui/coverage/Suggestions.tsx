import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea } from '../projects/useArea';
import type { CoverageFacility } from '../../analysis/coverage/analysis';
import { useCoverage } from '../../state/coverageStore';
import { formatInteger, formatShare } from '../../domain/format';
import type { Institution } from '../../domain/institution';
import { coverageWorker } from '../../workers/coverageClient';
import { useAsyncAction } from '../common/useAsyncAction';

interface Pick {
  name: string;
  lon: number;
  lat: number;
  gain: number;
  share: number | null;
}

/** Greedy maximal covering: k new sites among the places that reach the most people not yet served. */
export function Suggestions({ facilities, institutions }: { facilities: CoverageFacility[]; institutions: Institution[] }) {
  const { t } = useTranslation();
  const mainKm = useCoverage((s) => s.settings.mainKm);
  const target = useCoverage((s) => s.settings.target);
  const areaId = useArea().id;
  const addHypothetical = useCoverage((s) => s.addHypothetical);
  const [k, setK] = useState(5);
  const [onlyKita, setOnlyKita] = useState(false);
  const [picks, setPicks] = useState<{ list: Pick[]; candidates: number } | null>(null);
  const action = useAsyncAction(async () => {
      const kitas = onlyKita ? institutions.filter((i) => i.category === 'Kita' && i.lon !== null && i.lat !== null).map((i) => ({ lon: i.lon!, lat: i.lat! })) : null;
      const r = await coverageWorker().suggest(areaId, facilities.map((f) => ({ lon: f.lon, lat: f.lat })), k, mainKm, kitas, target);
      setPicks({ list: r.picks, candidates: r.candidates });
  });
  return (
    <section aria-labelledby="coverage-suggest" className="card">
      <h3 id="coverage-suggest">{t('coverage.suggest')}</h3>
      <p className="hint small">{t('coverage.suggestMethod', { km: mainKm })}</p>
      <div className="two">
        <label className="field">
          <span>{t('coverage.k')}</span>
          <input type="number" min={1} max={20} value={k} onChange={(e) => setK(Math.min(20, Math.max(1, Math.round(Number(e.target.value) || 1))))} />
        </label>
        <label className="field">
          <span>{t('coverage.candidates')}</span>
          <select value={onlyKita ? 'kita' : 'all'} onChange={(e) => setOnlyKita(e.target.value === 'kita')}>
            <option value="all">{t('coverage.candidatesAll')}</option>
            <option value="kita">{t('coverage.candidatesKita')}</option>
          </select>
        </label>
      </div>
      <button type="button" onClick={() => void action.run()} disabled={action.busy}>
        {t('coverage.suggestRun')}
      </button>
      {action.error && <p role="alert" className="error-block">{action.error}</p>}
      {picks && (
        <>
          <p className="hint small">{t('coverage.suggestCandidates', { count: picks.candidates })}</p>
          {picks.list.length === 0 ? (
            <p className="hint">{t('coverage.suggestNone')}</p>
          ) : (
            <ol data-testid="coverage-suggestions">
              {picks.list.map((p, i) => (
                <li key={`${p.name}-${i}`}>
                  <strong>{p.name}</strong> {t('coverage.suggestGain', { gain: formatInteger(p.gain), share: p.share === null ? '–' : formatShare(p.share) })}
                </li>
              ))}
            </ol>
          )}
          {picks.list.length > 0 && (
            <button type="button" onClick={() => picks.list.forEach((p) => addHypothetical(p.lon, p.lat, `Vorschlag ${p.name}`))}>
              {t('coverage.suggestAdopt')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
