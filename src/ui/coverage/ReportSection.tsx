import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea } from '../projects/useArea';
import type { CoverageResult } from '../../analysis/coverage/analysis';
import { useCoverage } from '../../state/coverageStore';
import type { KreisSummary } from '../../domain/area';
import { mapSnapshot } from '../../map/mapSnapshot';
import { downloadBlob, fileSlug } from '../common/download';
import { useAsyncAction } from '../common/useAsyncAction';
import { useProjectData } from '../projectData';
import { useActiveProject } from '../projects/useActiveProject';

declare global {
  interface Window {
    /** Milliseconds the last report took from click to download (benchmark). */
    __reportMs?: number;
  }
}

/** The select's value for the whole planning area (Kreis keys have 5 digits). */
const LAND = 'gebiet';
type Box = [number, number, number, number];

/** The box around all Kreise (the Land). */
const unionBox = (kreise: readonly KreisSummary[]): Box =>
  kreise.reduce<Box>((b, k) => [Math.min(b[0], k.bbox[0]), Math.min(b[1], k.bbox[1]), Math.max(b[2], k.bbox[2]), Math.max(b[3], k.bbox[3])], [180, 90, -180, -90]);

/**
 * "Bericht als PDF": for the Land or one Kreis, a map of the area as it is drawn now (with
 * the coverage layer of this tab: its institutions and gaps), the key figures and the table
 * of its institutions. jsPDF loads on first use.
 */
export function ReportSection({ base, kreise }: { base: CoverageResult; kreise: KreisSummary[] }) {
  const { t } = useTranslation();
  const { project } = useActiveProject();
  const { institutions, partnerships, categories } = useProjectData();
  const mainKm = useCoverage((s) => s.settings.mainKm);
  const measure = useCoverage((s) => s.settings.measure);
  const planningArea = useArea();
  const [key, setKey] = useState(LAND);
  const [done, setDone] = useState<string | null>(null);
  const sorted = useMemo(() => [...kreise].sort((a, b) => a.name.localeCompare(b.name, 'de')), [kreise]);
  const action = useAsyncAction(async () => {
    setDone(null);
    const started = performance.now();
    const kreis = kreise.find((k) => k.ags === key);
    const area = kreis ? { kind: 'kreis' as const, key, name: kreis.name } : { kind: 'land' as const, key: LAND, name: planningArea.name };
    const [{ buildReport, institutionsIn }, { areaNetwork }, { renderReportPdf }] = await Promise.all([
      import('../../data/report/model'),
      import('../../data/report/network'),
      import('../../data/report/pdf'),
    ]);
    const take = mapSnapshot.current;
    const snap = take ? await take(2, kreis ? kreis.bbox : unionBox(kreise)) : null;
    const all = institutions ?? [];
    const links = partnerships ?? [];
    const model = buildReport({
      area,
      projectName: project?.name ?? '',
      date: new Date(),
      institutions: all,
      partnerships: links,
      coverage: kreis ? base.kreise.find((k) => k.key === key) ?? null : base.land,
      coverageLimitKm: mainKm,
      counted: base.counted,
      measure,
      network: areaNetwork(institutionsIn(area, all), all, links),
      categories: categories ?? [],
    });
    const image = snap ? { dataUrl: snap.canvas.toDataURL('image/jpeg', 0.88), width: snap.canvas.width, height: snap.canvas.height } : null;
    const bytes = renderReportPdf(model, image);
    downloadBlob(`${fileSlug(project?.name ?? 'bericht')}-bericht-${fileSlug(area.name)}.pdf`, new Blob([bytes as BlobPart], { type: 'application/pdf' }));
    window.__reportMs = performance.now() - started;
    setDone(t('report.done', { name: area.name }));
  });
  return (
    <section className="card" aria-labelledby="report-title">
      <h3 id="report-title">{t('report.title')}</h3>
      <p className="hint small">{t('report.intro')}</p>
      <label className="field">
        <span>{t('report.area')}</span>
        <select value={key} onChange={(e) => setKey(e.target.value)}>
          <option value={LAND}>{t('report.land', { area: t(`areaNames.${planningArea.id}`) })}</option>
          {sorted.map((k) => <option key={k.ags} value={k.ags}>{k.name}</option>)}
        </select>
      </label>
      <button type="button" className="primary" onClick={() => void action.run()} disabled={action.busy}>
        {action.busy ? t('report.busy') : t('report.create')}
      </button>
      {action.error && <p role="alert" className="error-block">{action.error}</p>}
      {done && <p className="hint small" role="status">{done}</p>}
    </section>
  );
}
