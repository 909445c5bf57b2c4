import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useUi, type PanelTab } from '../../state/store';
import { BOUNDARY_VINTAGE, BOUNDARY_VINTAGE_OTHER } from '../../data/geography';
import { DEFAULT_AREA_ID } from '../../domain/areas';
import { loadSection } from '../../i18n';
import { useArea } from '../projects/useArea';
import { InstitutionsTab } from '../institutions/InstitutionsTab';
import { KreisTable } from './KreisTable';
import { SelectionCard } from './SelectionCard';
import { useKreise } from './useKreise';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { PanelResizer, usePanelWidth } from './PanelResizer';
import { PANEL_DEFAULT, PANEL_WIDE } from './panelWidth';

const TABS: PanelTab[] = ['institutions', 'network', 'coverage', 'areas'];
// The coverage view (and its worker) load when a planner opens it.
// The coverage texts travel with its chunk (i18n sections), not with the first page.
const CoverageTab = lazy(() => Promise.all([import('../coverage/CoverageTab'), loadSection('coverage')]).then(([m]) => m));
const NetworkTab = lazy(() => import('../network/NetworkTab'));
// The wizard (and its worker) load only when a user opens it.
const ImportPanel = lazy(() => import('../import/ImportPanel'));
const ViewsPanel = lazy(() => import('../views/ViewsPanel'));

/** The side panel: institutions of the project, or areas (selection and Kreis table); its width can be changed. */
export function SidePanel() {
  const { t } = useTranslation();
  const tab = useUi((s) => s.panelTab);
  const importOpen = useUi((s) => s.importOpen);
  const viewsOpen = useUi((s) => s.viewsOpen);
  const wide = importOpen || (!viewsOpen && (tab === 'network' || tab === 'coverage'));
  const panel = usePanelWidth(wide ? PANEL_WIDE : PANEL_DEFAULT);
  return (
    <>
      <aside className={wide ? 'panel wide' : 'panel'} id="panel" tabIndex={-1} aria-label={t('panel.label')} style={{ width: panel.width }}>
        {importOpen ? (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <ImportPanel />
          </Suspense>
        ) : viewsOpen ? (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <ViewsPanel />
          </Suspense>
        ) : (
          <PanelTabs />
        )}
      </aside>
      <PanelResizer {...panel} />
    </>
  );
}

/** The tabs of the panel and the open one. */
function PanelTabs() {
  const { t } = useTranslation();
  const area = useArea();
  const tab = useUi((s) => s.panelTab);
  const setTab = useUi((s) => s.setPanelTab);
  const osm = useUi((s) => s.osmBasemap);
  return (
    <>
      {osm && (
        <p className="online-warning" role="status">
          {t('settings.osmOn')}
        </p>
      )}
      <div role="tablist" aria-label={t('tabs.label')} className="tabs">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`tabpanel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                const next = TABS[(TABS.indexOf(id) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
                setTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`tabpanel-${tab}`} aria-labelledby={`tab-${tab}`}>
        <ErrorBoundary key={tab} area={t(`tabs.${tab}`)}>
        {tab === 'institutions' ? (
          <InstitutionsTab />
        ) : tab === 'network' ? (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <NetworkTab />
          </Suspense>
        ) : tab === 'coverage' ? (
          <Suspense fallback={<p>{t('app.loading')}</p>}>
            <CoverageTab />
          </Suspense>
        ) : (
          <AreasTab />
        )}
        </ErrorBoundary>
      </div>
      <p className="hint small">{t('map.vintage', { vintage: area.id === DEFAULT_AREA_ID ? BOUNDARY_VINTAGE : BOUNDARY_VINTAGE_OTHER })}</p>
      <p className="hint small">{osm ? t('settings.osmOn') : t('app.offlineNote')}</p>
    </>
  );
}

function AreasTab() {
  const kreis = useUi((s) => s.selectedKreis);
  const gemeinde = useUi((s) => s.selectedGemeinde);
  const clear = useUi((s) => s.clearSelection);
  const selectKreis = useUi((s) => s.selectKreis);
  const { kreise, error } = useKreise();
  return (
    <>
      <SelectionCard kreis={kreis} gemeinde={gemeinde} onClear={clear} />
      {error && <p role="alert">{error}</p>}
      <KreisTable kreise={kreise} selected={kreis?.ags ?? null} onSelect={selectKreis} />
    </>
  );
}
