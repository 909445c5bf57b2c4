import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea } from '../projects/useArea';
import { formatInteger } from '../../domain/format';
import { coverageWorker } from '../../workers/coverageClient';
import { useAsyncAction } from '../common/useAsyncAction';
import { useCoverageAnalysis } from './coverageAnalysis';
import { gemeindeStandOf } from '../../domain/areas';

type Report = { label: string; rows: number; total: number; unmatched: string[]; missing: number; skipped: { row: number; reason: string }[]; translated: [string, string][] };

/** Population of the places (default) or an imported statistics table per Gemeinde as the demand. */
export function DemandSource() {
  const { t } = useTranslation();
  const { demandVersion, setDemandVersion } = useCoverageAnalysis();
  const areaId = useArea().id;
  // A statistics table belongs to the area it was loaded for (the worker drops it on a change).
  const [loadedReport, setReport] = useState<(Report & { area: string }) | null>(null);
  const report = loadedReport?.area === areaId ? loadedReport : null;
  const [message, setMessage] = useState<string | null>(null);
  const load = useAsyncAction(async (file: File) => {
    setMessage(null);
    const r = await coverageWorker().useStatistics(areaId, new Uint8Array(await file.arrayBuffer()), file.name);
    if (!r.ok) {
      setMessage(r.message);
      return;
    }
    setReport({ area: areaId, label: `${file.name}: ${r.valueColumn}`, rows: r.rows, total: r.total, unmatched: r.unmatched, missing: r.missing, skipped: r.skipped, translated: r.translated });
    setDemandVersion(demandVersion + 1);
  });
  const reset = useAsyncAction(async () => {
    await coverageWorker().usePopulation(areaId);
    setReport(null);
    setDemandVersion(demandVersion + 1);
  });
  return (
    <section aria-labelledby="coverage-demand">
      <h4 id="coverage-demand">{t('coverage.demand')}</h4>
      <p className="small">{report ? t('coverage.demandTable', { label: report.label, total: formatInteger(report.total) }) : t('coverage.demandPlaces')}</p>
      <label className="field">
        <span>{t('coverage.demandImport')}</span>
        <input type="file" accept=".csv,.txt,text/csv" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void load.run(f); }} />
      </label>
      {(message ?? load.error) && <p role="alert" className="error-block">{message ?? load.error}</p>}
      {report && (
        <div role="status" data-testid="demand-report" className="small">
          <p>{t('coverage.demandReport', { rows: report.rows, missing: report.missing })}</p>
          {report.unmatched.length > 0 && <p className="error-inline">{t('coverage.demandUnmatched', { count: report.unmatched.length, keys: report.unmatched.slice(0, 10).join(', ') })}</p>}
          {report.translated.length > 0 && <p data-testid="demand-translated">{t('coverage.demandTranslated', { count: report.translated.length, stand: gemeindeStandOf(areaId).split('-').reverse().join('.'), examples: report.translated.slice(0, 5).map(([a, b]) => `${a} → ${b}`).join(', ') })}</p>}
          {report.skipped.length > 0 && <p>{t('coverage.demandSkipped', { count: report.skipped.length, first: `${report.skipped[0].row}: ${report.skipped[0].reason}` })}</p>}
          <button type="button" onClick={() => void reset.run()}>{t('coverage.demandReset')}</button>
        </div>
      )}
    </section>
  );
}
