import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../common/useModalDialog';
import { useUi } from '../../app/store';
import { newProject } from '../../data/actions';

/** Asks for a name and creates an empty project with the default categories. */
export function NewProjectDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const setActive = useUi((s) => s.setActiveProject);
  const [name, setName] = useState('');
  const ref = useModalDialog(open);
  const submit = async () => {
    const id = await newProject(name.trim() || t('project.defaultName'));
    setActive(id);
    setName('');
    onClose();
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="new-project-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id="new-project-title">{t('project.new')}</h2>
        <label className="field">
          <span>{t('project.newName')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('project.defaultName')} autoFocus />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('project.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('project.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
