/**
 * Runs a fuzz target in this process with fast-check: `runs` generated cases, each failing
 * case shrunk to a minimal counterexample and reported, the rest of the budget continued
 * from a derived seed. Used by the fuzz child process (child.ts) and by npm test.
 */
import fc from 'fast-check';
import type { FuzzTarget } from './targets';

/** After this many failing cases a target stops: the rest would mostly repeat them. */
export const MAX_FAILURES = 5;
/** A case running longer than this counts as failed (an importer hanging). */
export const CASE_TIMEOUT_MS = 30_000;

export interface TargetResult {
  /** Generated cases executed (shrinking steps not counted). */
  cases: number;
  /** Failing cases found (each shrunk and reported). */
  failures: number;
  seconds: number;
  /** Printable reports of the failing cases, with seed and path to replay them. */
  counterexamples: string[];
  outcomes: Record<string, number>;
}

/** Where a run is: the seed of the current round, the case being run and whether fast-check is shrinking a failure. */
export interface Progress {
  seed: number;
  /** Cases executed in earlier rounds. */
  casesBefore: number;
  /** Path of the case being run: its index in the round, or during shrinking that of the failing case. */
  index: number;
  shrinking: boolean;
}

/** The seed of round `round`: distinct per target and per restart after a failure. */
export function seedOf(seed: number, target: number, round: number): number {
  return (seed + target * 1_000_003 + round * 7_919) | 0;
}

function text(value: unknown, max = 6_000): string {
  const s = typeof value === 'string' ? value : fc.stringify(value);
  return s.length > max ? `${s.slice(0, max)}… (${s.length} Zeichen)` : s;
}

function report(name: string, details: fc.RunDetails<[unknown]>): string {
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return [
    `fuzz ${name}: FEHLER nach ${details.numRuns} Fällen (${details.numShrinks} Verkleinerungen)`,
    `  wiederholen: fc.check(…, { seed: ${details.seed}, path: ${JSON.stringify(details.counterexamplePath)} })`,
    `  Fehler: ${error}`,
    `  Gegenbeispiel: ${details.counterexample ? text(details.counterexample[0]) : '(keins)'}`,
  ].join('\n');
}

/** The input fast-check generates at `path` for `seed`, without running the target on it. */
export function inputAt<T>(arbitrary: fc.Arbitrary<T>, seed: number, path: string): T | undefined {
  let input: T | undefined;
  fc.check(fc.property(arbitrary, (x) => {
    input = x;
  }), { seed, path, numRuns: 1 });
  return input;
}

export function describeInput(value: unknown): string {
  return text(value);
}

/**
 * Runs `runs` cases of the target in this process. `onCase` is called before every
 * execution (cases and shrinking steps) with where the run is, `onFailure` with the result
 * so far after each failing case; it stops after `maxFailures` failing cases.
 */
export async function runInProcess<T>(
  target: FuzzTarget<T>, runs: number, seed: number,
  onCase?: (p: Progress) => void, onFailure?: (sofar: TargetResult) => void, maxFailures = MAX_FAILURES,
): Promise<TargetResult> {
  const start = performance.now();
  let cases = 0;
  const counterexamples: string[] = [];
  for (let round = 0; cases < runs && counterexamples.length < maxFailures; round++) {
    const roundSeed = seedOf(seed, 0, round);
    let index = 0;
    let failedAt = -1;
    const casesBefore = cases;
    const property = fc.asyncProperty(target.arbitrary, async (input) => {
      onCase?.({ seed: roundSeed, casesBefore, index: failedAt < 0 ? index : failedAt, shrinking: failedAt >= 0 });
      try {
        await target.run(input);
      } catch (e) {
        if (failedAt < 0) failedAt = index;
        throw e;
      } finally {
        if (failedAt < 0) index++;
      }
    });
    const details = await fc.check(property, { numRuns: runs - cases, seed: roundSeed, timeout: CASE_TIMEOUT_MS });
    cases += details.numRuns;
    if (!details.failed) break;
    counterexamples.push(report(target.name, details as fc.RunDetails<[unknown]>));
    onFailure?.({ cases, failures: counterexamples.length, seconds: (performance.now() - start) / 1000, counterexamples, outcomes: target.outcomes });
    if (details.numRuns === 0) break; // fast-check could not run at all (should not happen)
  }
  target.close();
  return { cases, failures: counterexamples.length, seconds: (performance.now() - start) / 1000, counterexamples, outcomes: target.outcomes };
}
