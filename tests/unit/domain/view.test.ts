import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeView, DEFAULT_VIEW, encodeView, sanitizeView, type ViewState } from '../../../src/domain/view';

const text = fc.string({ maxLength: 30 });
const viewArb: fc.Arbitrary<ViewState> = fc.record({
  camera: fc.option(fc.record({ center: fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }).map((x) => x + 0), fc.double({ min: -85, max: 85, noNaN: true }).map((x) => x + 0)), zoom: fc.double({ min: 0, max: 22, noNaN: true }).map((x) => x + 0) }), { nil: null }),
  mode: fc.constantFrom('map', 'graph', 'split'),
  tab: fc.constantFrom('institutions', 'network', 'coverage', 'areas'),
  filter: fc.record({ categories: fc.array(text), kreise: fc.array(fc.stringMatching(/^\d{5}$/)), carriers: fc.constant([]), tags: fc.constant([]), partnershipTypes: fc.array(text) }),
  networkLines: fc.boolean(),
  selected: fc.option(fc.uuid(), { nil: null }),
  graphLayout: fc.constantFrom('force', 'geographic', 'concentric', 'grouped'),
  graphSizeBy: fc.constantFrom('degree', 'betweenness'),
  timeYear: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
  coverage: fc.record({
    categories: fc.array(text),
    mainKm: fc.integer({ min: 1, max: 100 }),
    thresholdsKm: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
    measure: fc.constantFrom('distance', 'time'),
    layer: fc.constantFrom('grid', 'gemeinden', 'networkGaps', 'none'),
    target: fc.constantFrom('total', 'under15', 'over65'),
    focus: fc.option(fc.stringMatching(/^\d{5}$/), { nil: null }),
    gapKinds: fc.array(text, { maxLength: 16 }),
    gapKm: fc.integer({ min: 1, max: 100 }),
  }),
}) as fc.Arbitrary<ViewState>;

describe('views', () => {
  it('a link gives back the same view (umlauts, quotes and all)', () => {
    fc.assert(
      fc.property(viewArb, fc.uuid(), (view, project) => {
        const link = encodeView(view, project);
        expect(link).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(decodeView(link)).toEqual({ projectId: project, view });
      }),
    );
  });

  it('reads a view saved before the target groups as counting all inhabitants', () => {
    const old = { ...DEFAULT_VIEW, coverage: { categories: ['ThEKiZ'], mainKm: 15, thresholdsKm: [5, 15], measure: 'time', layer: 'gemeinden' } };
    const d = DEFAULT_VIEW.coverage;
    expect(sanitizeView(JSON.parse(JSON.stringify(old))).coverage).toEqual({ ...old.coverage, target: 'total', focus: null, gapKinds: d.gapKinds, gapKm: d.gapKm });
    expect(sanitizeView({ ...old, coverage: { ...old.coverage, target: 'under15' } }).coverage.target).toBe('under15');
    expect(sanitizeView({ ...old, coverage: { ...old.coverage, target: 'alle' } }).coverage.target).toBe('total');
  });

  it('keeps carriers and tags (free text from files) out of the link', () => {
    const view = { ...DEFAULT_VIEW, filter: { ...DEFAULT_VIEW.filter, carriers: ['Verein Müller e. V.'], tags: ['intern'], kreise: ['16051'] } };
    const back = decodeView(encodeView(view, 'p1'))!;
    expect(back.view.filter).toEqual({ ...DEFAULT_VIEW.filter, kreise: ['16051'] });
    expect(atob(encodeView(view, 'p1').replace(/-/g, '+').replace(/_/g, '/'))).not.toContain('Verein');
  });

  it('keeps a time slider year only when it is a plausible whole year', () => {
    expect(sanitizeView({ timeYear: 2019 }).timeYear).toBe(2019);
    for (const v of [2019.5, '2019', -5, 99999, null]) expect(sanitizeView({ timeYear: v }).timeYear).toBeNull();
  });

  it('turns nonsense into the default view and refuses what is no link', () => {
    expect(sanitizeView(null)).toEqual(DEFAULT_VIEW);
    expect(sanitizeView({ mode: 'tv', camera: { center: [999, 0], zoom: 3 }, coverage: { mainKm: -1, thresholdsKm: ['x'] } })).toEqual(DEFAULT_VIEW);
    expect(decodeView('%%%')).toBeNull();
    expect(decodeView(btoa('{"v":{}}'))).toBeNull();
  });
});
