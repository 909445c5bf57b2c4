import type { Institution } from '../../domain/institution';
import { foldText } from './fold';

/** How a reference to an institution (an id and/or a name) was resolved. */
export type Resolution =
  | { kind: 'found'; institution: Institution }
  /** Neither an id nor a name was given. */
  | { kind: 'missing' }
  /** No institution has the id (when no name was given) or the name. */
  | { kind: 'unknown' }
  /** Several institutions have the name; sorted by town. */
  | { kind: 'ambiguous'; candidates: Institution[] };

/** Comparison key of a name: folded (see foldText), or trimmed lower case if nothing is left. */
function nameKey(s: string): string {
  return foldText(s) || s.trim().toLowerCase();
}

/** "Kita Sonnenschein (Erfurt)": a name with its town in brackets. */
const NAME_WITH_TOWN = /^(.*\S)\s*\(([^()]*\S[^()]*)\)$/;

function push<K>(map: Map<K, Institution[]>, key: K, i: Institution): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/**
 * Finds institutions of a project by id or name, for importing references to them: by id
 * first, then by the exact name, then by the name ignoring case, umlaut spelling (ä/ae,
 * ß/ss), spaces and punctuation. A name several institutions share is ambiguous unless the
 * reference names the town in brackets: „Kita Sonnenschein (Erfurt)“.
 */
export class InstitutionIndex {
  private readonly byId = new Map<string, Institution>();
  private readonly byName = new Map<string, Institution[]>();
  private readonly byKey = new Map<string, Institution[]>();

  constructor(institutions: readonly Institution[]) {
    for (const i of institutions) {
      this.byId.set(i.id, i);
      push(this.byName, i.name.trim(), i);
      push(this.byKey, nameKey(i.name), i);
    }
  }

  /** Resolves a reference given by id and/or name (either may be ''). */
  resolve(id: string, name: string): Resolution {
    const byId = id.trim() === '' ? undefined : this.byId.get(id.trim());
    if (byId) return { kind: 'found', institution: byId };
    const n = name.trim();
    if (n === '') return id.trim() === '' ? { kind: 'missing' } : { kind: 'unknown' };
    const matches = this.byName.get(n) ?? this.byKey.get(nameKey(n));
    if (matches?.length === 1) return { kind: 'found', institution: matches[0] };
    const withTown = this.resolveWithTown(n);
    if (withTown) return withTown;
    return matches ? { kind: 'ambiguous', candidates: byTown(matches) } : { kind: 'unknown' };
  }

  /** „Name (Ort)“: the institutions of that name in that town. */
  private resolveWithTown(reference: string): Resolution | null {
    const m = NAME_WITH_TOWN.exec(reference);
    if (!m) return null;
    const named = this.byName.get(m[1].trim()) ?? this.byKey.get(nameKey(m[1]));
    if (!named) return null;
    const town = nameKey(m[2]);
    const inTown = named.filter((i) => nameKey(i.town) === town);
    if (inTown.length === 0) return null;
    return inTown.length === 1 ? { kind: 'found', institution: inTown[0] } : { kind: 'ambiguous', candidates: byTown(inTown) };
  }
}

function byTown(list: readonly Institution[]): Institution[] {
  return [...list].sort((a, b) => a.town.localeCompare(b.town, 'de'));
}
