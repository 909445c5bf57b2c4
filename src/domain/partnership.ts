import type { InstitutionId, PartnershipId, ProjectId } from './ids';

/** Default partnership types (DOMAIN.md). Users may use others. */
export const PARTNERSHIP_TYPES = [
  'Kooperationsvereinbarung',
  'regelmäßige Zusammenarbeit',
  'gemeinsames Angebot',
  'Vermittlung / Lotsenfunktion',
  'Austausch im Gremium',
] as const;

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
