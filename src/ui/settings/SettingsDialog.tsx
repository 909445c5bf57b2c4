import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../common/useModalDialog';
import { useUi } from '../../state/store';

/** Settings in a modal dialog; holds the switch for the only online feature (OSM tiles). */
export function SettingsDialog() {
  const { t } = useTranslation();
  const open = useUi((s) => s.settingsOpen);
  const setOpen = useUi((s) => s.setSettingsOpen);
  const osm = useUi((s) => s.osmBasemap);
  const setOsm = useUi((s) => s.setOsmBasemap);
  const ref = useModalDialog(open);

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="settings-title" onClose={() => setOpen(false)}>
      <h2 id="settings-title">{t('settings.title')}</h2>
      <label className="switch">
        <input type="checkbox" checked={osm} onChange={(e) => setOsm(e.target.checked)} aria-describedby="osm-hint" />
        <span>{t('settings.osm')}</span>
      </label>
      <p id="osm-hint" className="hint">
        {t('settings.osmHint')}
      </p>
      <button type="button" onClick={() => setOpen(false)}>
        {t('settings.close')}
      </button>
    </dialog>
  );
}
