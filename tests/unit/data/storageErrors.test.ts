import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { isQuotaError, QUOTA_MESSAGE, storageError } from '../../../src/data/storageErrors';

describe('storage errors', () => {
  it('recognises quota errors from IndexedDB, Dexie and across a worker', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('x', 'QuotaExceededError')))).toBe(true);
    expect(isQuotaError({ name: 'Error', message: 'QuotaExceededError: The quota has been exceeded.' })).toBe(true);
    expect(isQuotaError(new Error('Das Projekt gibt es nicht mehr.'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('turns a quota error into the German message and leaves others alone', () => {
    expect(storageError(new DOMException('full', 'QuotaExceededError')).message).toBe(QUOTA_MESSAGE);
    const other = new Error('anders');
    expect(storageError(other)).toBe(other);
    expect(storageError('text').message).toBe('text');
  });
});
