import { useEffect } from 'react';
import { getDb } from '../data/database';
import { loadGeographyUrls } from '../data/geography';
import { gemeindeStandOf } from '../domain/areas';
import type { Project } from '../domain/project';
import { useAnnouncer } from '../state/announcer';

const running = new Set<string>();

/**
 * Brings the Gemeinde keys of projects of earlier versions (and of older project files) to
 * the embedded Gebietsstand, once per project. Where the key map cannot be loaded (offline
 * before the first visit) it is tried again at the next start; nothing is changed meanwhile.
 */
export function useGemeindeKeys(projects: readonly Project[] | undefined): void {
  useEffect(() => {
    for (const p of projects ?? []) {
      const stand = gemeindeStandOf(p.area);
      if (p.gemeindeStand === stand || running.has(p.id)) continue;
      running.add(p.id);
      void (async () => {
        try {
          const url = (await loadGeographyUrls(p.area)).schluessel;
          if (!url) return;
          const res = await fetch(url);
          if (!res.ok) return;
          const { keys } = (await res.json()) as { keys: Record<string, string> };
          // Needed once per old project: kept out of the first page's code.
          const { migrateGemeindeKeys } = await import('../data/repositories/gemeindeKeys');
          const changed = await migrateGemeindeKeys(getDb(), p.id, keys, stand);
          if (changed > 0) useAnnouncer.getState().announce(`${p.name}: Gemeindeschlüssel von ${changed} Einrichtungen auf den Gebietsstand ${stand.split('-').reverse().join('.')} umgestellt.`);
        } catch {
          // Tried again at the next start.
        } finally {
          running.delete(p.id);
        }
      })();
    }
  }, [projects]);
}
