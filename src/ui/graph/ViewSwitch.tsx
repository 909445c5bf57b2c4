import { useTranslation } from 'react-i18next';
import { useUi, type MainView } from '../../state/store';

const VIEWS: MainView[] = ['map', 'graph', 'split'];

/** Map, graph, or both side by side. */
export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useUi((s) => s.view);
  const setView = useUi((s) => s.setView);
  return (
    <div className="view-switch" role="group" aria-label={t('graph.view')}>
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)}>
          {t(`graph.views.${v}`)}
        </button>
      ))}
    </div>
  );
}
