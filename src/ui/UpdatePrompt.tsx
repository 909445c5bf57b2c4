import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { startServiceWorker, usePwa } from '../state/pwa';

/** Starts the offline app once the map is drawn, and asks before a new version takes over. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { needRefresh, offlineReady, update, dismiss } = usePwa();
  useEffect(() => {
    const timer = setInterval(() => {
      if (window.__mapReadyAt === undefined) return;
      clearInterval(timer);
      void startServiceWorker();
    }, 500);
    return () => clearInterval(timer);
  }, []);
  if (!needRefresh && !offlineReady) return null;
  return (
    <div className="update-prompt" role={needRefresh ? 'alertdialog' : 'status'} aria-labelledby="update-text" data-testid="update-prompt">
      <p id="update-text">{needRefresh ? t('pwa.needRefresh') : t('pwa.offlineReady')}</p>
      {needRefresh && <button type="button" className="primary" onClick={update}>{t('pwa.update')}</button>}
      <button type="button" onClick={dismiss}>{needRefresh ? t('pwa.later') : t('pwa.close')}</button>
    </div>
  );
}
