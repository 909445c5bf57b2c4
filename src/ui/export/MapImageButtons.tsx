import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi } from '../../state/store';
import { mapSnapshot } from '../../map/mapSnapshot';
import { downloadBlob, fileSlug } from '../common/download';
import { useProjectData } from '../projectData';
import { useActiveProject } from '../projects/useActiveProject';
import { A4_300DPI, composeMapImage } from './mapImage';
import { CREDITS_LINE } from '../../domain/attribution';
import { useCoverageLegend } from '../coverage/useCoverageLegend';

const ATTRIBUTION = CREDITS_LINE;

/** The map as a picture: at screen size, or A4 landscape at 300 dpi, with title, legend, scale and sources. */
export function MapImageButtons() {
  const { t } = useTranslation();
  const { project } = useActiveProject();
  const { visible, categories } = useProjectData();
  const osm = useUi((s) => s.osmBasemap);
  const [state, setState] = useState<{ busy: boolean; message: string | null }>({ busy: false, message: null });
  const coverage = useCoverageLegend();
  const save = async (a4: boolean) => {
    const take = mapSnapshot.current;
    if (!take) return;
    setState({ busy: true, message: null });
    try {
      const canvas = document.querySelector<HTMLCanvasElement>('.map canvas');
      const css = { w: canvas?.clientWidth ?? 1, h: canvas?.clientHeight ?? 1 };
      const ratio = a4 ? Math.max(A4_300DPI.width / css.w, A4_300DPI.height / css.h) : window.devicePixelRatio || 1;
      const snap = await take(ratio);
      const present = new Set(visible.institutions.map((i) => i.category));
      const blob = await composeMapImage(
        snap,
        {
          title: project?.name ?? t('app.title'),
          subtitle: t('mapImage.subtitle', { date: new Date().toLocaleDateString('de-DE'), count: visible.institutions.length }),
          // With the analysis on the map its legend comes first; the institution kinds follow.
          legend: [...(coverage?.rows ?? []), ...(categories ?? []).filter((c) => present.has(c.name)).map((c) => ({ label: c.name, color: c.color }))],
          legendTitle: coverage?.title,
          attribution: osm ? `${ATTRIBUTION} · Hintergrund: © OpenStreetMap-Mitwirkende` : ATTRIBUTION,
        },
        a4 ? A4_300DPI : undefined,
      );
      downloadBlob(`${fileSlug(project?.name ?? 'karte')}-karte${a4 ? '-a4' : ''}.png`, blob);
      setState({ busy: false, message: t('mapImage.done') });
    } catch (e) {
      setState({ busy: false, message: t('errors.generic', { message: e instanceof Error ? e.message : String(e) }) });
    }
  };
  return (
    <div className="stack">
      <button type="button" disabled={state.busy} onClick={() => void save(false)}>{t('mapImage.screen')}</button>
      <button type="button" disabled={state.busy} onClick={() => void save(true)}>{t('mapImage.a4')}</button>
      {state.message && <p className="hint small" role="status">{state.message}</p>}
    </div>
  );
}
