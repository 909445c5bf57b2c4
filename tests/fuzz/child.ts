/**
 * One fuzz target in a child process of run.ts, so that an importer that crashes the
 * process (out of memory, a fatal V8 error) is reported as a failing case instead of ending
 * the whole run:
 *   node --import tsx tests/fuzz/child.ts <target> <runs> <seed> <max failures> <progress file> <result file>
 * Before every case it writes where it is (loop.ts Progress, JSON) to the progress file,
 * synchronously, so that the parent knows the case even after a hard crash; after every
 * failing case and at the end it writes the TargetResult so far (JSON) to the result file.
 */
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import { runInProcess } from './loop';
import { createTarget, TARGET_NAMES, type TargetName } from './targets';

const [name, runs, seed, maxFailures, progressFile, resultFile] = process.argv.slice(2);
if (!TARGET_NAMES.includes(name as TargetName) || !progressFile || !resultFile) {
  console.error('Aufruf: child.ts <Ziel> <Fälle> <Seed> <höchstens Fehlschläge> <Fortschrittsdatei> <Ergebnisdatei>');
  process.exit(2);
}
const progress = fs.openSync(progressFile, 'w');
const record = Buffer.alloc(256);
const result = await runInProcess(createTarget(name as TargetName), Number(runs), Number(seed), (p) => {
  record.fill(0x20);
  record.write(JSON.stringify(p));
  fs.writeSync(progress, record, 0, record.length, 0);
}, (sofar) => fs.writeFileSync(resultFile, JSON.stringify(sofar)), Number(maxFailures));
fs.closeSync(progress);
fs.writeFileSync(resultFile, JSON.stringify(result));
process.exit(0);
