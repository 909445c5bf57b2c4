import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import de from '../../../src/i18n/locales/de.json';
import en from '../../../src/i18n/locales/en.json';
import { issueText } from '../../../src/ui/import/issueText';
import type { ImportIssue, IssueCode } from '../../../src/data/import/issues';

const t = i18next.createInstance();
await t.init({ lng: 'en', resources: { de: { translation: de }, en: { translation: en } }, interpolation: { escapeValue: false } });

const issue = (code: IssueCode, value?: string): ImportIssue => ({ row: 7, column: 'Kategorie', code, severity: 'warning', message: 'Zeile 7: deutsche Meldung', ...(value ? { value } : {}) });

describe('issueText', () => {
  it('shows the checker’s own German message in the German UI', () => {
    expect(issueText(t.t, 'de', issue('unknown-category', 'Stadtteilmütter'))).toBe('Zeile 7: deutsche Meldung');
  });
  it('translates by code, with row and value, in the English UI', () => {
    expect(issueText(t.t, 'en', issue('unknown-category', 'Stadtteilmütter'))).toBe('Row 7: the category “Stadtteilmütter” is unknown.');
  });
  it('has an English text for every issue code', () => {
    const codes: IssueCode[] = ['missing-name', 'unknown-category', 'bad-number', 'half-coordinate', 'outside-thuringia', 'swapped', 'duplicate', 'ragged-row', 'bad-email', 'missing-institution', 'unknown-institution', 'ambiguous-institution', 'same-institution', 'missing-type', 'bad-intensity', 'bad-date'];
    for (const c of codes) expect(issueText(t.t, 'en', issue(c, 'x'))).toMatch(/^Row 7: /);
  });
});
