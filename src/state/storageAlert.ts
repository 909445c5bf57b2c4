import { create } from 'zustand';

/** A storage failure to show above everything (with a way to save the project as a file). */
export const useStorageAlert = create<{ message: string | null; show: (message: string) => void; clear: () => void }>((set) => ({
  message: null,
  show: (message) => set({ message }),
  clear: () => set({ message: null }),
}));
