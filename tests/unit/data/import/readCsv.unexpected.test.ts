import { describe, expect, it, vi } from 'vitest';
import { MSG_UNEXPECTED, readCsv } from '../../../../src/data/import/readCsv';
import { utf8 } from './helpers';

vi.mock('../../../../src/data/import/delimiter', () => ({
  detectDelimiter: () => {
    throw new TypeError('boom');
  },
}));

describe('readCsv with a failing step', () => {
  it('turns an unexpected error into a German message instead of throwing', () => {
    expect(readCsv(utf8('Name;Ort\nA;Gera\n'))).toEqual({ ok: false, message: MSG_UNEXPECTED });
  });
});
