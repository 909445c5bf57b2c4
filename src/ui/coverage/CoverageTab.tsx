import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useArea } from '../projects/useArea';
import { CoverageProgress } from './CoverageProgress';
import { COVERAGE_LAYERS, COVERAGE_MEASURES, useCoverage, type CoverageMeasure } from '../../state/coverageStore';
import { RoutedSettings } from '../routing/RoutedSettings';
import { RoutingDataSection } from '../routing/RoutingDataSection';
import { TravelBasisNote } from '../routing/TravelBasisNote';
import { coverageCsv, coverageSheet, underservedCsv, underservedSheet } from '../../data/export/coverageCsv';
import { downloadText, fileSlug } from '../common/download';
import { XlsxButton } from '../common/TableDownloads';
import { CheckList } from '../filters/CheckList';
import { useKreise } from '../panel/useKreise';
import { useProjectData } from '../projectData';
import { useActiveProject } from '../projects/useActiveProject';
import { useCoverageAnalysis } from './coverageAnalysis';
import { CoverageSummary } from './CoverageSummary';
import { DemandSource } from './DemandSource';
import { KreisCoverageTable } from './KreisCoverageTable';
import { Suggestions } from './Suggestions';
import { UnderservedList } from './UnderservedList';
import { WhatIf } from './WhatIf';
import { facilitiesOf } from './requests';
import { ThresholdsField } from './ThresholdsField';
import { TravelSettingsForm } from '../institutions/TravelSettingsForm';
import { ReportSection } from './ReportSection';
import { MethodText } from './MethodText';
import { TARGET_GROUPS, type TargetGroup } from '../../analysis/demand/cells';
import { hasCensusDemand } from '../../data/geography';
import { NetworkGapsSection } from './NetworkGapsSection';
import { FocusField } from './FocusField';

const CSV = 'text/csv;charset=utf-8';

/** Coverage and gaps: settings, figures for the Land and each Kreis, underserved places, what-if, suggestions. */
export default function CoverageTab() {
  const { t } = useTranslation();
  const { institutions, categories } = useProjectData();
  const { project } = useActiveProject();
  const settings = useCoverage((s) => s.settings);
  const setSettings = useCoverage((s) => s.setSettings);
  const setActive = useCoverage((s) => s.setActive);
  const { base, scenario, busy, cancelled, error, ms } = useCoverageAnalysis();
  const { kreise } = useKreise();
  const area = useArea();
  useEffect(() => {
    setActive(true);
    return () => setActive(false);
  }, [setActive]);
  const facilities = useMemo(() => facilitiesOf(institutions ?? [], settings.categories), [institutions, settings.categories]);
  const kreisName = (key: string) => kreise.find((k) => k.ags === key)?.name ?? key;
  const focus = settings.focus && kreise.some((k) => k.ags === settings.focus) ? { key: settings.focus, name: kreisName(settings.focus) } : null;
  const shown = scenario ?? base;
  const routed = settings.measure === 'routed';
  const slug = fileSlug(project?.name ?? 'versorgung');
  return (
    <div className="coverage-tab" aria-busy={busy}>
      <p className="hint small">{t(settings.measure === 'routed' ? 'routing.coverageIntro' : 'coverage.intro')}</p>
      <details className="filter-details" open>
        <summary>{t('coverage.settings')}</summary>
        <FocusField kreise={kreise} />
        <CheckList legend={t('coverage.facilityKinds')} options={(categories ?? []).map((c) => ({ value: c.name, label: c.name, color: c.color }))} chosen={settings.categories} onChange={(v) => setSettings({ categories: v })} />
        <label className="field">
          <span>{t('coverage.measure')}</span>
          <select value={settings.measure} onChange={(e) => setSettings({ measure: e.target.value as CoverageMeasure })} data-testid="coverage-measure">
            {COVERAGE_MEASURES.map((m) => <option key={m} value={m}>{t(`coverage.measures.${m}`)}</option>)}
          </select>
        </label>
        {routed ? (
          <RoutedSettings />
        ) : (
          <label className="field">
            <span>{t('coverage.mainKm')}</span>
            <input type="number" min={1} max={100} step={1} value={settings.mainKm} onChange={(e) => { const v = Number(e.target.value); if (v >= 1 && v <= 100) setSettings({ mainKm: v, thresholdsKm: [...new Set([...settings.thresholdsKm, v])].sort((a, b) => a - b) }); }} />
          </label>
        )}
        {hasCensusDemand(area.id) && (
          <label className="field">
            <span>{t('coverage.target')}</span>
            <select value={settings.target} onChange={(e) => setSettings({ target: e.target.value as TargetGroup })} data-testid="coverage-target">
              {TARGET_GROUPS.map((g) => <option key={g} value={g}>{t(`coverage.targets.${g}`)}</option>)}
            </select>
          </label>
        )}
        {!routed && <ThresholdsField />}
        {settings.measure === 'time' && <TravelSettingsForm />}
        <fieldset className="checklist">
          <legend>{t('coverage.layer')}</legend>
          {COVERAGE_LAYERS.map((l) => (
            <label key={l} className="check">
              <input type="radio" name="coverage-layer" checked={settings.layer === l} onChange={() => setSettings({ layer: l })} />
              {t(`coverage.layers.${l}`)}
            </label>
          ))}
        </fieldset>
        <DemandSource />
      </details>
      {routed && <RoutingDataSection />}
      {error && <p role="alert" className="error-block">{error}</p>}
      <CoverageProgress />
      {!shown ? (
        !busy && !cancelled && <p className="hint" role="status">{t('coverage.computing')}</p>
      ) : (
        <>
          {facilities.length === 0 && <p className="error-inline">{t('coverage.noFacilities')}</p>}
          {shown.travel && <TravelBasisNote travel={shown.travel} compact />}
          <CoverageSummary base={base!} scenario={scenario} focus={focus} />
          <MethodText counted={shown.counted} travel={shown.travel} />
          <KreisCoverageTable base={base!} scenario={scenario} kreise={kreise} focus={focus?.key ?? null} />
          <div className="actions">
            <button type="button" onClick={() => downloadText(`${slug}-versorgung-kreise.csv`, coverageCsv(shown, kreisName, area.name), CSV)}>{t('coverage.csvKreise')}</button>
            <button type="button" onClick={() => downloadText(`${slug}-unterversorgte-orte.csv`, underservedCsv(shown, kreisName), CSV)}>{t('coverage.csvUnderserved')}</button>
            <XlsxButton className="" fileName={`${slug}-versorgung-kreise.xlsx`} tables={() => coverageSheet(shown, kreisName, area.name, { projectName: project?.name })} label={t('coverage.xlsxKreise')} />
            <XlsxButton className="" fileName={`${slug}-unterversorgte-orte.xlsx`} tables={() => underservedSheet(shown, kreisName, { projectName: project?.name })} label={t('coverage.xlsxUnderserved')} />
          </div>
          <UnderservedList result={shown} kreise={kreise} focus={focus?.key ?? null} />
          <NetworkGapsSection kreise={kreise} focus={focus} />
          <ReportSection base={base!} kreise={kreise} />
          <WhatIf facilities={facilities} />
          <Suggestions facilities={facilities} institutions={institutions ?? []} categories={(categories ?? []).map((c) => c.name)} focusName={focus?.name ?? null} />
          {ms !== null && <p className="hint small">{t('coverage.timing', { ms: Math.round(ms) })}</p>}
        </>
      )}
    </div>
  );
}
