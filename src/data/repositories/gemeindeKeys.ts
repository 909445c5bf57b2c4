import type { ThekizDb } from '../db';
import type { ProjectId } from '../../domain/ids';

/**
 * Projects stored (or files written) by versions before the census work carry Gemeinde keys of
 * 2016. Once, per project, every institution's key is translated to the Gebietsstand the app
 * embeds now (Thuringia: 01.01.2024), through the key map the data build writes
 * (schluessel.json: 2016 and 2022 keys of Gemeinden that no longer exist → today's). Keys that
 * still exist stay; nothing else of a record changes.
 */

/** Today's key of a Gemeinde key ('' stays ''). */
export function translateAgs(ags: string, keyMap: Readonly<Record<string, string>>): string {
  return Object.hasOwn(keyMap, ags) ? keyMap[ags] : ags;
}

/**
 * Translates the keys of one project's institutions and marks the project with `stand`, in one
 * transaction (all or nothing). Returns how many institutions changed; 0 and no write when the
 * project is gone or already has that Gebietsstand (another tab may have done it).
 */
export async function migrateGemeindeKeys(db: ThekizDb, projectId: ProjectId, keyMap: Readonly<Record<string, string>>, stand: string): Promise<number> {
  return db.transaction('rw', db.projects, db.institutionBlocks, async () => {
    const project = await db.projects.get(projectId);
    if (!project || project.gemeindeStand === stand) return 0;
    const blocks = await db.institutionBlocks.where('projectId').equals(projectId).toArray();
    let changed = 0;
    const rewritten = blocks.flatMap((b) => {
      let any = false;
      const items = b.items.map((i) => {
        const ags = translateAgs(i.ags, keyMap);
        if (ags === i.ags) return i;
        any = true;
        changed++;
        return { ...i, ags };
      });
      return any ? [{ ...b, items }] : [];
    });
    if (rewritten.length > 0) await db.institutionBlocks.bulkPut(rewritten);
    await db.projects.update(projectId, { gemeindeStand: stand });
    return changed;
  });
}
