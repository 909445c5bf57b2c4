import { emptyDraft, type Institution } from '../../src/domain/institution';
import type { InstitutionId, PartnershipId, ProjectId } from '../../src/domain/ids';
import type { Partnership } from '../../src/domain/partnership';

const PROJECT = 'p-test' as ProjectId;

/** An institution record for pure tests: only what the test names, the rest empty. */
export function institution(id: string, fields: Partial<Omit<Institution, 'id'>> = {}): Institution {
  return { ...emptyDraft(), id: id as InstitutionId, projectId: PROJECT, createdAt: '', updatedAt: '', ...fields };
}

let next = 0;
/** A partnership record between two ids. */
export function partnership(a: string, b: string, fields: Partial<Omit<Partnership, 'a' | 'b'>> = {}): Partnership {
  next += 1;
  return { id: `e${next}` as PartnershipId, projectId: PROJECT, a: a as InstitutionId, b: b as InstitutionId, type: 'regelmäßige Zusammenarbeit', intensity: 2, since: '', until: '', note: '', ...fields };
}
