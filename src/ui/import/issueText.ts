import type { TFunction } from 'i18next';
import type { ImportIssue } from '../../data/import/issues';

/**
 * The text of an import issue in the UI language. German shows the checker's own message
 * (it names more detail); other languages use a translated template per issue code.
 */
export function issueText(t: TFunction, language: string | undefined, issue: ImportIssue): string {
  if (!language || language.startsWith('de')) return issue.message;
  const key = `issues.${issue.code}`;
  const text = t(key, { row: issue.row, column: issue.column, value: issue.value ?? '' });
  return text === key ? issue.message : text;
}
