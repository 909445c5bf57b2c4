import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useModalDialog } from '../common/useModalDialog';
import { useUi } from '../../state/store';
import { newProject } from '../../data/actions';
import { DEFAULT_AREA_ID } from '../../domain/areas';
import { AreaSelect } from './AreaSelect';

/** Asks for a name and creates an empty project with the default categories. */
export function NewProjectDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const setActive = useUi((s) => s.setActiveProject);
  const [name, setName] = useState('');
  const [area, setArea] = useState(DEFAULT_AREA_ID);
  const ref = useModalDialog(open);
  const submit = async () => {
    const id = await newProject(name.trim() || t('project.defaultName'), area);
    setActive(id);
    setName('');
    setArea(DEFAULT_AREA_ID);
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
        <AreaSelect value={area} onChange={setArea} />
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
