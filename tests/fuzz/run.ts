/**
 * npm run fuzz: runs every importer fuzz target (see targets.ts) with FUZZ_RUNS cases each
 * (default 10,000) from FUZZ_SEED (default: random, printed). Prints one line per target,
 *   fuzz <target>: <cases> cases, <failures> failures, <seconds> s
 * then
 *   BENCH name=fuzz_cases value=<total> unit=cases
 *   BENCH name=fuzz_failures value=<total> unit=cases
 * and exits with 1 when a case failed, after printing the counterexample and how to replay it.
 * FUZZ_VERBOSE=1 also prints how often each outcome occurred (refused, written, …).
 *
 * Every target runs in a child process (child.ts) with a bounded heap: an input that makes
 * an importer crash the process (out of memory, a fatal V8 error) or hang counts as a
 * failing case, is reported with its input, and the rest of the target's cases run on in a
 * new child.
 * After a failure fast-check shrinks the input to a minimal counterexample; `failures`
 * counts the failing cases found (at most MAX_FAILURES per target), `cases` the generated
 * cases executed (shrinking steps not counted).
 */
import 'fake-indexeddb/auto';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describeInput, inputAt, MAX_FAILURES, seedOf, type Progress, type TargetResult } from './loop';
import { createTarget, TARGET_NAMES, type TargetName } from './targets';

export type { TargetResult } from './loop';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
/** Heap of a child: enough for every sane case, small enough that a runaway allocation ends fast. */
const CHILD_HEAP_MB = 1_536;
/** A child that starts no new case for this long is stopped, and its case counts as failed (a hang). */
const HANG_MS = 180_000;

export interface FuzzResult {
  cases: number;
  failures: number;
  seed: number;
  perTarget: Record<TargetName, TargetResult>;
}

interface ChildOutcome {
  /** The child's result: complete when `finished`, else the failures it found before it died (or null). */
  result: TargetResult | null;
  finished: boolean;
  progress: Progress | null;
  exit: string;
  stderr: string;
}

/** Runs `runs` cases of a target in a child process. */
function runChild(name: TargetName, runs: number, seed: number, maxFailures: number): Promise<ChildOutcome> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-'));
  const progressFile = path.join(dir, 'progress.json');
  const resultFile = path.join(dir, 'result.json');
  const child = spawn(
    process.execPath,
    [`--max-old-space-size=${CHILD_HEAP_MB}`, '--import', 'tsx', path.join(HERE, 'child.ts'), name, String(runs), String(seed), String(maxFailures), progressFile, resultFile],
    { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  // A case stuck in a synchronous loop never reaches fast-check's timeout: stop the child
  // when it has not started a new case for HANG_MS.
  let hung = false;
  const started = Date.now();
  const watchdog = setInterval(() => {
    let last = started;
    try {
      last = fs.statSync(progressFile).mtimeMs;
    } catch {
      // not written yet
    }
    if (Date.now() - Math.max(last, started) > HANG_MS) {
      hung = true;
      child.kill('SIGKILL');
    }
  }, 5_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(watchdog);
      const read = <T>(file: string): T | null => {
        try {
          return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
        } catch {
          return null;
        }
      };
      const result = read<TargetResult>(resultFile);
      const progress = read<Progress>(progressFile);
      fs.rmSync(dir, { recursive: true, force: true });
      const exit = hung ? `hängt: seit ${HANG_MS / 1000} s kein neuer Fall` : signal ? `Signal ${signal}` : `Exit-Code ${code}`;
      resolve({ result, finished: code === 0 && result !== null, progress, exit, stderr });
    });
  });
}

/** The lines of a crashed child's stderr that say why (V8's fatal error), else its last lines. */
function crashLines(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim()).filter((l) => l !== '' && l !== '#');
  const why = lines.filter((l) => /fatal|out of memory|invalid size|error/i.test(l) && !/^\d+: 0x/.test(l));
  return (why.length ? why : lines.slice(-6)).slice(0, 6).join('\n          ');
}

/**
 * Runs one target with `runs` cases in child processes: a crash of the child counts as a
 * failing case (reported with the input it was running) and the remaining cases continue
 * in a new child.
 */
export async function runFuzzTarget(name: TargetName, runs: number, seed: number): Promise<TargetResult> {
  const start = performance.now();
  const total: TargetResult = { cases: 0, failures: 0, seconds: 0, counterexamples: [], outcomes: {} };
  for (let restart = 0; total.cases < runs && total.failures < MAX_FAILURES; restart++) {
    const childSeed = seedOf(seed, 0, 1_000 * restart);
    const { result, finished, progress, exit, stderr } = await runChild(name, runs - total.cases, childSeed, MAX_FAILURES - total.failures);
    if (result) {
      total.failures += result.failures;
      total.counterexamples.push(...result.counterexamples);
      for (const [k, n] of Object.entries(result.outcomes)) total.outcomes[k] = (total.outcomes[k] ?? 0) + n;
    }
    if (finished) {
      total.cases += result!.cases;
      break;
    }
    // The child died: the case it was running is a failure. Regenerate that input here without running it.
    const where = progress ?? { seed: childSeed, casesBefore: 0, index: 0, shrinking: false };
    const target = createTarget(name);
    const input = inputAt(target.arbitrary, where.seed, String(where.index));
    const bytes = input === undefined ? null : await target.bytes(input);
    total.cases += where.casesBefore + where.index + 1;
    total.failures++;
    total.counterexamples.push([
      `fuzz ${name}: ABSTURZ des Prozesses (${exit}) ${where.shrinking ? 'beim Verkleinern des Falls' : 'bei Fall'} ${where.index} (seed ${where.seed})`,
      `  wiederholen: fc.check(…, { seed: ${where.seed}, path: "${where.index}" })`,
      `  stderr: ${crashLines(stderr)}`,
      `  Eingabe: ${describeInput(input)}`,
      ...(bytes ? [`  Datei (${bytes.length} Bytes, base64): ${Buffer.from(bytes).toString('base64').slice(0, 20_000)}`] : []),
    ].join('\n'));
  }
  total.seconds = (performance.now() - start) / 1000;
  return total;
}

/**
 * Runs every target with `runs` cases each (for npm run fuzz and npm run bench). `seed`
 * defaults to a random one; each target derives its own from it.
 */
export async function runFuzz(runs: number, seed = Math.floor(Math.random() * 2 ** 31), log: (line: string) => void = () => {}): Promise<FuzzResult> {
  const perTarget = {} as Record<TargetName, TargetResult>;
  let cases = 0;
  let failures = 0;
  for (const [index, name] of TARGET_NAMES.entries()) {
    const r = await runFuzzTarget(name, runs, seedOf(seed, index, 0));
    perTarget[name] = r;
    cases += r.cases;
    failures += r.failures;
    for (const c of r.counterexamples) log(c);
    log(`fuzz ${name}: ${r.cases} cases, ${r.failures} failures, ${r.seconds.toFixed(1)} s`);
    if (process.env.FUZZ_VERBOSE) log(`  outcomes: ${Object.entries(r.outcomes).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }
  return { cases, failures, seed, perTarget };
}

async function main(): Promise<void> {
  const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
  const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
  if (!Number.isInteger(runs) || runs < 1 || (seed !== undefined && !Number.isInteger(seed))) {
    console.error('FUZZ_RUNS muss eine positive ganze Zahl sein, FUZZ_SEED eine ganze Zahl.');
    process.exit(2);
  }
  const result = await runFuzz(runs, seed, (line) => console.log(line));
  console.log(`fuzz seed: ${result.seed} (FUZZ_SEED=${result.seed} FUZZ_RUNS=${runs} wiederholt diesen Lauf)`);
  console.log(`BENCH name=fuzz_cases value=${result.cases} unit=cases`);
  console.log(`BENCH name=fuzz_failures value=${result.failures} unit=cases`);
  process.exitCode = result.failures > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
