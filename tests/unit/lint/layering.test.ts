import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
/** A tiny src/ with a cycle, imports that reach up a floor and imports that read down. */
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'lint');

/** Rule ids ESLint reports per fixture file (src/…), with the project's own config. */
let reported: Map<string, string[]>;

beforeAll(async () => {
  const eslint = new ESLint({ cwd: FIXTURE, overrideConfigFile: path.join(ROOT, 'eslint.config.js') });
  const results = await eslint.lintFiles(['src']);
  reported = new Map(results.map((r) => [path.relative(FIXTURE, r.filePath).split(path.sep).join('/'), r.messages.map((m) => m.ruleId ?? m.message)]));
}, 60_000);

describe('lint: one direction through src/', () => {
  it('fails on an import cycle, at both ends', () => {
    expect(reported.get('src/domain/ringA.ts')).toEqual(['import-x/no-cycle']);
    expect(reported.get('src/domain/ringB.ts')).toEqual(['import-x/no-cycle']);
  });

  it('fails on an import of a higher floor', () => {
    expect(reported.get('src/state/upward.ts')).toEqual(['no-restricted-imports']); // state/ → ui/
    expect(reported.get('src/map/upward.ts')).toEqual(['no-restricted-imports']); // map/ → ui/
    expect(reported.get('src/data/upward.ts')).toEqual(['no-restricted-imports']); // data/ → state/
  });

  it('lets a floor read the floors below it', () => {
    expect(reported.get('src/ui/panel.ts')).toEqual([]); // ui/ → state/
    expect(reported.get('src/state/store.ts')).toEqual([]); // state/ → domain/
  });
});
