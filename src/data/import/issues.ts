/** What is wrong with an imported row. */
export type IssueCode =
  | 'missing-name'
  | 'unknown-category'
  | 'bad-number'
  | 'half-coordinate'
  | 'outside-thuringia'
  | 'swapped'
  | 'duplicate'
  | 'ragged-row'
  | 'bad-email'
  // Partnership lists:
  | 'missing-institution'
  | 'unknown-institution'
  | 'ambiguous-institution'
  | 'same-institution'
  | 'missing-type'
  | 'bad-intensity'
  | 'bad-date';

/** A problem found in one row: an error rejects the row, a warning lets it through. */
export interface ImportIssue {
  /** File row number (1-based, the header is row 1). */
  row: number;
  /** Header text of the column concerned, or the German field label when it is not mapped. */
  column: string;
  code: IssueCode;
  severity: 'error' | 'warning';
  /** A complete German sentence that names the row and the value. */
  message: string;
  /** The cell value concerned, if any. */
  value?: string;
  /** For 'duplicate': the earlier file row, or 0 for a record (institution or partnership) already in the project. */
  duplicateOf?: number;
}

/** Everything of an issue except the row, which the caller knows. */
export type RowIssue = Omit<ImportIssue, 'row'>;

const MAX_QUOTED = 60;

/** A value in German quotation marks for a message, shortened when long. */
export function quoted(value: string): string {
  const v = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 1)}…` : value;
  return `„${v}“`;
}
