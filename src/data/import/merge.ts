import type { InstitutionDraft } from '../../domain/institution';

const TEXT_FIELDS = ['category', 'carrier', 'street', 'postcode', 'town', 'ags', 'phone', 'email', 'website', 'note', 'since', 'until'] as const;

/**
 * Merges a duplicate into a record conservatively: fields the record has stay as they are,
 * empty ones are filled from the duplicate; tags are united; a location is taken only when
 * the record has none. Returns the changed fields only (empty object: nothing to merge).
 */
export function mergeDuplicate(record: InstitutionDraft, duplicate: InstitutionDraft): Partial<InstitutionDraft> {
  const changes: Partial<InstitutionDraft> = {};
  for (const k of TEXT_FIELDS) if (!(record[k] ?? '').trim() && (duplicate[k] ?? '').trim()) changes[k] = duplicate[k];
  const tags = [...new Set([...record.tags, ...duplicate.tags])];
  if (tags.length !== record.tags.length) changes.tags = tags;
  if ((record.lat === null || record.lon === null) && duplicate.lat !== null && duplicate.lon !== null) {
    Object.assign(changes, { lat: duplicate.lat, lon: duplicate.lon, locationQuality: duplicate.locationQuality });
  }
  return changes;
}
