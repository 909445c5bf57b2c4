import { describe, expect, it } from 'vitest';
import { partnerGeometry } from '../../../src/map/layers/partnerLines';
import { emptyDraft, type Institution } from '../../../src/domain/institution';
import type { InstitutionId, PartnershipId, ProjectId } from '../../../src/domain/ids';
import type { Partnership } from '../../../src/domain/partnership';

const inst = (id: string, lon: number | null, lat: number | null): Institution => ({ ...emptyDraft(), id: id as InstitutionId, projectId: 'p' as ProjectId, name: id, lon, lat, createdAt: '', updatedAt: '' });
const link = (a: string, b: string, intensity: 1 | 2 | 3 = 2): Partnership => ({ id: `${a}-${b}` as PartnershipId, projectId: 'p' as ProjectId, a: a as InstitutionId, b: b as InstitutionId, type: 'Austausch im Gremium', intensity, since: '', until: '', note: '' });

describe('partnerGeometry', () => {
  const list = Object.freeze([inst('a', 11, 51), inst('b', 12, 50.9), inst('c', 10, 50.5), inst('d', null, null)]);
  const links = Object.freeze([link('a', 'b', 3), link('c', 'a'), link('b', 'c'), link('a', 'd')]);

  it('draws a line from the selected institution to each located partner, in either direction of the link', () => {
    const g = partnerGeometry('a', list, links);
    expect(g.lines.features.map((f) => f.geometry.coordinates)).toEqual([[[11, 51], [12, 50.9]], [[11, 51], [10, 50.5]]]);
    expect(g.partners.features.map((f) => f.properties.id)).toEqual(['b', 'c']);
    expect(g.lines.features[0].properties.intensity).toBe(3);
  });

  it('draws nothing without a selection or for an unlocated selection', () => {
    expect(partnerGeometry(null, list, links).lines.features).toEqual([]);
    expect(partnerGeometry('d', list, links).lines.features).toEqual([]);
  });
});
