import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FIRST_BLOCKS_PER_READ, INSTITUTIONS_PER_READ, blockIdOf, blocksPerRead, groupIntoBlocks, mergeIntoBlocks } from '../../../src/data/institutionBlocks';
import { emptyDraft, type Institution } from '../../../src/domain/institution';
import type { InstitutionId, ProjectId } from '../../../src/domain/ids';

const inst = (id: string, projectId = 'p'): Institution => ({ ...emptyDraft(), id: id as InstitutionId, projectId: projectId as ProjectId, name: id, createdAt: '', updatedAt: '' });
const ids = fc.uniqueArray(fc.uuid(), { maxLength: 60 });

describe('institution blocks', () => {
  it('find the block of an institution from its id alone', () => {
    expect(blockIdOf('p1', '3f2a0c1e-0000-4000-8000-000000000000')).toBe('p1/3f');
  });

  it('hold every institution exactly once, in the block its id names', () => {
    fc.assert(
      fc.property(ids, fc.constantFrom('p', 'q'), (list, project) => {
        const blocks = groupIntoBlocks(list.map((id) => inst(id, project)));
        expect(blocks.flatMap((b) => b.items.map((i) => i.id)).sort()).toEqual([...list].sort());
        for (const b of blocks) for (const i of b.items) expect(blockIdOf(project, i.id)).toBe(b.id);
      }),
    );
  });

  it('merge new institutions into existing blocks without touching the inputs', () => {
    fc.assert(
      fc.property(ids, ids, (first, second) => {
        const existing = Object.freeze(groupIntoBlocks(first.map((id) => inst(id))).map((b) => Object.freeze({ ...b, items: Object.freeze([...b.items]) as Institution[] })));
        const added = second.filter((id) => !first.includes(id)).map((id) => inst(id));
        const merged = mergeIntoBlocks(existing, added);
        expect(merged.flatMap((b) => b.items).length).toBe(first.length + added.length);
        expect(new Set(merged.map((b) => b.id)).size).toBe(merged.length);
      }),
    );
  });
});

describe('blocks per read', () => {
  it('start with a few blocks, then ask for about INSTITUTIONS_PER_READ institutions', () => {
    expect(blocksPerRead(0, 0)).toBe(FIRST_BLOCKS_PER_READ);
    // 5,000 institutions in 256 blocks (≈ 20 each): the rest in one or two reads, not 31.
    expect(blocksPerRead(8, 156)).toBeGreaterThanOrEqual(160);
    // 100,000 (≈ 390 a block): as few blocks as before (8), each read stays as short.
    expect(blocksPerRead(8, 3125)).toBe(8);
    // Empty blocks so far: no division by zero, the biggest step.
    expect(blocksPerRead(8, 0)).toBe(INSTITUTIONS_PER_READ);
  });

  it('never ask for fewer than the first read, nor for much more than the target', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 256 }), fc.integer({ min: 1, max: 2000 }), (blocks, perBlock) => {
        const n = blocksPerRead(blocks, blocks * perBlock);
        expect(n).toBeGreaterThanOrEqual(FIRST_BLOCKS_PER_READ);
        if (n > FIRST_BLOCKS_PER_READ) expect(n * perBlock).toBeLessThanOrEqual(INSTITUTIONS_PER_READ);
      }),
    );
  });
});

