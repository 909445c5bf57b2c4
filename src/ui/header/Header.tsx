import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../../i18n';
import { useUi } from '../../state/store';
import { ProjectBar } from '../projects/ProjectBar';
import { UndoRedo } from './UndoRedo';

/** Product name, language switch, and the slot for import/export, views and settings. */
export function Header() {
  const { t, i18n } = useTranslation();
  const setSettingsOpen = useUi((s) => s.setSettingsOpen);
  const viewsOpen = useUi((s) => s.viewsOpen);
  const setViewsOpen = useUi((s) => s.setViewsOpen);
  return (
    <header className="header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <span className="subtitle">{t('app.subtitle')}</span>
      </div>
      <ProjectBar />
      <UndoRedo />
      <div className="header-actions">
        <button type="button" aria-pressed={viewsOpen} onClick={() => setViewsOpen(!viewsOpen)}>
          {t('views.open')}
        </button>
        <label className="lang">
          <span>{t('header.language')}</span>
          <select value={i18n.resolvedLanguage} onChange={(e) => void setLanguage(e.target.value)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setSettingsOpen(true)}>
          {t('header.settings')}
        </button>
      </div>
    </header>
  );
}
