/** Branded ids so the compiler catches an institution id passed where a project id belongs. */
export type InstitutionId = string & { readonly __brand: 'InstitutionId' };
export type PartnershipId = string & { readonly __brand: 'PartnershipId' };
export type ProjectId = string & { readonly __brand: 'ProjectId' };

/** A random id (crypto.randomUUID where available). */
export function newId<T extends string>(): T {
  return globalThis.crypto.randomUUID() as T;
}
