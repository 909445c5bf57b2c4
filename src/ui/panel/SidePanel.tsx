import { useTranslation } from 'react-i18next';
import { useUi, type PanelTab } from '../../app/store';
import { BOUNDARY_VINTAGE } from '../../data/geography';
import { InstitutionsTab } from '../institutions/InstitutionsTab';
import { KreisTable } from './KreisTable';
import { SelectionCard } from './SelectionCard';
import { useKreise } from './useKreise';

const TABS: PanelTab[] = ['institutions', 'areas'];

/** The side panel: institutions of the project, or areas (selection and Kreis table). */
export function SidePanel() {
  const { t } = useTranslation();
  const tab = useUi((s) => s.panelTab);
  const setTab = useUi((s) => s.setPanelTab);
  const osm = useUi((s) => s.osmBasemap);
  return (
    <aside className="panel" id="panel" tabIndex={-1} aria-label={t('panel.label')}>
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
        {tab === 'institutions' ? <InstitutionsTab /> : <AreasTab />}
      </div>
      <p className="hint small">{t('map.vintage', { vintage: BOUNDARY_VINTAGE })}</p>
      <p className="hint small">{osm ? t('settings.osmOn') : t('app.offlineNote')}</p>
    </aside>
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
