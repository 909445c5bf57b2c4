import type { ThekizDb } from '../db';
import { newId, type PartnershipId, type ProjectId } from '../../domain/ids';
import type { Partnership } from '../../domain/partnership';

export type PartnershipDraft = Omit<Partnership, 'id' | 'projectId'>;

/** Adds partnerships to a project in one transaction. */
export async function addPartnerships(db: ThekizDb, projectId: ProjectId, drafts: readonly PartnershipDraft[]): Promise<Partnership[]> {
  const records = drafts.map((d) => ({ ...d, id: newId<PartnershipId>(), projectId }));
  await db.partnerships.bulkAdd(records);
  return records;
}
