import { useCallback, useEffect, useRef, useState } from 'react';
import { isQuotaError, QUOTA_MESSAGE, storageError } from '../../data/storageErrors';
import { useStorageAlert } from '../../state/storageAlert';
import * as Comlink from 'comlink';
import { startImportWorker } from '../../workers/importClient';
import { proposeMapping, type Mapping } from '../../data/import/mapping';
import type { CheckSummary, CommitOptions, ReadSummary } from '../../data/import/session';
import type { ProjectId } from '../../domain/ids';

export type WizardState =
  | { step: 'choose'; error?: string }
  | { step: 'reading'; progress: number; fileName: string }
  | { step: 'mapping'; read: Extract<ReadSummary, { ok: true }>; fileName: string; mapping: Mapping; checking: boolean; error?: string }
  | { step: 'checked'; read: Extract<ReadSummary, { ok: true }>; fileName: string; mapping: Mapping; check: CheckSummary; committing: boolean; error?: string }
  | { step: 'done'; written: number; merged: number };

/** The import wizard's state and steps; the parsing, checking and writing run in a worker. */
export function useImportWizard(projectId: ProjectId | null) {
  const [state, setState] = useState<WizardState>({ step: 'choose' });
  const worker = useRef<ReturnType<typeof startImportWorker> | null>(null);
  const api = () => (worker.current ??= startImportWorker()).api;
  useEffect(() => () => worker.current?.release(), []);

  const chooseFile = useCallback(async (file: File) => {
    setState({ step: 'reading', progress: 0, fileName: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const onProgress = Comlink.proxy((progress: number) => setState((s) => (s.step === 'reading' ? { ...s, progress } : s)));
      const read = await api().read(file.name, Comlink.transfer(bytes, [bytes.buffer]), onProgress);
      if (!read.ok) return setState({ step: 'choose', error: read.message });
      setState({ step: 'mapping', read, fileName: file.name, mapping: proposeMapping(read.headers), checking: false });
    } catch (e) {
      setState({ step: 'choose', error: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  const setMapping = useCallback((mapping: Mapping) => {
    setState((s) => (s.step === 'mapping' || s.step === 'checked' ? { step: 'mapping', read: s.read, fileName: s.fileName, mapping, checking: false } : s));
  }, []);

  const check = useCallback(async () => {
    if (state.step !== 'mapping' || !projectId) return;
    const { read, fileName, mapping } = state;
    setState({ ...state, checking: true, error: undefined });
    try {
      const summary = await api().check(projectId, mapping, `Import ${fileName}`);
      setState({ step: 'checked', read, fileName, mapping, check: summary, committing: false });
    } catch (e) {
      setState({ ...state, checking: false, error: e instanceof Error ? e.message : String(e) });
    }
  }, [state, projectId]);

  const commit = useCallback(async (options: CommitOptions) => {
    if (state.step !== 'checked' || !projectId) return;
    setState({ ...state, committing: true, error: undefined });
    try {
      const { written, merged } = await api().commit(projectId, options);
      setState({ step: 'done', written, merged });
    } catch (e) {
      // Nothing of the import was written (one transaction); a full disk is also shown above everything.
      if (isQuotaError(e)) useStorageAlert.getState().show(QUOTA_MESSAGE);
      setState({ ...state, committing: false, error: storageError(e).message });
    }
  }, [state, projectId]);

  const reset = useCallback(() => setState({ step: 'choose' }), []);
  return { state, chooseFile, setMapping, check, commit, reset, api };
}
