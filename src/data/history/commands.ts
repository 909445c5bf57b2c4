import type { Command } from './command';
import { inEditTransaction, NOT_DONE, quoted } from './command';
import { removeInstitution, replaceInstitution, requireInstitution, restoreInstitution, type RemovedInstitution } from './blocks';
import { toInstitutions } from '../repositories/institutions';
import type { InstitutionId, ProjectId } from '../../domain/ids';
import type { Institution, InstitutionDraft } from '../../domain/institution';

export { addPartnershipCommand, deletePartnershipCommand, updatePartnershipCommand, type PartnerNames } from './partnershipCommands';

/**
 * Factories of the edit commands on institutions. Each command remembers, when it runs, what
 * it needs to reverse itself, and keeps ids and timestamps fixed, so do → undo → do → …
 * always writes the same records.
 */

/**
 * Adds an institution made from `draft`. The record (id, timestamps) is made here, so a redo
 * re-adds the very same id. Undo removes it again (with any partnerships it got meanwhile,
 * which a redo brings back).
 */
export function addInstitutionCommand(projectId: ProjectId, draft: InstitutionDraft): { command: Command; id: InstitutionId } {
  const [record] = toInstitutions(projectId, [structuredClone(draft)]);
  let removed: RemovedInstitution | undefined;
  let createdBlock = false;
  const command: Command = {
    label: `Einrichtung ${quoted(record.name)} angelegt`,
    async do(db) {
      createdBlock = await inEditTransaction(db, () => restoreInstitution(db, removed ?? { institution: record, partnerships: [] }));
    },
    async undo(db) {
      removed = await inEditTransaction(db, () => removeInstitution(db, projectId, record.id, createdBlock));
    },
  };
  return { command, id: record.id };
}

/**
 * Changes fields of an institution (`updatedAt` is set). Undo puts back the record exactly as
 * it was stored before, `updatedAt` included.
 */
export function updateInstitutionCommand(before: Institution, changes: Partial<InstitutionDraft>): Command {
  return editCommand(before, structuredClone(changes), `Einrichtung ${quoted(before.name)} bearbeitet`);
}

/**
 * Sets an institution's location as placed by hand (`locationQuality: 'manual'`): for dragging
 * a point, and for placing an unlocated institution by clicking the map; with the Gemeinde key
 * of the new place when given.
 */
export function moveInstitutionCommand(before: Institution, lon: number, lat: number, ags?: string): Command {
  const unlocated = before.lat === null || before.lon === null;
  const label = `Einrichtung ${quoted(before.name)} ${unlocated ? 'auf der Karte platziert' : 'verschoben'}`;
  return editCommand(before, { lon, lat, locationQuality: 'manual', ...(ags === undefined ? {} : { ags }) }, label, () => {
    const ok = Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
    if (!ok) throw new Error('Diese Koordinaten gibt es nicht (Länge −180 bis 180, Breite −90 bis 90).');
  });
}

/**
 * Deletes an institution with all its partnerships. Undo puts the institution back at its
 * place in its block and restores every partnership exactly.
 */
export function deleteInstitutionCommand(institution: Institution): Command {
  let removed: RemovedInstitution | undefined;
  return {
    label: `Einrichtung ${quoted(institution.name)} gelöscht`,
    async do(db) {
      removed = await inEditTransaction(db, () => removeInstitution(db, institution.projectId, institution.id));
    },
    async undo(db) {
      const r = removed;
      if (!r) throw new Error(NOT_DONE);
      await inEditTransaction(db, () => restoreInstitution(db, r));
    },
  };
}

/** Shared by update and move: applies `changes` to the stored record, undo restores it. */
function editCommand(before: Institution, changes: Partial<InstitutionDraft>, label: string, check?: () => void): Command {
  let previous: Institution | undefined;
  let stamp: string | undefined;
  return {
    label,
    async do(db) {
      check?.();
      const updatedAt = (stamp ??= new Date().toISOString());
      previous = await inEditTransaction(db, async () => {
        const current = await requireInstitution(db, before.projectId, before.id);
        const { id, projectId, createdAt } = current;
        await replaceInstitution(db, { ...current, ...changes, id, projectId, createdAt, updatedAt });
        return current;
      });
    },
    async undo(db) {
      const p = previous;
      if (!p) throw new Error(NOT_DONE);
      await inEditTransaction(db, () => replaceInstitution(db, p));
    },
  };
}
