import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoverage } from '../../state/coverageStore';
import { useAnnouncer } from '../../state/announcer';
import { addPartnershipCommand } from '../../data/history/commands';
import type { KreisSummary } from '../../domain/area';
import { kreisOf } from '../../domain/filter';
import { formatInteger } from '../../domain/format';
import type { InstitutionId } from '../../domain/ids';
import { CheckList } from '../filters/CheckList';
import { runEdit } from '../history';
import { useProjectData } from '../projectData';
import { GapLegend } from './GapLegend';
import { GapKreisTable } from './GapKreisTable';
import { GapMatrix } from './GapMatrix';
import { useNetworkGaps } from './networkGapsAnalysis';
import { gapWords } from './gapWords';
import { TravelBasisNote } from '../routing/TravelBasisNote';
import { MAX_GAP_MINUTES } from '../../analysis/partners/networkGaps';

const PAGE = 10;
/** The partnership type a centre records for a missing key kind: it passes families on. */
const REFERRAL = 'Vermittlung / Lotsenfunktion';

/**
 * ★ Network gaps: which key partner kinds each centre has within the radius, per cell how many
 * its nearest centre lacks (a map layer), per Kreis whom that leaves without, and the centres
 * ranked by people served × kinds missing with the nearest candidate of each missing kind.
 */
export function NetworkGapsSection({ kreise, focus }: { kreise: KreisSummary[]; focus: { key: string; name: string } | null }) {
  const { t } = useTranslation();
  const { gapKinds, gapKm, gapMin, layer, measure, routeMode } = useCoverage((s) => s.settings);
  // By travel time (the coverage's mode) the limit is in minutes.
  const routed = measure === 'routed';
  const limit = routed ? gapMin : gapKm;
  const settingOpts = { context: routed ? 'min' : 'km', mode: t(`gaps.modes.${routeMode}`) };
  const setSettings = useCoverage((s) => s.setSettings);
  const { categories, institutions } = useProjectData();
  const { result, busy, error, ms } = useNetworkGaps();
  const announce = useAnnouncer((s) => s.announce);
  const [shownCount, setShownCount] = useState(PAGE);
  const [recordError, setRecordError] = useState<string | null>(null);
  const byId = useMemo(() => new Map((institutions ?? []).map((i) => [i.id as string, i])), [institutions]);
  const words = gapWords(t, result ?? { unit: 'km', travel: null, searchLimit: null });
  const ranked = useMemo(() => {
    if (!result) return [];
    return result.ranked.filter((r) => !focus || kreisOf(byId.get(result.centres[r.centre].id) ?? { ags: '' }) === focus.key);
  }, [result, focus, byId]);
  const record = async (centreId: string, partnerId: string) => {
    setRecordError(null);
    const a = byId.get(centreId);
    const b = byId.get(partnerId);
    if (!a || !b) return;
    try {
      const { command } = addPartnershipCommand(a.projectId, { a: a.id, b: b.id as InstitutionId, type: REFERRAL, intensity: 1, since: '', until: '', note: '' }, { a: a.name, b: b.name });
      await runEdit(command);
      announce(t('gaps.recorded', { a: a.name, b: b.name }));
    } catch (e) {
      setRecordError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <section className="card" aria-labelledby="gaps-title" data-testid="network-gaps" data-radius={result?.radiusKm} data-unit={result?.unit} data-ms={ms ?? undefined}>
      <h3 id="gaps-title">{t('gaps.title')}</h3>
      <p className="hint small">{t('gaps.intro', { km: limit, ...settingOpts })}</p>
      <details className="filter-details">
        <summary>{t('gaps.settings')}</summary>
        <CheckList legend={t('gaps.kinds')} options={(categories ?? []).map((c) => ({ value: c.name, label: c.name, color: c.color }))} chosen={gapKinds} onChange={(v) => setSettings({ gapKinds: v.slice(0, 16) })} />
        <label className="field">
          <span>{t('gaps.radius', settingOpts)}</span>
          {routed ? (
            <input type="number" min={1} max={MAX_GAP_MINUTES} step={1} value={gapMin} data-testid="gap-minutes" onChange={(e) => { const v = Number(e.target.value); if (Number.isInteger(v) && v >= 1 && v <= MAX_GAP_MINUTES) setSettings({ gapMin: v }); }} />
          ) : (
            <input type="number" min={1} max={100} step={1} value={gapKm} onChange={(e) => { const v = Number(e.target.value); if (v >= 1 && v <= 100) setSettings({ gapKm: v }); }} />
          )}
        </label>
      </details>
      {layer !== 'networkGaps' && (
        <button type="button" onClick={() => setSettings({ layer: 'networkGaps' })}>{t('gaps.showLayer')}</button>
      )}
      {error && <p role="alert" className="error-block">{error}</p>}
      {!result ? (
        <p className="hint" role="status">{busy ? t('gaps.computing') : t('gaps.none')}</p>
      ) : (
        <>
          {result.travel && <TravelBasisNote travel={result.travel} compact testId="gaps-basis" />}
          {layer === 'networkGaps' && <GapLegend result={result} />}
          <GapKreisTable result={result} kreise={kreise} focus={focus?.key ?? null} />
          <h4>{t('gaps.rankedTitle')}</h4>
          <p className="hint small">{t('gaps.rankedIntro', { context: result.unit })}</p>
          {recordError && <p role="alert" className="error-block">{recordError}</p>}
          {ranked.length === 0 ? <p className="hint">{t('gaps.noneMissing')}</p> : (
            <ol className="gap-ranked" data-testid="gap-ranked">
              {ranked.slice(0, shownCount).map((r) => {
                const c = result.centres[r.centre];
                return (
                  <li key={c.id} data-centre={c.id} data-missing={c.missing} data-lon={c.lon} data-lat={c.lat}>
                    <strong>{c.name}</strong>{' '}
                    <span className="hint small">{t('gaps.rankedLine', { people: formatInteger(Math.round(c.served)), missing: c.missing, kinds: result.kinds.length })}</span>
                    <ul className="missing-kinds">
                      {c.kinds.filter((k) => !k.partner).map((k) => (
                        <li key={k.kind}>
                          <strong>{k.kind}</strong>
                          {' – '}
                          {k.candidate ? (
                            <>
                              {t(k.candidate.inside ? 'gaps.nearestInside' : 'gaps.nearestOutside', { km: result.radiusKm, ...words.opts })}{' '}
                              {k.candidate.name}, {words.amount(k.candidate.meters)}{' '}
                              <button type="button" className="small" onClick={() => void record(c.id, k.candidate!.id)} aria-label={t('gaps.recordWith', { a: c.name, b: k.candidate.name })}>
                                {t('gaps.record')}
                              </button>
                            </>
                          ) : !k.partnerBeyond && <span className="hint">{t('gaps.noCandidate')}</span>}
                          {k.partnerBeyond && (
                            <span className="hint small">
                              {' '}
                              {Number.isFinite(k.partnerBeyond.meters)
                                ? t('gaps.partnerBeyond', { name: k.partnerBeyond.name, km: words.figure(k.partnerBeyond.meters), ...words.opts })
                                : t('gaps.partnerUnreached', { name: k.partnerBeyond.name, km: result.searchLimit, mode: words.opts.mode })}
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ol>
          )}
          {ranked.length > shownCount && <button type="button" onClick={() => setShownCount(shownCount + PAGE)}>{t('institutions.more')}</button>}
          <GapMatrix result={result} focus={focus} byId={byId} />
          {ms !== null && <p className="hint small">{t('gaps.timing', { ms: Math.round(ms) })}</p>}
        </>
      )}
    </section>
  );
}
