import { describe, expect, it } from 'vitest';
import { barrierBlocksCar, carRestriction, parseMaxspeed, wayProfile } from '../../../src/analysis/routing/access';
import { BICYCLE, BICYCLE_PUSH, CAR, FOOT, highwayCode } from '../../../src/analysis/routing/highway';
import { DEFAULT_ROAD_SPEEDS, MAXSPEED_FACTOR, carSpeedKmh, carSpeedTable, sanitizeRoadSpeeds } from '../../../src/analysis/routing/speeds';

const get = (tags: Record<string, string>) => (k: string) => tags[k];
const profile = (tags: Record<string, string>) => wayProfile(get(tags));
/** Forward and backward bits as short strings: f foot, b ride, p push, c car. */
function bits(tags: Record<string, string>): [string, string] | null {
  const p = profile(tags);
  if (!p) return null;
  const s = (b: number) => `${b & FOOT ? 'f' : ''}${b & BICYCLE ? 'b' : ''}${b & BICYCLE_PUSH ? 'p' : ''}${b & CAR ? 'c' : ''}`;
  return [s(p.forward), s(p.backward)];
}

describe('wayProfile: access by class (German defaults)', () => {
  it.each([
    [{ highway: 'residential' }, ['fbc', 'fbc']],
    [{ highway: 'motorway' }, ['c', '']], // implied oneway
    [{ highway: 'motorway_link' }, ['c', 'c']],
    [{ highway: 'trunk' }, ['fbc', 'fbc']],
    [{ highway: 'trunk', motorroad: 'yes' }, ['c', 'c']],
    [{ highway: 'track' }, ['fb', 'fb']],
    [{ highway: 'track', motor_vehicle: 'destination' }, ['fbc', 'fbc']],
    [{ highway: 'track', motor_vehicle: 'agricultural' }, ['fb', 'fb']],
    [{ highway: 'path' }, ['fb', 'fb']],
    [{ highway: 'footway' }, ['fp', 'fp']],
    [{ highway: 'footway', bicycle: 'yes' }, ['fb', 'fb']],
    [{ highway: 'pedestrian' }, ['fp', 'fp']],
    [{ highway: 'steps' }, ['fp', 'fp']],
    [{ highway: 'cycleway' }, ['b', 'b']],
    [{ highway: 'cycleway', foot: 'designated' }, ['fb', 'fb']],
    [{ highway: 'bridleway' }, ['fp', 'fp']],
    [{ highway: 'service', access: 'private' }, null],
    [{ highway: 'service', access: 'no', foot: 'yes' }, ['fp', 'fp']],
    [{ highway: 'residential', motor_vehicle: 'no' }, ['fb', 'fb']],
    [{ highway: 'residential', access: 'destination' }, ['fbc', 'fbc']],
    [{ highway: 'motorway', access: 'yes' }, ['c', '']], // access=yes does not open a motorway to walkers
    [{ highway: 'construction' }, null],
    [{ highway: 'proposed' }, null],
    [{ highway: 'busway' }, null],
  ] as [Record<string, string>, [string, string] | null][])('%o → %o', (tags, expected) => {
    expect(bits(tags)).toEqual(expected);
  });
});

describe('wayProfile: oneway', () => {
  it.each([
    [{ highway: 'residential', oneway: 'yes' }, ['fbc', 'fp']],
    [{ highway: 'residential', oneway: '1' }, ['fbc', 'fp']],
    [{ highway: 'residential', oneway: 'true' }, ['fbc', 'fp']],
    [{ highway: 'residential', oneway: '-1' }, ['fp', 'fbc']],
    [{ highway: 'residential', oneway: 'yes', 'oneway:bicycle': 'no' }, ['fbc', 'fb']],
    [{ highway: 'residential', oneway: 'yes', cycleway: 'opposite_lane' }, ['fbc', 'fb']],
    [{ highway: 'primary', junction: 'roundabout' }, ['fbc', 'fp']],
    [{ highway: 'primary', junction: 'roundabout', oneway: 'no' }, ['fbc', 'fbc']],
    [{ highway: 'motorway', oneway: 'no' }, ['c', 'c']],
    [{ highway: 'residential', oneway: 'reversible' }, ['fb', 'fb']],
    [{ highway: 'cycleway', oneway: 'yes' }, ['b', '']],
    [{ highway: 'footway', oneway: 'yes' }, ['fp', 'fp']], // walkers ignore oneway
  ] as [Record<string, string>, [string, string]][])('%o → %o', (tags, expected) => {
    expect(bits(tags)).toEqual(expected);
  });

  it('keeps class and maxspeed per direction', () => {
    expect(profile({ highway: 'primary', maxspeed: '70' })).toMatchObject({ highway: highwayCode('primary'), maxspeedForward: 70, maxspeedBackward: 70 });
    expect(profile({ highway: 'primary', maxspeed: '70', 'maxspeed:backward': '50' })).toMatchObject({ maxspeedForward: 70, maxspeedBackward: 50 });
  });
});

describe('parseMaxspeed', () => {
  it.each([
    ['50', 50],
    ['30 km/h', 30],
    ['30 mph', 48],
    ['walk', 7],
    ['none', 0],
    ['DE:urban', 50],
    ['DE:rural', 100],
    ['DE:motorway', 0],
    ['DE:zone30', 30],
    ['DE:zone:30', 30],
    ['DE:living_street', 7],
    ['signals', 0],
    ['50;30', 0],
    ['999', 250],
  ])('%s → %d', (v, kmh) => expect(parseMaxspeed(v)).toBe(kmh));
});

describe('barriers and turn restrictions', () => {
  it('bollards stop cars unless opened; gates only when closed', () => {
    expect(barrierBlocksCar(get({ barrier: 'bollard' }))).toBe(true);
    expect(barrierBlocksCar(get({ barrier: 'bollard', motor_vehicle: 'yes' }))).toBe(false);
    expect(barrierBlocksCar(get({ barrier: 'gate' }))).toBe(false);
    expect(barrierBlocksCar(get({ barrier: 'gate', access: 'private' }))).toBe(true);
    expect(barrierBlocksCar(get({ barrier: 'kerb' }))).toBe(false);
    expect(barrierBlocksCar(get({ highway: 'traffic_signals' }))).toBe(false);
  });

  it('reads no_* and only_* for cars, not for other modes', () => {
    expect(carRestriction(get({ type: 'restriction', restriction: 'no_left_turn' }))).toBe('no');
    expect(carRestriction(get({ type: 'restriction', restriction: 'only_straight_on' }))).toBe('only');
    expect(carRestriction(get({ type: 'restriction', 'restriction:motorcar': 'no_u_turn' }))).toBe('no');
    expect(carRestriction(get({ type: 'restriction', 'restriction:bicycle': 'no_left_turn' }))).toBeNull();
    expect(carRestriction(get({ type: 'restriction', restriction: 'no_left_turn', except: 'psv;motorcar' }))).toBeNull();
    expect(carRestriction(get({ type: 'multipolygon' }))).toBeNull();
  });
});

describe('speeds', () => {
  it('defaults: walking 4.5, cycling 15, driving per class', () => {
    expect(DEFAULT_ROAD_SPEEDS.foot).toBe(4.5);
    expect(DEFAULT_ROAD_SPEEDS.bicycle).toBe(15);
    expect(DEFAULT_ROAD_SPEEDS.car).toMatchObject({ motorway: 120, trunk: 90, primary: 70, secondary: 60, tertiary: 50, unclassified: 45, residential: 30, living_street: 7, service: 20, track: 15 });
  });

  it('maxspeed wins for the car, times the factor; none given takes the class', () => {
    const table = carSpeedTable(DEFAULT_ROAD_SPEEDS);
    expect(carSpeedKmh(table, highwayCode('primary'), 100)).toBe(100 * MAXSPEED_FACTOR);
    expect(carSpeedKmh(table, highwayCode('primary'), 0)).toBe(70);
  });

  it('sanitizes: bad values take the default, numbers are clamped, unknown classes dropped', () => {
    const s = sanitizeRoadSpeeds({ foot: 'fast', bicycle: 1000, car: { residential: -5, motorway: 130, spaceway: 900 } });
    expect(s.foot).toBe(4.5);
    expect(s.bicycle).toBe(60);
    expect(s.car.residential).toBe(1);
    expect(s.car.motorway).toBe(130);
    expect(s.car.primary).toBe(70);
    expect('spaceway' in s.car).toBe(false);
    expect(sanitizeRoadSpeeds(null)).toEqual(sanitizeRoadSpeeds(DEFAULT_ROAD_SPEEDS));
  });
});
