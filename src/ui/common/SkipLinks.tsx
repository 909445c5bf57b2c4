import { useTranslation } from 'react-i18next';

/** Focuses the first element matching the selector; false when there is none. */
function focusFirst(selector: string): boolean {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return false;
  el.focus();
  return true;
}

/**
 * Links at the very start of the tab order, shown when focused: to the map's search, to the map
 * (its keyboard-operable canvas) and to the side panel.
 */
export function SkipLinks() {
  const { t } = useTranslation();
  const jump = (selector: string) => (e: React.MouseEvent) => {
    if (focusFirst(selector)) e.preventDefault();
  };
  return (
    <nav className="skip-links" aria-label={t('app.skipLinks')}>
      <a className="skip-link" href="#map-search" onClick={jump('.search-box input')}>{t('app.skipToSearch')}</a>
      <a className="skip-link" href="#map" onClick={jump('.maplibregl-canvas')}>{t('app.skipToMap')}</a>
      <a className="skip-link" href="#panel" onClick={jump('#panel')}>{t('app.skipToPanel')}</a>
    </nav>
  );
}
