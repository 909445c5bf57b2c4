import { useTranslation } from 'react-i18next';
import { DEMO_LOAD_STEPS, useDemoLoad } from '../../state/demoLoad';

/** "Beispieldaten werden geladen – Schritt 2 von 4: Einrichtungen erzeugen" with a bar, while the demo loads. */
export function DemoProgress() {
  const { t } = useTranslation();
  const step = useDemoLoad((s) => s.step);
  if (!step) return null;
  const n = DEMO_LOAD_STEPS.indexOf(step) + 1;
  return (
    <div className="demo-progress" role="status" data-testid="demo-progress">
      <p>{t('project.demoProgress', { n, total: DEMO_LOAD_STEPS.length, step: t(`project.demoStep.${step}`) })}</p>
      <progress value={n} max={DEMO_LOAD_STEPS.length} aria-label={t('project.demoLoading')} />
    </div>
  );
}
