import { useTranslation } from 'react-i18next';

/** The end of an edit form: its error (if any), Cancel and Save. */
export function FormActions({ error, onCancel }: { error: string | null; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {error && (
        <p role="alert" className="error-block">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('edit.save')}
        </button>
      </div>
    </>
  );
}
