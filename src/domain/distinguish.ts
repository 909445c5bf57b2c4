import type { Institution } from './institution';

type Named = Pick<Institution, 'id' | 'name' | 'street' | 'town'>;

/** Names that differ only in case or spacing count as the same name. */
const nameKey = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-DE');
const clean = (s: string): string => s.trim().replace(/\s+/g, ' ');

/**
 * Short additions that tell institutions of the same name apart, e.g. two "Kita Sonnenblume":
 * id → "Gera" and id → "Jena", or in one town id → "Lindenweg 3" and id → "Am Markt 1".
 *
 * Only institutions whose name occurs more than once in `institutions` get an entry; unique
 * names get none. For each of a same-named group, in this order:
 * 1. its town (Ort), when no other of the group has that town;
 * 2. else its street, when no other of the group has that town and street;
 * 3. else (no address, or the same address twice) "#" and the last 4 characters of its id:
 *    stable when the table is filtered or sorted, and the same in every view, unlike a running number.
 * The additions are plain text (the caller shows them as text, never as HTML).
 */
export function distinguishingLabels(institutions: readonly Named[]): Map<string, string> {
  const groups = new Map<string, Named[]>();
  for (const i of institutions) {
    const key = nameKey(i.name);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const count = (key: (i: Named) => string, value: string) => group.filter((o) => key(o) === value).length;
    const town = (i: Named) => clean(i.town).toLocaleLowerCase('de-DE');
    const address = (i: Named) => `${town(i)}|${clean(i.street).toLocaleLowerCase('de-DE')}`;
    for (const i of group) {
      if (clean(i.town) !== '' && count(town, town(i)) === 1) out.set(i.id, clean(i.town));
      else if (clean(i.street) !== '' && count(address, address(i)) === 1) out.set(i.id, clean(i.street));
      else out.set(i.id, `#${i.id.slice(-4)}`);
    }
  }
  return out;
}
