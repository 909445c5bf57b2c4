import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeMailto, safeWebUrl } from '../../../src/domain/links';
import { XSS_CORPUS } from '../../fixtures/xss';

describe('safeWebUrl', () => {
  it('makes http(s) addresses and bare www. addresses links', () => {
    expect(safeWebUrl('https://www.thekiz.de/zentren')).toBe('https://www.thekiz.de/zentren');
    expect(safeWebUrl(' http://kita-sonnenschein.de ')).toBe('http://kita-sonnenschein.de/');
    expect(safeWebUrl('www.awo-erfurt.de')).toBe('https://www.awo-erfurt.de/');
  });

  it('keeps every hostile or unclear text as text', () => {
    for (const x of XSS_CORPUS) expect(safeWebUrl(x), x).toBeNull();
    for (const x of ['ftp://a.de', 'https://user:pw@a.de', 'https://localhost', 'thekiz.de', 'https://a.de/x y', 'https://a.de/\u202Eexe', 'vbscript:msgbox(1)', 'https://a.de/"onmouseover="x']) {
      expect(safeWebUrl(x), x).toBeNull();
    }
  });

  it('never returns anything but an http(s) address (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const url = safeWebUrl(s);
      return url === null || /^https?:\/\/[^\s"'<>]+$/.test(url);
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.webUrl(), (s) => safeWebUrl(s) === null || safeWebUrl(s)!.startsWith('http')));
  });
});

describe('safeMailto', () => {
  it('links plain addresses only', () => {
    expect(safeMailto('info@kita.de')).toBe('mailto:info@kita.de');
    for (const x of [...XSS_CORPUS, 'a@b', 'info@kita.de?subject=x', 'a b@kita.de', 'javascript:x@a.de']) expect(safeMailto(x), x).toBeNull();
  });
});
