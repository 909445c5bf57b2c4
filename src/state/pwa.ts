/// <reference types="vite-plugin-pwa/vanillajs" />
import { create } from 'zustand';

interface PwaState {
  /** A new version is installed and waits for the user's yes. */
  needRefresh: boolean;
  /** Everything is cached: the app now starts without a network. */
  offlineReady: boolean;
  update: () => void;
  dismiss: () => void;
}

export const usePwa = create<PwaState>((set) => ({
  needRefresh: false,
  offlineReady: false,
  update: () => {},
  dismiss: () => set({ needRefresh: false, offlineReady: false }),
}));

const HOUR = 60 * 60 * 1000;
let started = false;

/**
 * Registers the service worker (production build only), after the map is drawn so that
 * precaching never competes with the first view. A new version never takes over by itself:
 * it waits until the user clicks "Jetzt aktualisieren".
 */
export async function startServiceWorker(): Promise<void> {
  if (started || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  started = true;
  const { registerSW } = await import('virtual:pwa-register');
  const updateSW = registerSW({
    onNeedRefresh: () => usePwa.setState({ needRefresh: true }),
    onOfflineReady: () => usePwa.setState({ offlineReady: true }),
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), HOUR);
    },
  });
  usePwa.setState({ update: () => void updateSW(true) });
}
