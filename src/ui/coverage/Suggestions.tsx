import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import * as Comlink from 'comlink';
import { useArea } from '../projects/useArea';
import type { CoverageFacility, TravelBasis } from '../../analysis/coverage/analysis';
import { CANDIDATE_SETS, type CandidateSet, type SuggestedSite } from '../../analysis/coverage/suggest';
import { useCoverage } from '../../state/coverageStore';
import { useUi } from '../../state/store';
import { formatInteger, formatShare } from '../../domain/format';
import type { Institution } from '../../domain/institution';
import { coverageWorker } from '../../workers/coverageClient';
import { useAsyncAction } from '../common/useAsyncAction';
import { CheckList } from '../filters/CheckList';
import { TravelBasisNote } from '../routing/TravelBasisNote';
import { candidateName } from './candidateName';
import { travelRequest } from './requests';

/**
 * Greedy maximal covering: k new sites that reach the most people not yet served, among
 * existing Kitas, institutions of chosen categories, places or census cells; inside the focus
 * Kreis when one is chosen.
 */
export function Suggestions({ facilities, institutions, categories, focusName }: { facilities: CoverageFacility[]; institutions: Institution[]; categories: string[]; focusName: string | null }) {
  const { t } = useTranslation();
  const settings = useCoverage((s) => s.settings);
  const { mainKm, mainMin, target, focus, measure } = settings;
  const routed = measure === 'routed';
  const kmh = useUi((s) => s.travel.kmh);
  const areaId = useArea().id;
  const addHypothetical = useCoverage((s) => s.addHypothetical);
  const [k, setK] = useState(5);
  const [from, setFrom] = useState<CandidateSet>('places');
  const [kinds, setKinds] = useState<string[]>(['Kita']);
  const [picks, setPicks] = useState<{ list: SuggestedSite[]; candidates: number; evaluated: number | null; travel: TravelBasis | null; offNetwork: number } | null>(null);
  const [searching, setSearching] = useState<{ done: number; of: number } | null>(null);
  const action = useAsyncAction(async () => {
    const wanted = new Set(from === 'kitas' ? ['Kita'] : kinds);
    const sites = institutions.flatMap((i) => (wanted.has(i.category) && i.lon !== null && i.lat !== null ? [{ lon: i.lon, lat: i.lat, name: i.name, place: i.town, gemeinde: i.ags }] : []));
    const source = from === 'places' || from === 'cells' ? { kind: from } : { kind: 'sites' as const, sites };
    const existing = facilities.map((f) => ({ lon: f.lon, lat: f.lat }));
    setPicks(null);
    try {
      // By travel time the limit is the coverage's own (minutes), searched over the loaded network.
      const r = routed
        ? await coverageWorker().suggest(areaId, existing, k, mainMin, source, focus, target, travelRequest(settings, { foot: kmh.foot, bicycle: kmh.bicycle }), Comlink.proxy((done: number, of: number) => setSearching({ done, of })))
        : await coverageWorker().suggest(areaId, existing, k, mainKm, source, focus, target);
      setPicks({ list: r.picks, candidates: r.candidates, evaluated: r.evaluated, travel: r.travel, offNetwork: r.candidatesOffNetwork ?? 0 });
    } finally {
      setSearching(null);
    }
  });
  return (
    <section aria-labelledby="coverage-suggest" className="card" data-testid="coverage-suggest">
      <h3 id="coverage-suggest">{t('coverage.suggest')}</h3>
      <p className="hint small">{routed ? t('coverage.suggestMethod', { km: mainMin, unit: 'min' }) : t('coverage.suggestMethod', { km: mainKm })}</p>
      {routed && <p className="hint small" data-testid="suggest-by-time">{t('routing.suggestByTime', { mode: t(`routing.modes.${settings.routeMode}`), min: mainMin })}</p>}
      {focusName && <p className="hint small" data-testid="suggest-focus">{t('coverage.suggestInFocus', { kreis: focusName })}</p>}
      <div className="two">
        <label className="field">
          <span>{t('coverage.k')}</span>
          <input type="number" min={1} max={20} value={k} onChange={(e) => setK(Math.min(20, Math.max(1, Math.round(Number(e.target.value) || 1))))} />
        </label>
        <label className="field">
          <span>{t('coverage.candidates')}</span>
          <select value={from} onChange={(e) => setFrom(e.target.value as CandidateSet)} data-testid="suggest-candidates">
            {CANDIDATE_SETS.map((c) => <option key={c} value={c}>{t(`coverage.candidateSets.${c}`)}</option>)}
          </select>
        </label>
      </div>
      {from === 'institutions' && <CheckList legend={t('coverage.candidateKinds')} options={categories.map((c) => ({ value: c, label: c }))} chosen={kinds} onChange={setKinds} />}
      <button type="button" onClick={() => void action.run()} disabled={action.busy}>
        {t('coverage.suggestRun')}
      </button>
      {searching && <p role="status" className="hint small" data-testid="suggest-searching">{t('routing.suggestSearching', { done: formatInteger(searching.done), of: formatInteger(searching.of) })}</p>}
      {action.error && <p role="alert" className="error-block">{action.error}</p>}
      {picks && (
        <>
          {picks.travel && <TravelBasisNote travel={picks.travel} compact testId="suggest-basis" />}
          <p className="hint small" data-testid="suggest-checked">
            {picks.evaluated === null ? t('coverage.suggestCandidates', { count: picks.candidates }) : t('routing.suggestSearched', { n: formatInteger(picks.candidates), evaluated: formatInteger(picks.evaluated) })}
            {picks.offNetwork > 0 && ` ${t('routing.suggestOffNetwork', { n: formatInteger(picks.offNetwork), m: formatInteger(picks.travel?.maxAccessMeters ?? 0) })}`}
          </p>
          {picks.list.length === 0 ? (
            <p className="hint">{t('coverage.suggestNone')}</p>
          ) : (
            <ol data-testid="coverage-suggestions">
              {picks.list.map((p, i) => (
                <li key={`${p.lon},${p.lat},${i}`} data-kreis={p.group}>
                  <strong>{candidateName(p, t)}</strong> {t('coverage.suggestGain', { gain: formatInteger(p.gain), share: p.share === null ? '–' : formatShare(p.share) })}
                </li>
              ))}
            </ol>
          )}
          {picks.list.length > 0 && (
            <button type="button" onClick={() => picks.list.forEach((p) => addHypothetical(p.lon, p.lat, t('coverage.suggestionName', { name: candidateName(p, t) })))}>
              {t('coverage.suggestAdopt')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
