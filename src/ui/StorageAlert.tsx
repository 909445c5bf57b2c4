import { useTranslation } from 'react-i18next';
import { useStorageAlert } from '../state/storageAlert';
import { ExportProjectButton } from './common/ExportProjectButton';

/** A full disk or another storage failure: the message, saving the project as a file, closing. */
export function StorageAlert() {
  const { t } = useTranslation();
  const { message, clear } = useStorageAlert();
  if (!message) return null;
  return (
    <div className="storage-alert" role="alert" data-testid="storage-alert">
      <p>{message}</p>
      <ExportProjectButton />
      <button type="button" onClick={clear}>{t('pwa.close')}</button>
    </div>
  );
}
