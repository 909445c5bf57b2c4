import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MapView } from '../map/MapView';
import { toInstitutionFeatures } from '../map/layers/institutions';
import { ProjectDataProvider, useProjectData } from '../ui/projectData';
import { Header } from '../ui/header/Header';
import { SidePanel } from '../ui/panel/SidePanel';
import { SettingsDialog } from '../ui/settings/SettingsDialog';
import { useUi } from './store';

/** App shell: header, side panel, map filling the rest. The only place that wires everything. */
export function App() {
  const projectId = useUi((s) => s.activeProjectId);
  return (
    <ProjectDataProvider projectId={projectId}>
      <Shell />
    </ProjectDataProvider>
  );
}

function Shell() {
  const { t } = useTranslation();
  const ui = useUi();
  const { institutions, categories } = useProjectData();
  const points = useMemo(() => toInstitutionFeatures(institutions ?? [], categories ?? []), [institutions, categories]);
  return (
    <div className="app">
      <a className="skip-link" href="#panel">
        {t('app.skipToPanel')}
      </a>
      <Header />
      <main className="main">
        <SidePanel />
        <section className="map-wrap" aria-label={t('map.ariaLabel')}>
          <MapView
            ariaLabel={t('map.ariaLabel')}
            institutions={points}
            importPreview={ui.importPreview}
            selectedInstitution={ui.selectedInstitution}
            onSelectInstitution={ui.selectInstitution}
            osmBasemap={ui.osmBasemap}
            selectedKreis={ui.selectedKreis?.ags ?? null}
            selectedGemeinde={ui.selectedGemeinde?.ags ?? null}
            frame={ui.frame}
            onSelect={ui.selectAreas}
          />
        </section>
      </main>
      <SettingsDialog />
    </div>
  );
}
