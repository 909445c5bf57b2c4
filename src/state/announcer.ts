import { create } from 'zustand';

/** The one polite message for screen readers (see LiveRegion); `seq` makes a repeat count as new. */
export const useAnnouncer = create<{ message: string; seq: number; announce: (message: string) => void }>((set) => ({
  message: '',
  seq: 0,
  announce: (message) => set((s) => ({ message, seq: s.seq + 1 })),
}));
