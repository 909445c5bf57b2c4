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

/**
 * One dash pattern per default type (in line widths, as MapLibre's line-dasharray), so the
 * types stay apart without colour too (print in grey, colour-vision deficiencies); others dotted.
 */
export const TYPE_DASHES: readonly (readonly number[])[] = [[1, 0], [4, 2], [1, 1.5], [5, 1.5, 1, 1.5], [2.5, 2.5]];
export const OTHER_TYPE_DASH: readonly number[] = [0.5, 2];

export function typeDash(type: string): readonly number[] {
  const i = PARTNERSHIP_TYPES.indexOf(type as (typeof PARTNERSHIP_TYPES)[number]);
  return i >= 0 ? TYPE_DASHES[i] : OTHER_TYPE_DASH;
}

/** The types the given partnerships have, for a legend: the default types in their order, then others (one "other" row). */
export function typesShown(partnerships: readonly { type: string }[]): { defaults: string[]; other: boolean } {
  const present = new Set(partnerships.map((p) => p.type));
  const defaults = PARTNERSHIP_TYPES.filter((t) => present.has(t));
  return { defaults, other: [...present].some((t) => !(PARTNERSHIP_TYPES as readonly string[]).includes(t)) };
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
