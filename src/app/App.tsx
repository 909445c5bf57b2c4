import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapView } from '../map/MapView';
import { toInstitutionFeatures } from '../map/layers/institutions';
import { partnerGeometry } from '../map/layers/partnerLines';
import { networkGeometry } from '../map/layers/networkLines';
import { ProjectDataProvider, useProjectData } from '../ui/projectData';
import { Header } from '../ui/header/Header';
import { SidePanel } from '../ui/panel/SidePanel';
import { SettingsDialog } from '../ui/settings/SettingsDialog';
import { useUi } from '../state/store';
import { useMapClicks } from './useMapClicks';
import { MapModeBanner } from '../ui/MapModeBanner';
import { SearchBox } from '../ui/search/SearchBox';
import { NetworkAnalysisProvider } from '../ui/graph/networkAnalysis';
// The graph (toolbar, layouts, Cytoscape) loads when someone opens it.
const GraphPanel = lazy(() => import('../ui/graph/GraphPanel'));
import { ViewSwitch } from '../ui/graph/ViewSwitch';
import { SkipLinks } from '../ui/common/SkipLinks';
import { LineLegend } from '../ui/map/LineLegend';
import { CoverageAnalysisProvider } from '../ui/coverage/coverageAnalysis';
import { useCoverageMapData } from '../ui/coverage/useCoverageMapData';
// Presentation mode loads when it starts.
const Presentation = lazy(() => import('../ui/views/Presentation'));
import { useViewLink } from './useViewLink';
import { useGemeindeKeys } from './useGemeindeKeys';
import { useProjects } from '../data/hooks';
import { ErrorBoundary } from '../ui/common/ErrorBoundary';
import { getHistory } from '../ui/history';
import { LiveRegion } from '../ui/announce/LiveRegion';
import { UpdatePrompt } from '../ui/UpdatePrompt';
import { StorageAlert } from '../ui/StorageAlert';
import { useAnnouncements } from '../ui/announce/useAnnouncements';
import { useArea, useGeographyUrls, useRememberArea } from '../ui/projects/useArea';

/** App shell: header, side panel, map filling the rest. The only place that wires everything. */
export function App() {
  const projectId = useUi((s) => s.activeProjectId);
  // Undo steps belong to the project they were made in.
  useEffect(() => getHistory().clear(), [projectId]);
  return (
    <ProjectDataProvider projectId={projectId}>
      <NetworkAnalysisProvider>
        <CoverageAnalysisProvider>
          <Shell />
        </CoverageAnalysisProvider>
      </NetworkAnalysisProvider>
    </ProjectDataProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const ui = useUi();
  const { institutions, categories, visible } = useProjectData();
  const partners = useMemo(() => partnerGeometry(ui.selectedInstitution, visible.institutions, visible.partnerships), [ui.selectedInstitution, visible]);
  const network = useMemo(() => (ui.networkLines ? networkGeometry(visible.institutions, visible.partnerships) : null), [ui.networkLines, visible]);
  const coverage = useCoverageMapData();
  const projects = useProjects();
  const projectIds = useMemo(() => projects?.map((p) => p.id), [projects]);
  useViewLink(projectIds, institutions !== undefined);
  useGemeindeKeys(projects);
  useAnnouncements(institutions);
  const [mapError, setMapError] = useState<string | null>(null);
  const clicks = useMapClicks(institutions, setMapError);
  const area = useArea();
  useRememberArea(area);
  const urls = useGeographyUrls(area.id);
  const areaName = t(`areaNames.${area.id}`);
  const points = useMemo(() => toInstitutionFeatures(visible.institutions, categories ?? []), [visible, categories]);
  return (
    <div className={ui.presenting === null ? 'app' : 'app presenting'}>
      <SkipLinks />
      <Header />
      {/* The map, its search and the graph come before the panel in the tab order (the panel's long
          list would stand between them); CSS order keeps the panel on the left. */}
      <main className="main">
        <div className={`views view-${ui.view}`}>
        <section className="map-wrap" aria-label={t('map.ariaLabel', { area: areaName })}>
          <SearchBox />
          <ErrorBoundary area={t('map.ariaLabel', { area: areaName })}>
          {urls && <MapView
            key={area.id}
            area={area}
            urls={urls}
            ariaLabel={t('map.ariaLabel', { area: areaName })}
            institutions={points}
            institutionsComplete={visible.institutions.length === (institutions?.length ?? 0)}
            importPreview={ui.importPreview}
            partners={partners}
            networkLines={network}
            coverage={coverage}
            selectedInstitution={ui.selectedInstitution}
            placing={ui.mapMode.kind !== 'browse'}
            onClick={clicks.onClick}
            onMove={clicks.onMove}
            onCamera={ui.setCamera}
            osmBasemap={ui.osmBasemap}
            selectedKreis={ui.selectedKreis?.ags ?? null}
            selectedGemeinde={ui.selectedGemeinde?.ags ?? null}
            frame={ui.frame}
          />}
          </ErrorBoundary>
          <MapModeBanner />
          {ui.presenting === null && <LineLegend partnerships={network ? network.features.map((f) => f.properties) : partners.lines.features.map((f) => f.properties)} />}
          {ui.presenting !== null && (
            <Suspense fallback={null}>
              <Presentation />
            </Suspense>
          )}
          {mapError && (
            <p role="alert" className="map-banner error">
              {mapError}
            </p>
          )}
        </section>
        {ui.view !== 'map' && (
          <ErrorBoundary area={t('graph.title')}>
            <Suspense fallback={<p className="hint">{t('app.loading')}</p>}>
              <GraphPanel />
            </Suspense>
          </ErrorBoundary>
        )}
        <ViewSwitch />
        </div>
        <SidePanel />
      </main>
      <SettingsDialog />
      <LiveRegion />
      <UpdatePrompt />
      <StorageAlert />
    </div>
  );
}
