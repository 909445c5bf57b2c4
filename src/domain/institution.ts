import type { InstitutionId, ProjectId } from './ids';

/** How a location was found. */
export type LocationQuality =
  | 'exact' // coordinates given in the source
  | 'geocoded-place' // matched a populated place (GeoNames) by name
  | 'geocoded-gemeinde' // matched a Gemeinde (centre of its label point) by name
  | 'geocoded-postcode' // at a postcode's centroid (mean of its places in the postcode list): coarse
  | 'manual' // placed by the user on the map
  | 'none'; // not located yet

/** An institution (Einrichtung) in a project. Coordinates are WGS84; null while unlocated. */
export interface Institution {
  id: InstitutionId;
  projectId: ProjectId;
  name: string;
  /** Category name (see categories). */
  category: string;
  /** Träger. */
  carrier: string;
  street: string;
  postcode: string;
  town: string;
  /** Gemeinde key (8-digit AGS), '' when unknown. */
  ags: string;
  lat: number | null;
  lon: number | null;
  locationQuality: LocationQuality;
  phone: string;
  email: string;
  website: string;
  tags: string[];
  note: string;
  /** Since when the institution exists or takes part (ISO yyyy-mm-dd, yyyy-mm or yyyy), '' when unknown. */
  since: string;
  /**
   * Until when it existed or took part ("Bis", same forms as `since`), '' while it still does.
   * Optional: records written before the field existed have none.
   */
  until?: string;
  /** Where the record came from, e.g. "Import einrichtungen.csv" or "Beispieldaten – fiktiv". */
  source: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** The fields an import or a form can fill; ids and timestamps are added on write. */
export type InstitutionDraft = Omit<Institution, 'id' | 'projectId' | 'createdAt' | 'updatedAt'>;

/** An empty draft: every text field '', no location. */
export function emptyDraft(): InstitutionDraft {
  return {
    name: '', category: '', carrier: '', street: '', postcode: '', town: '', ags: '',
    lat: null, lon: null, locationQuality: 'none', phone: '', email: '', website: '', tags: [], note: '', since: '', until: '', source: '',
  };
}

/**
 * The fields of `edited` that differ from `base` (the record as the form opened it). Saving
 * only these lets two tabs edit different fields of one institution without losing either
 * edit: the last write wins per field, not per record.
 */
export function changedFields(base: InstitutionDraft, edited: InstitutionDraft): Partial<InstitutionDraft> {
  const out: Partial<InstitutionDraft> = {};
  for (const key of Object.keys(edited) as (keyof InstitutionDraft)[]) {
    const a = base[key];
    const b = edited[key];
    const same = Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
    if (!same) (out as Record<string, unknown>)[key] = b;
  }
  return out;
}
