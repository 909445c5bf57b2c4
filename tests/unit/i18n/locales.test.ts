import { describe, expect, it } from 'vitest';
import de from '../../../src/i18n/locales/de.json';
import en from '../../../src/i18n/locales/en.json';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe('locales', () => {
  it('German and English have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });
  it('have no empty texts', () => {
    for (const [name, loc] of Object.entries({ de, en })) {
      const flat = keys(loc).map((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], loc));
      expect(flat.every((v) => typeof v === 'string' && v.trim() !== ''), name).toBe(true);
    }
  });
});
