import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useUi } from '../../state/store';
import { formatInteger } from '../../domain/format';
import { startOf, timelineYears, yearTicks, type YearView } from '../../domain/timeline';
import { useProjectData } from '../projectData';

const STEP_MS = 1200;

/**
 * The time slider: shows the network as it was at the end of a year (institutions and
 * partnerships by their own since/until dates, see yearView) on map, graph and in the
 * figures, and plays the years as an animation.
 */
export function TimeSlider({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { institutions, partnerships, year: view } = useProjectData();
  const year = useUi((s) => s.timeYear);
  const setYear = useUi((s) => s.setTimeYear);
  const networkLines = useUi((s) => s.networkLines);
  const setNetworkLines = useUi((s) => s.setNetworkLines);
  const [playing, setPlaying] = useState(false);
  // "Play" starts at the first year, unless it was paused half-way: then it goes on.
  const [paused, setPaused] = useState(false);
  const all = useMemo(() => partnerships ?? [], [partnerships]);
  // Institutions' own dates count too: the slider starts with the first centre.
  const years = useMemo(() => timelineYears([...(institutions ?? []), ...all], new Date().getFullYear()), [institutions, all]);
  const undated = useMemo(() => all.filter((p) => startOf(p.since) === null).length, [all]);
  const undatedInstitutions = useMemo(() => (institutions ?? []).filter((i) => startOf(i.since) === null).length, [institutions]);

  useEffect(() => {
    if (!playing || !years) return;
    const timer = setInterval(() => {
      const next = Math.min((useUi.getState().timeYear ?? years.from) + 1, years.to);
      setYear(next);
      if (next >= years.to) setPlaying(false);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [playing, years, setYear]);

  if (!years) return compact ? null : <p className="hint small">{t('timeline.noDates')}</p>;
  const on = year !== null;
  const shown = on ? Math.min(Math.max(year, years.from), years.to) : years.to;
  const play = () => {
    if (!networkLines) setNetworkLines(true);
    if (!on || !paused || shown >= years.to) setYear(years.from);
    setPaused(false);
    setPlaying(true);
  };
  const stop = (half: boolean) => { setPlaying(false); setPaused(half); };
  const status = statusText(t, view, shown);
  return (
    <fieldset className={compact ? 'timeline compact' : 'timeline'} data-testid="timeline">
      <legend>{t('timeline.title')}</legend>
      {!compact && (
        <label className="switch small">
          <input type="checkbox" checked={on} onChange={(e) => { stop(false); setYear(e.target.checked ? years.to : null); }} />
          <span>{t('timeline.enable')}</span>
        </label>
      )}
      {(on || compact) && (
        <>
          <label className="field">
            <span>{t('timeline.year')}</span>
            <input
              type="range" min={years.from} max={years.to} step={1} value={shown}
              aria-valuetext={status}
              list={compact ? 'timeline-years-compact' : 'timeline-years'}
              onChange={(e) => { stop(false); setYear(Number(e.target.value)); }}
            />
          </label>
          {/* Year labels under the slider, at their places on it (the slider itself announces its year). */}
          <datalist id={compact ? 'timeline-years-compact' : 'timeline-years'}>
            {yearTicks(years.from, years.to, 40).map((y) => <option key={y} value={y} />)}
          </datalist>
          <div className="timeline-ticks" aria-hidden="true" data-testid="timeline-ticks">
            {yearTicks(years.from, years.to).map((y) => (
              <span key={y} style={{ left: `${((y - years.from) / Math.max(1, years.to - years.from)) * 100}%` }}>{y}</span>
            ))}
          </div>
          <p className="hint small" aria-live={playing ? 'off' : 'polite'} data-testid="timeline-status">{status}</p>
          <div className="row">
            <button type="button" onClick={() => (playing ? stop(true) : play())} aria-pressed={playing}>
              {playing ? t('timeline.pause') : t('timeline.play')}
            </button>
            {compact && on && <button type="button" onClick={() => { stop(false); setYear(null); }}>{t('timeline.all')}</button>}
          </div>
          {!compact && undatedInstitutions > 0 && <p className="hint small">{t('timeline.undatedInstitutions', { count: undatedInstitutions, formatted: formatInteger(undatedInstitutions) })}</p>}
          {!compact && undated > 0 && <p className="hint small">{t('timeline.undated', { count: undated })}</p>}
        </>
      )}
    </fieldset>
  );
}

/**
 * "Stand Ende 2018: 23 von 70 ThEKiZ, 480 von 940 Einrichtungen, 410 von 1.124 Partnerschaften"
 * from the counts of yearView (of what the filter lets through in all years); without the
 * slider "Alle Jahre: …". ThEKiZ are named only when the project has some.
 */
function statusText(t: TFunction, view: YearView, year: number): string {
  const { shown, all } = view.counts;
  const n = {
    year,
    centres: formatInteger(shown.centres), centresTotal: formatInteger(all.centres),
    institutions: formatInteger(shown.institutions), institutionsTotal: formatInteger(all.institutions),
    partnerships: formatInteger(shown.partnerships), partnershipsTotal: formatInteger(all.partnerships),
  };
  const centres = all.centres > 0 ? 'Centres' : '';
  return view.year === null ? t(`timeline.statusAll${centres}`, n) : t(`timeline.status${centres}`, n);
}
