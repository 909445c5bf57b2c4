/** A what-if for the coverage analysis: hypothetical new facilities, existing ones switched off. */
export interface Scenario<F> {
  /** Hypothetical facilities, appended after the existing ones in this order. */
  add?: readonly F[];
  /** Existing facilities to switch off, by position in the list. */
  removeIndices?: readonly number[];
  /** Existing facilities to switch off, by id. */
  removeIds?: readonly string[];
}

/**
 * The facility list of a scenario: the existing facilities not switched off (in their order),
 * then the added ones. Pure: neither the list nor the scenario is changed. Indices outside the
 * list and unknown ids switch nothing off.
 */
export function applyScenario<F extends { readonly lon: number; readonly lat: number; readonly id?: string }>(facilities: readonly F[], scenario: Scenario<F>): F[] {
  const offIndex = new Set(scenario.removeIndices ?? []);
  const offId = new Set(scenario.removeIds ?? []);
  const kept = facilities.filter((f, i) => !offIndex.has(i) && !(f.id !== undefined && offId.has(f.id)));
  return [...kept, ...(scenario.add ?? [])];
}
