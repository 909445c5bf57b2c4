import type { ProjectId } from '../domain/ids';
import type { Institution } from '../domain/institution';

/**
 * Institutions are stored in blocks: per project, one record per bucket, the bucket being the
 * first two characters of the institution's id (random UUIDs, so 256 even buckets). The block
 * of any institution follows from its id, so an edit rewrites one small block, while an
 * import of 100,000 rows writes 256 records instead of 100,000.
 */
export interface InstitutionBlock {
  /** `${projectId}/${bucket}` */
  id: string;
  projectId: ProjectId;
  items: Institution[];
}

/** Bucket of an institution id. */
export function bucketOf(institutionId: string): string {
  return institutionId.slice(0, 2);
}

/** Id of the block that holds (or will hold) this institution. */
export function blockIdOf(projectId: string, institutionId: string): string {
  return `${projectId}/${bucketOf(institutionId)}`;
}

/** Groups institutions into blocks (several projects allowed). Pure. */
export function groupIntoBlocks(institutions: readonly Institution[]): InstitutionBlock[] {
  const blocks = new Map<string, InstitutionBlock>();
  for (const i of institutions) {
    const id = blockIdOf(i.projectId, i.id);
    let b = blocks.get(id);
    if (!b) blocks.set(id, (b = { id, projectId: i.projectId, items: [] }));
    b.items.push(i);
  }
  return [...blocks.values()];
}

/**
 * Merges new institutions into existing blocks (by id; missing blocks are created) and
 * returns the blocks to write. Does not mutate its arguments.
 */
export function mergeIntoBlocks(existing: readonly (InstitutionBlock | undefined)[], added: readonly Institution[]): InstitutionBlock[] {
  const byId = new Map<string, InstitutionBlock>();
  for (const b of existing) if (b) byId.set(b.id, { ...b, items: [...b.items] });
  for (const g of groupIntoBlocks(added)) {
    const b = byId.get(g.id);
    if (b) b.items.push(...g.items);
    else byId.set(g.id, g);
  }
  return [...byId.values()];
}

/** Institutions read per request once their spread over the blocks is known (see blocksPerRead): 8 blocks of a 100,000 project. */
export const INSTITUTIONS_PER_READ = 3_200;

/** Blocks of the first read, before anything is known about their size. */
export const FIRST_BLOCKS_PER_READ = 8;

/**
 * How many blocks the next read asks for, from the blocks and institutions read so far: about
 * INSTITUTIONS_PER_READ institutions (ids are random, so blocks are about even). One request
 * for 100,000 institutions is a single long task in the page; but each request also waits
 * behind a map frame (100–300 ms without a GPU), so 5,000 institutions in 256 small blocks
 * must not take 32 of them. Pure.
 */
export function blocksPerRead(blocksRead: number, itemsRead: number): number {
  if (blocksRead === 0) return FIRST_BLOCKS_PER_READ;
  const perBlock = itemsRead / blocksRead;
  return Math.max(FIRST_BLOCKS_PER_READ, Math.floor(INSTITUTIONS_PER_READ / Math.max(perBlock, 1)));
}
