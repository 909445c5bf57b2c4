import type { Command } from './command';
import { inEditTransaction, NOT_DONE, quoted } from './command';
import { checkPartnership, deletePartnerships, getPartnership, putPartnerships, updatePartnership, type PartnershipDraft } from '../repositories/partnerships';
import type { ThekizDb } from '../db';
import { newId, type PartnershipId, type ProjectId } from '../../domain/ids';
import type { Partnership } from '../../domain/partnership';

/** Names of the two institutions, for a readable label (optional). */
export interface PartnerNames {
  a: string;
  b: string;
}

const GONE = 'Die Partnerschaft gibt es nicht mehr.';

function label(p: Pick<Partnership, 'type'>, names: PartnerNames | undefined, verb: string): string {
  return names ? `Partnerschaft ${quoted(names.a)} – ${quoted(names.b)} ${verb}` : `Partnerschaft ${quoted(p.type)} ${verb}`;
}

async function requirePartnership(db: ThekizDb, id: PartnershipId): Promise<Partnership> {
  const p = await getPartnership(db, id);
  if (!p) throw new Error(GONE);
  return p;
}

/** Writes a partnership that must not exist yet, after checking it (no self link, no duplicate). */
async function insert(db: ThekizDb, p: Partnership): Promise<void> {
  if (await getPartnership(db, p.id)) throw new Error('Diese Partnerschaft gibt es schon.');
  await checkPartnership(db, p);
  await putPartnerships(db, [p]);
}

/**
 * Adds a partnership. The record (id) is made here, so a redo re-adds the same id. Refuses,
 * with a German message, a partnership of an institution with itself and a second one of
 * the same type between the same two institutions (in either order).
 */
export function addPartnershipCommand(projectId: ProjectId, draft: PartnershipDraft, names?: PartnerNames): { command: Command; id: PartnershipId } {
  const record: Partnership = { ...structuredClone(draft), id: newId<PartnershipId>(), projectId };
  let latest = record;
  const command: Command = {
    label: label(record, names, 'angelegt'),
    async do(db) {
      await inEditTransaction(db, () => insert(db, latest));
    },
    async undo(db) {
      latest = await inEditTransaction(db, async () => {
        const current = await requirePartnership(db, record.id);
        await deletePartnerships(db, [record.id]);
        return current;
      });
    },
  };
  return { command, id: record.id };
}

/** Changes fields of a partnership (checked like an add). Undo restores the stored record exactly. */
export function updatePartnershipCommand(before: Partnership, changes: Partial<PartnershipDraft>, names?: PartnerNames): Command {
  const fixed = structuredClone(changes);
  let previous: Partnership | undefined;
  return {
    label: label(before, names, 'geändert'),
    async do(db) {
      previous = await inEditTransaction(db, async () => {
        const current = await requirePartnership(db, before.id);
        await updatePartnership(db, before.id, fixed);
        return current;
      });
    },
    async undo(db) {
      const p = previous;
      if (!p) throw new Error(NOT_DONE);
      await inEditTransaction(db, async () => {
        await requirePartnership(db, before.id);
        await checkPartnership(db, p);
        await putPartnerships(db, [p]);
      });
    },
  };
}

/** Deletes a partnership. Undo puts the stored record back exactly (same id). */
export function deletePartnershipCommand(before: Partnership, names?: PartnerNames): Command {
  let removed: Partnership | undefined;
  return {
    label: label(before, names, 'gelöscht'),
    async do(db) {
      removed = await inEditTransaction(db, async () => {
        const current = await requirePartnership(db, before.id);
        await deletePartnerships(db, [before.id]);
        return current;
      });
    },
    async undo(db) {
      const p = removed;
      if (!p) throw new Error(NOT_DONE);
      await inEditTransaction(db, () => insert(db, p));
    },
  };
}
