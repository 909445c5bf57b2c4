import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AREA_ID } from '../../domain/areas';
import { AreaSelect } from './AreaSelect';
import { useUi } from '../../state/store';
import { newProject } from '../../data/actions';
import { useAsyncAction } from '../common/useAsyncAction';
import { DemoProgress } from './DemoProgress';
import { useLoadDemo } from './useLoadDemo';

/** First start: offers the fictional demo, an empty project, or an import. */
export function Welcome() {
  const { t } = useTranslation();
  const setActive = useUi((s) => s.setActiveProject);
  const setImportOpen = useUi((s) => s.setImportOpen);
  const demo = useLoadDemo();
  // The planning area of a new empty project (the demo is always Thuringia).
  const [area, setArea] = useState(DEFAULT_AREA_ID);
  const empty = useAsyncAction(async () => setActive(await newProject(t('project.defaultName'), area)));
  const importList = async () => {
    setActive(await newProject(t('project.defaultName'), area));
    setImportOpen(true);
  };
  return (
    <section className="card welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{t('welcome.title')}</h2>
      <p>{t('welcome.text')}</p>
      <div className="stack">
        <button type="button" className="primary" onClick={() => void demo.run()} disabled={demo.busy}>
          {demo.busy ? t('project.demoLoading') : t('welcome.demo')}
        </button>
        <AreaSelect value={area} onChange={setArea} />
        <button type="button" onClick={() => void empty.run()} disabled={empty.busy}>
          {t('welcome.empty')}
        </button>
        <button type="button" onClick={() => void importList()}>
          {t('welcome.import')}
        </button>
      </div>
      <DemoProgress />
      {(demo.error || empty.error) && <p role="alert">{t('errors.generic', { message: demo.error ?? empty.error })}</p>}
    </section>
  );
}
