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
import { useCoverageAnalysis } from './coverageAnalysis';
import { useNetworkGaps } from './networkGapsAnalysis';
import { useCoverageLegend } from './useCoverageLegend';
import { kreisOf } from '../../domain/filter';
import { loadGeographyUrls, loadKreisRings } from '../../data/geography';

declare global {
  interface Window {
    /** Milliseconds the last report took from click to download (benchmark). */
    __reportMs?: number;
    /** Of those, the map snapshot (framing and drawing the map: GPU work) and the map picture (composing, JPEG). */
    __reportSteps?: { snapshotMs: number; pictureMs: number };
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
  const { scenario } = useCoverageAnalysis();
  const gaps = useNetworkGaps().result;
  const legend = useCoverageLegend();
  const scenarioName = useCoverage((s) => s.scenarioName);
  const focus = useCoverage((s) => s.settings.focus);
  const kinds = useCoverage((s) => s.settings.categories);
  const { t } = useTranslation();
  const { project } = useActiveProject();
  const { institutions, partnerships, categories } = useProjectData();
  const measure = useCoverage((s) => s.settings.measure);
  const planningArea = useArea();
  const [chosen, setKey] = useState<string | null>(null);
  // The focus Kreis is the report's area until the user picks another.
  const key = chosen ?? (focus && kreise.some((k) => k.ags === focus) ? focus : LAND);
  const [done, setDone] = useState<string | null>(null);
  const sorted = useMemo(() => [...kreise].sort((a, b) => a.name.localeCompare(b.name, 'de')), [kreise]);
  const action = useAsyncAction(async (format: 'pdf' | 'docx') => {
    setDone(null);
    const started = performance.now();
    const kreis = kreise.find((k) => k.ags === key);
    const area = kreis ? { kind: 'kreis' as const, key, name: kreis.name } : { kind: 'land' as const, key: LAND, name: planningArea.name };
    const [{ buildReport, institutionsIn }, { areaNetwork }, { reportAnalysis }, { renderReportPdf }, { composeMapDataUrl }] = await Promise.all([
      import('../../data/report/model'),
      import('../../data/report/network'),
      import('../../data/report/inputs'),
      import('../../data/report/pdf'),
      import('../export/mapImage'),
    ]);
    const all = institutions ?? [];
    const links = partnerships ?? [];
    const byId = new Map(all.map((i) => [i.id as string, i]));
    const t0 = performance.now();
    const [snap, rings] = await Promise.all([
      mapSnapshot.current?.(2, kreis ? kreis.bbox : unionBox(kreise), { labelsOnTop: true }) ?? null,
      kreis ? loadGeographyUrls(planningArea.id).then((urls) => loadKreisRings(urls, kreis.ags)).catch(() => []) : Promise.resolve([]),
    ]);
    const t1 = performance.now();
    const analysis = reportAnalysis({ areaKey: kreis ? key : null, base, scenario, scenarioName: scenarioName ?? t('report.unsavedScenario'), gaps, centreKreis: (id) => kreisOf(byId.get(id) ?? { ags: '' }) });
    const model = buildReport({
      area,
      projectName: project?.name ?? '',
      date: new Date(),
      institutions: all,
      partnerships: links,
      ...analysis,
      // The run's own limit: km of straight line, or minutes in a run by travel time.
      coverageLimitKm: base.mainKm,
      counted: base.counted,
      measure,
      unit: base.unit,
      travel: base.travel,
      network: areaNetwork(institutionsIn(area, all), all, links),
      categories: categories ?? [],
      facilityKinds: kinds,
    });
    const present = new Set(institutionsIn(area, all).map((i) => i.category));
    const image = snap ? await composeMapDataUrl(snap, {
      title: area.name,
      subtitle: model.scenarioName ? `Szenario: ${model.scenarioName}` : t('report.mapSubtitle', { date: new Date().toLocaleDateString('de-DE') }),
      legend: [...(legend?.rows ?? []), ...(categories ?? []).filter((c) => present.has(c.name)).map((c) => ({ label: c.name, color: c.color }))],
      legendTitle: legend?.title,
      // The full credits stand right under the map in the report.
      attribution: t('report.mapCredits'),
      outline: rings.length > 0 ? { rings, name: area.name } : undefined,
      legendBeside: true,
    }) : null;
    const t2 = performance.now();
    window.__reportSteps = { snapshotMs: t1 - t0, pictureMs: t2 - t1 };
    const bytes = format === 'docx' ? await (await import('../../data/report/docx')).renderReportDocx(model, image) : renderReportPdf(model, image);
    const mime = format === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/pdf';
    downloadBlob(`${fileSlug(project?.name ?? 'bericht')}-bericht-${fileSlug(area.name)}.${format}`, new Blob([bytes as BlobPart], { type: mime }));
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
      {scenario && <p className="hint small" data-testid="report-scenario">{t('report.withScenario', { name: scenarioName ?? t('report.unsavedScenario') })}</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={() => void action.run('pdf')} disabled={action.busy}>
          {action.busy ? t('report.busy') : t('report.create')}
        </button>
        <button type="button" onClick={() => void action.run('docx')} disabled={action.busy}>
          {t('report.createDocx')}
        </button>
      </div>
      {action.error && <p role="alert" className="error-block">{action.error}</p>}
      {done && <p className="hint small" role="status">{done}</p>}
    </section>
  );
}
