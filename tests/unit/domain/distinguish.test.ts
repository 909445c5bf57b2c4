import { describe, expect, it } from 'vitest';
import { distinguishingLabels } from '../../../src/domain/distinguish';
import { institution } from '../../helpers/records';

describe('distinguishingLabels: telling institutions of the same name apart', () => {
  it('gives unique names nothing', () => {
    const labels = distinguishingLabels([
      institution('a', { name: 'Kita Nord', town: 'Erfurt', street: 'Weg 1' }),
      institution('b', { name: 'Kita Süd', town: 'Erfurt', street: 'Weg 2' }),
    ]);
    expect(labels.size).toBe(0);
  });

  it('tells the same name in different towns apart by town', () => {
    const labels = distinguishingLabels([
      institution('a', { name: 'Kita Sonnenblume', town: 'Gera', street: 'Lindenweg 3' }),
      institution('b', { name: 'Kita Sonnenblume', town: 'Jena', street: 'Lindenweg 3' }),
      institution('c', { name: 'Kita Nord', town: 'Jena' }),
    ]);
    expect(Object.fromEntries(labels)).toEqual({ a: 'Gera', b: 'Jena' });
  });

  it('tells the same name in the same town apart by street', () => {
    const labels = distinguishingLabels([
      institution('a', { name: 'Gemeindebibliothek Gera', town: 'Gera', street: 'Am Markt 1' }),
      institution('b', { name: 'Gemeindebibliothek Gera', town: 'Gera', street: ' Lindenweg  3 ' }),
      institution('c', { name: 'gemeindebibliothek  gera', town: 'Jena', street: 'Am Markt 1' }),
    ]);
    // Case and spacing do not make a name different; the one in Jena is told apart by its town.
    expect(Object.fromEntries(labels)).toEqual({ a: 'Am Markt 1', b: 'Lindenweg 3', c: 'Jena' });
  });

  it('falls back to the end of the id when the address does not tell them apart', () => {
    const labels = distinguishingLabels([
      institution('inst-0001', { name: 'Hebamme' }),
      institution('inst-0002', { name: 'Hebamme' }),
      institution('inst-a3f9', { name: 'Praxis', town: 'Suhl', street: 'Weg 1' }),
      institution('inst-b4e0', { name: 'Praxis', town: 'Suhl', street: 'Weg 1' }),
    ]);
    expect(Object.fromEntries(labels)).toEqual({ 'inst-0001': '#0001', 'inst-0002': '#0002', 'inst-a3f9': '#a3f9', 'inst-b4e0': '#b4e0' });
  });

  it('keeps names with markup as plain text additions', () => {
    const labels = distinguishingLabels([
      institution('a', { name: 'X', town: '<b>Gera</b>' }),
      institution('b', { name: 'X', town: 'Jena' }),
    ]);
    expect(labels.get('a')).toBe('<b>Gera</b>');
  });
});
