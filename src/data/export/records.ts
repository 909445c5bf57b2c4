import type { Institution } from '../../domain/institution';
import type { Partnership } from '../../domain/partnership';
import type { CategoryRecord } from '../../domain/project';

/** An institution as written to a file: every field except the project it belongs to. */
export type InstitutionRecord = Omit<Institution, 'projectId'>;

/** A partnership as written to a file: every field except the project it belongs to. */
export type PartnershipRecord = Omit<Partnership, 'projectId'>;

/** A category as written to a file: every field except the project it belongs to. */
export type CategoryFileRecord = Omit<CategoryRecord, 'projectId'>;

/**
 * The institution without `projectId`, with its fields in a fixed order (so exports are
 * deterministic whatever order the stored object had) and a copy of the tag list.
 */
export function institutionRecord(i: Institution): InstitutionRecord {
  return {
    id: i.id,
    name: i.name,
    category: i.category,
    carrier: i.carrier,
    street: i.street,
    postcode: i.postcode,
    town: i.town,
    ags: i.ags,
    lat: i.lat,
    lon: i.lon,
    locationQuality: i.locationQuality,
    phone: i.phone,
    email: i.email,
    website: i.website,
    tags: [...i.tags],
    note: i.note,
    since: i.since,
    until: i.until ?? '',
    source: i.source,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
  };
}

/** The partnership without `projectId`, fields in a fixed order. */
export function partnershipRecord(p: Partnership): PartnershipRecord {
  return { id: p.id, a: p.a, b: p.b, type: p.type, intensity: p.intensity, since: p.since, until: p.until, note: p.note };
}

/** The category without `projectId`, fields in a fixed order. */
export function categoryRecord(c: CategoryRecord): CategoryFileRecord {
  return { name: c.name, color: c.color, symbol: c.symbol, order: c.order };
}

/** Compares two strings by UTF-16 code units: the same order on every machine and locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
