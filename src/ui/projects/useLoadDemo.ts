import { loadDemoProject } from '../../data/actions';
import { useDemoLoad } from '../../state/demoLoad';
import { useUi } from '../../state/store';
import { useAsyncAction } from '../common/useAsyncAction';

/**
 * Loads the demo project and opens it, telling each step to useDemoLoad; the step stays at
 * 'open' until the panel has the new project's institutions (InstitutionsTab clears it).
 */
export function useLoadDemo() {
  const setActive = useUi((s) => s.setActiveProject);
  const setStep = useDemoLoad((s) => s.setStep);
  return useAsyncAction(async () => {
    try {
      // Each step is painted before its work starts (generating blocks the page for ≈ 0.1 s).
      const id = await loadDemoProject((step) => {
        setStep(step);
        return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      });
      setStep('open', id);
      setActive(id);
    } catch (e) {
      setStep(null);
      throw e;
    }
  });
}
