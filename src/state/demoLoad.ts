import { create } from 'zustand';
import type { ProjectId } from '../domain/ids';

/** The steps of loading the demo (data/demo/loadDemo.ts DEMO_STEPS), for the progress message. */
export const DEMO_LOAD_STEPS = ['places', 'generate', 'write', 'open'] as const;
export type DemoLoadStep = (typeof DEMO_LOAD_STEPS)[number];

/**
 * Loading the demo project: the step it is at, and (at 'open') the new project's id, so that
 * the panel shows the progress until that project's institutions are there, instead of
 * "Dieses Projekt hat noch keine Einrichtungen".
 */
export const useDemoLoad = create<{ step: DemoLoadStep | null; projectId: ProjectId | null; setStep: (step: DemoLoadStep | null, projectId?: ProjectId) => void }>((set) => ({
  step: null,
  projectId: null,
  setStep: (step, projectId) => set({ step, projectId: projectId ?? null }),
}));
