import { describe, expect, it } from 'vitest';
import deMain from '../../../src/i18n/locales/de.json';
import enMain from '../../../src/i18n/locales/en.json';
import deCoverage from '../../../src/i18n/locales/coverage.de.json';
import enCoverage from '../../../src/i18n/locales/coverage.en.json';

/** The texts of a language as the app merges them: the first page's and the sections' (deep). */
function merged(...parts: object[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const into = (target: Record<string, unknown>, src: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(src)) {
      if (v && typeof v === 'object' && target[k] && typeof target[k] === 'object') into(target[k] as Record<string, unknown>, v as Record<string, unknown>);
      else target[k] = v;
    }
  };
  for (const p of parts) into(out, structuredClone(p) as Record<string, unknown>);
  return out;
}
const de = merged(deMain, deCoverage);
const en = merged(enMain, enCoverage);

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('locales', () => {
  it('German and English have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });
  it('keep the sections apart: no key both in the first page’s texts and in a section', () => {
    const main = new Set(keys(deMain));
    expect(keys(deCoverage).filter((k) => main.has(k))).toEqual([]);
  });
  it('have no empty texts', () => {
    for (const [name, loc] of Object.entries({ de, en })) {
      const flat = keys(loc).map((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], loc));
      expect(flat.every((v) => typeof v === 'string' && v.trim() !== ''), name).toBe(true);
    }
  });
});
