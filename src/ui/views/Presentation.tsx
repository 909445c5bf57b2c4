import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { applyView } from '../../state/views';
import { useViews } from '../../data/hooks';
import { typeColor } from '../../domain/partnership';
import { useProjectData } from '../projectData';
import { useActiveProject } from '../projects/useActiveProject';
import { TimeSlider } from '../timeline/TimeSlider';
import { useCoverageLegend } from '../coverage/useCoverageLegend';
import { LegendList } from '../coverage/LegendList';

/** Presentation mode: title, the view's name, a large legend, and stepping through the views (arrow keys or buttons). */
export default function Presentation() {
  const { t } = useTranslation();
  const index = useUi((s) => s.presenting);
  const setPresenting = useUi((s) => s.setPresenting);
  const networkLines = useUi((s) => s.networkLines);
  const { project } = useActiveProject();
  const views = useViews(project?.id ?? null);
  const { visible, categories } = useProjectData();
  const view = index !== null && views ? views[Math.min(index, views.length - 1)] : undefined;
  const count = views?.length ?? 0;
  useEffect(() => {
    if (view) applyView(view.view);
  }, [view]);
  useEffect(() => {
    if (index === null) return;
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onKey = (e: KeyboardEvent) => {
      // Arrow keys on the time slider move the year, not the views.
      if (e.target instanceof HTMLInputElement) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown' || e.key === ' ') setPresenting(Math.min(count - 1, (useUi.getState().presenting ?? 0) + 1));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') setPresenting(Math.max(0, (useUi.getState().presenting ?? 0) - 1));
      else if (e.key === 'Escape') setPresenting(null);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [index === null, count, setPresenting]); // eslint-disable-line react-hooks/exhaustive-deps
  const shownCategories = useMemo(() => {
    const present = new Set(visible.institutions.map((i) => i.category));
    return (categories ?? []).filter((c) => present.has(c.name));
  }, [visible, categories]);
  const types = useMemo(() => [...new Set(visible.partnerships.map((p) => p.type))], [visible]);
  const coverage = useCoverageLegend();
  if (index === null) return null;
  return (
    <>
      <div className="presentation-title" role="status" aria-live="polite">
        <h2>{project?.name}</h2>
        <p>{view ? t('views.step', { name: view.name, n: index + 1, count }) : t('views.none')}</p>
      </div>
      <aside className="presentation-legend" aria-label={t('views.legend')} tabIndex={0}>
        <ul>
          {shownCategories.map((c) => (
            <li key={c.name}><span className="swatch big" style={{ background: c.color }} aria-hidden="true" />{c.name}</li>
          ))}
        </ul>
        {coverage && (
          <div data-testid="presentation-coverage-legend">
            <h3 className="legend-title">{coverage.title}</h3>
            <LegendList rows={coverage.rows} />
          </div>
        )}
        {networkLines && (
          <ul>
            {types.map((ty) => (
              <li key={ty}><span className="line-swatch" style={{ borderColor: typeColor(ty) }} aria-hidden="true" />{ty}</li>
            ))}
          </ul>
        )}
      </aside>
      <div className="presentation-time">
        <TimeSlider compact />
      </div>
      <nav className="presentation-nav" aria-label={t('views.navigation')}>
        <button type="button" onClick={() => setPresenting(Math.max(0, index - 1))} disabled={index === 0}>{t('views.previous')}</button>
        <button type="button" onClick={() => setPresenting(Math.min(count - 1, index + 1))} disabled={index >= count - 1}>{t('views.next')}</button>
        <button type="button" onClick={() => setPresenting(null)}>{t('views.end')}</button>
      </nav>
    </>
  );
}
