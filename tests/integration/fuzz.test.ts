/**
 * A short run of the importer fuzzing (tests/fuzz) in npm test: every importer with
 * FUZZ_TEST_RUNS cases (default 150) from a random seed, or from FUZZ_SEED. Each target
 * runs in a child process like in `npm run fuzz` (10,000 cases per importer), so that an
 * input that crashes the process fails this test with its input instead of killing the
 * test worker.
 */
import { describe, expect, it } from 'vitest';
import { runFuzzTarget } from '../fuzz/run';
import { seedOf } from '../fuzz/loop';
import { TARGET_NAMES } from '../fuzz/targets';

const RUNS = Number(process.env.FUZZ_TEST_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.FUZZ_SEED);

describe(`importer fuzzing (FUZZ_SEED=${SEED}): no exception, no partial write, nothing lost`, () => {
  for (const [index, name] of TARGET_NAMES.entries()) {
    it(`${name}: ${RUNS} random, hostile and damaged files`, { timeout: 300_000 }, async () => {
      const result = await runFuzzTarget(name, RUNS, seedOf(SEED, index, 0));
      expect(result.counterexamples.join('\n\n')).toBe('');
      expect(result.cases).toBe(RUNS);
    });
  }
});
