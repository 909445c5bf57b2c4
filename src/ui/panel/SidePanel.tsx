import { useTranslation } from 'react-i18next';
import { useUi } from '../../app/store';
import { BOUNDARY_VINTAGE } from '../../data/geography';
import { KreisTable } from './KreisTable';
import { SelectionCard } from './SelectionCard';
import { useKreise } from './useKreise';

/** The side panel: selection details, the Kreis table, data notes. */
export function SidePanel() {
  const { t } = useTranslation();
  const kreis = useUi((s) => s.selectedKreis);
  const gemeinde = useUi((s) => s.selectedGemeinde);
  const clear = useUi((s) => s.clearSelection);
  const selectKreis = useUi((s) => s.selectKreis);
  const osm = useUi((s) => s.osmBasemap);
  const { kreise, error } = useKreise();
  return (
    <aside className="panel" id="panel" tabIndex={-1} aria-label={t('panel.label')}>
      {osm && (
        <p className="online-warning" role="status">
          {t('settings.osmOn')}
        </p>
      )}
      <SelectionCard kreis={kreis} gemeinde={gemeinde} onClear={clear} />
      {error && <p role="alert">{error}</p>}
      <KreisTable kreise={kreise} selected={kreis?.ags ?? null} onSelect={selectKreis} />
      <p className="hint small">{t('map.vintage', { vintage: BOUNDARY_VINTAGE })}</p>
      <p className="hint small">{osm ? t('settings.osmOn') : t('app.offlineNote')}</p>
    </aside>
  );
}
