import { useEffect, useRef } from 'react';
import { decodeView, encodeView } from '../domain/view';
import { useCoverage } from '../state/coverageStore';
import { useUi } from '../state/store';
import { applyView, captureView } from '../state/views';

const KEY = 'ansicht=';

/**
 * Keeps the current view in the address (`#ansicht=…`, no records, see encodeView) and, on
 * load, reopens the view of a link once its project's data is there.
 */
export function useViewLink(projectIds: readonly string[] | undefined, dataReady: boolean): void {
  const pending = useRef(readHash());
  const { setActiveProject } = useUi.getState();

  useEffect(() => {
    const link = pending.current;
    if (!link || !projectIds) return;
    if (!projectIds.includes(link.projectId)) {
      pending.current = null;
      return;
    }
    if (useUi.getState().activeProjectId !== link.projectId) {
      setActiveProject(link.projectId as never);
      return;
    }
    if (!dataReady) return;
    pending.current = null;
    applyView(link.view);
  }, [projectIds, dataReady, setActiveProject]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const project = useUi.getState().activeProjectId;
        if (!project || pending.current) return;
        history.replaceState(null, '', `#${KEY}${encodeView(captureView(), project)}`);
      }, 400);
    };
    const a = useUi.subscribe(write);
    const b = useCoverage.subscribe(write);
    return () => {
      clearTimeout(timer);
      a();
      b();
    };
  }, []);
}

function readHash(): ReturnType<typeof decodeView> {
  const hash = typeof location === 'undefined' ? '' : location.hash.slice(1);
  return hash.startsWith(KEY) ? decodeView(hash.slice(KEY.length)) : null;
}
