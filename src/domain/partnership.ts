import type { InstitutionId, PartnershipId, ProjectId } from './ids';

/** Default partnership types (DOMAIN.md). Users may use others. */
export const PARTNERSHIP_TYPES = [
  'Kooperationsvereinbarung',
  'regelmäßige Zusammenarbeit',
  'gemeinsames Angebot',
  'Vermittlung / Lotsenfunktion',
  'Austausch im Gremium',
] as const;

/** One colour per default partnership type (Tol "bright", safe for colour-vision deficiencies); others grey. */
export const TYPE_COLORS: readonly string[] = ['#4477aa', '#228833', '#aa3377', '#ccbb44', '#66ccee'];
export const OTHER_TYPE_COLOR = '#888888';

export function typeColor(type: string): string {
  const i = PARTNERSHIP_TYPES.indexOf(type as (typeof PARTNERSHIP_TYPES)[number]);
  return i >= 0 ? TYPE_COLORS[i] : OTHER_TYPE_COLOR;
}

/** A partnership between two institutions (undirected). Dates are ISO yyyy-mm-dd or ''. */
export interface Partnership {
  id: PartnershipId;
  projectId: ProjectId;
  a: InstitutionId;
  b: InstitutionId;
  type: string;
  /** 1 (loose) … 3 (close). */
  intensity: 1 | 2 | 3;
  since: string;
  until: string;
  note: string;
}
