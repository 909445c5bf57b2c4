import { BICYCLE, BICYCLE_PUSH, CAR, FOOT, highwayCode } from './highway';

/**
 * From the OSM tags of a way to what the road graph keeps: class, speed limit and, per
 * direction, who may pass. German rules where OSM leaves it to the country
 * (wiki "OSM tags for routing/Access restrictions", Germany):
 *
 * | class | foot | bicycle | car |
 * | --- | --- | --- | --- |
 * | motorway, motorway_link | no | no | yes |
 * | trunk, trunk_link | yes | yes | yes (foot and bicycle no with motorroad=yes) |
 * | primary … residential, unclassified, living_street, service, road | yes | yes | yes |
 * | track | yes | yes | only with motor_vehicle/motorcar=yes, destination, … |
 * | path | yes | yes | no |
 * | cycleway | only with foot=yes/designated/… | yes | no |
 * | footway, pedestrian, steps, corridor, platform | yes | push | no |
 * | bridleway | yes | no | no |
 *
 * Tags: the most specific key present decides (car: motorcar, motor_vehicle, vehicle, access;
 * bicycle: bicycle, vehicle, access; foot: foot, access). A mode's own key can open or close
 * (foot=yes on a cycleway, motor_vehicle=destination on a track); the general keys `access`
 * and `vehicle` only close (access=yes does not open a motorway to walkers). Open: yes,
 * permissive, designated, destination, official, customers, discouraged (families travel to
 * the centre as visitors, so "Anlieger frei" counts as open). Closed: no, private,
 * agricultural, forestry, delivery, permit, military, emergency, use_sidepath, … .
 *
 * Oneway: oneway=yes/1/true/-1/reverse, and implied by junction=roundabout/circular and
 * highway=motorway unless oneway=no, binds cars and riding cyclists (not with
 * oneway:bicycle=no or cycleway=opposite*); oneway=reversible/alternating closes the way
 * to cars. Walkers ignore oneway (except oneway:foot).
 *
 * Bicycle: where riding is not allowed but walking is (footways, pedestrian zones, against a
 * oneway), the cyclist pushes at walking speed (BICYCLE_PUSH), so by bike one is never slower
 * than on foot.
 */

export type TagGetter = (key: string) => string | undefined;

/** What a way contributes to the graph; null when it carries no mode in any direction. */
export interface WayProfile {
  highway: number;
  /** km/h, 0 = none given (then the class's speed applies). */
  maxspeedForward: number;
  maxspeedBackward: number;
  forward: number;
  backward: number;
}

const OPEN = new Set(['yes', 'permissive', 'designated', 'destination', 'official', 'customers', 'discouraged', 'allowed', 'public']);
const CLOSED = new Set([
  'no',
  'private',
  'agricultural',
  'forestry',
  'agricultural;forestry',
  'forestry;agricultural',
  'delivery',
  'permit',
  'military',
  'emergency',
  'use_sidepath',
  'restricted',
  'psv',
  'bus',
  'disabled',
]);

/** A class's default for a mode. */
const Rule = { No: 0, Yes: 1, Push: 2 } as const;
type Rule = (typeof Rule)[keyof typeof Rule];

// Class defaults, by code (see the table above): [foot, bicycle, car].
const DEFAULTS: Record<string, [Rule, Rule, Rule]> = {
  motorway: [Rule.No, Rule.No, Rule.Yes],
  motorway_link: [Rule.No, Rule.No, Rule.Yes],
  track: [Rule.Yes, Rule.Yes, Rule.No],
  path: [Rule.Yes, Rule.Yes, Rule.No],
  cycleway: [Rule.No, Rule.Yes, Rule.No],
  footway: [Rule.Yes, Rule.Push, Rule.No],
  pedestrian: [Rule.Yes, Rule.Push, Rule.No],
  steps: [Rule.Yes, Rule.Push, Rule.No],
  corridor: [Rule.Yes, Rule.Push, Rule.No],
  platform: [Rule.Yes, Rule.Push, Rule.No],
  bridleway: [Rule.Yes, Rule.No, Rule.No],
};
const ALL_OPEN: [Rule, Rule, Rule] = [Rule.Yes, Rule.Yes, Rule.Yes];

/** The first present key of a hierarchy decides; general keys only close. */
function decide(tag: TagGetter, own: readonly string[], general: readonly string[], byDefault: boolean): boolean {
  for (const k of own) {
    const v = tag(k);
    if (v === undefined) continue;
    if (OPEN.has(v)) return true;
    if (CLOSED.has(v)) return false;
  }
  for (const k of general) {
    const v = tag(k);
    if (v === undefined) continue;
    if (CLOSED.has(v)) return false;
    if (OPEN.has(v)) return byDefault;
  }
  return byDefault;
}

const CAR_OWN = ['motorcar', 'motor_vehicle'];
const CAR_GENERAL = ['vehicle', 'access'];
const BIKE_OWN = ['bicycle'];
const BIKE_GENERAL = ['vehicle', 'access'];
const FOOT_OWN = ['foot'];
const FOOT_GENERAL = ['access'];

/** +1 forward only, -1 backward only, 0 both ways; for an oneway-like tag value. */
function direction(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (v === 'yes' || v === '1' || v === 'true') return 1;
  if (v === '-1' || v === 'reverse') return -1;
  if (v === 'no' || v === '0' || v === 'false') return 0;
  return undefined;
}

/** The tags of a highway way to its graph profile (see the module comment). */
export function wayProfile(tag: TagGetter): WayProfile | null {
  const hw = tag('highway');
  const code = highwayCode(hw);
  if (code < 0) return null;
  if (tag('area') === 'yes' && hw !== 'pedestrian' && hw !== 'footway' && hw !== 'platform') return null;
  const [footDef, bikeDef, carDef] = DEFAULTS[hw!] ?? ALL_OPEN;
  const motorroad = tag('motorroad') === 'yes';

  const foot = !motorroad && decide(tag, FOOT_OWN, FOOT_GENERAL, footDef !== Rule.No);
  const ride = !motorroad && decide(tag, BIKE_OWN, BIKE_GENERAL, bikeDef === Rule.Yes);
  let car = decide(tag, CAR_OWN, CAR_GENERAL, carDef === Rule.Yes);

  const oneway = tag('oneway');
  if (oneway === 'reversible' || oneway === 'alternating') car = false;
  let dir = direction(oneway);
  if (dir === undefined) {
    const junction = tag('junction');
    dir = junction === 'roundabout' || junction === 'circular' || hw === 'motorway' ? 1 : 0;
  }
  let bikeDir = dir;
  const cw = tag('cycleway');
  const bikeOneway = direction(tag('oneway:bicycle'));
  if (bikeOneway !== undefined) bikeDir = bikeOneway;
  else if (cw !== undefined && cw.startsWith('opposite')) bikeDir = 0;
  const footDir = direction(tag('oneway:foot')) ?? 0;

  const bits = (sign: number): number => {
    let b = 0;
    if (foot && footDir !== -sign) b |= FOOT;
    if (car && dir !== -sign) b |= CAR;
    if (ride && bikeDir !== -sign) b |= BICYCLE;
    else if (b & FOOT && !motorroad) b |= BICYCLE_PUSH;
    return b;
  };
  const forward = bits(1);
  const backward = bits(-1);
  if (forward === 0 && backward === 0) return null;
  const max = parseMaxspeed(tag('maxspeed'));
  const maxF = parseMaxspeed(tag('maxspeed:forward'));
  const maxB = parseMaxspeed(tag('maxspeed:backward'));
  return { highway: code, maxspeedForward: maxF || max, maxspeedBackward: maxB || max, forward, backward };
}

const ZONES: Record<string, number> = {
  urban: 50,
  rural: 100,
  motorway: 0,
  trunk: 100,
  living_street: 7,
  bicycle_road: 30,
  zone30: 30,
  'zone:30': 30,
  zone20: 20,
  'zone:20': 20,
  zone10: 10,
  'zone:10': 10,
};

/**
 * maxspeed=* in km/h, 0 when none or unreadable: "50", "30 km/h", "30 mph", "walk" (7), "none",
 * and the country zones "DE:urban" (50), "DE:rural" (100), "DE:zone30", "DE:living_street" (7),
 * "DE:motorway" (no limit: 0, the class's speed applies). Capped at 250.
 */
export function parseMaxspeed(v: string | undefined): number {
  if (v === undefined) return 0;
  const s = v.trim().toLowerCase();
  if (s === 'walk') return 7;
  const zone = /^[a-z]{2}:(.+)$/.exec(s);
  if (zone) return ZONES[zone[1]] ?? 0;
  const m = /^(\d+(?:\.\d+)?)\s*(km\/h|kmh|kph|mph|knots)?$/.exec(s);
  if (!m) return 0;
  let kmh = Number(m[1]);
  if (m[2] === 'mph') kmh *= 1.609344;
  else if (m[2] === 'knots') kmh *= 1.852;
  return kmh >= 1 ? Math.min(250, Math.round(kmh)) : 0;
}

const BLOCKING = new Set([
  'bollard',
  'block',
  'jersey_barrier',
  'cycle_barrier',
  'bus_trap',
  'chain',
  'rope',
  'kissing_gate',
  'stile',
  'turnstile',
  'full-height_turnstile',
  'motorcycle_barrier',
  'log',
  'planter',
  'debris',
  'fence',
  'wall',
  'spikes',
  'horse_stile',
  'hampshire_gate',
]);
const GATES = new Set(['gate', 'lift_gate', 'swing_gate', 'sliding_gate', 'barrier_board', 'chain']);

/**
 * Whether a barrier node stops cars (not walkers or cyclists): bollards, blocks, cycle barriers,
 * stiles, …, unless motorcar/motor_vehicle/vehicle/access opens it; gates and lift gates only
 * when closed to cars (access=no/private, motor_vehicle=no, …).
 */
export function barrierBlocksCar(tag: TagGetter): boolean {
  const b = tag('barrier');
  if (b === undefined) return false;
  const blocking = BLOCKING.has(b);
  if (!blocking && !GATES.has(b)) return false;
  for (const k of ['motorcar', 'motor_vehicle', 'vehicle', 'access']) {
    const v = tag(k);
    if (v === undefined) continue;
    if (OPEN.has(v)) return false;
    if (CLOSED.has(v)) return true;
  }
  return blocking;
}

/**
 * A relation's turn restriction for cars: 'no' (no_left_turn, no_u_turn, no_entry, …), 'only'
 * (only_straight_on, …) or null (not a restriction, or not for cars: restriction:bicycle,
 * except=motorcar, conditional ones).
 */
export function carRestriction(tag: TagGetter): 'no' | 'only' | null {
  const type = tag('type');
  if (type !== 'restriction' && type !== 'restriction:motorcar' && type !== 'restriction:motor_vehicle') return null;
  const value = tag('restriction:motorcar') ?? tag('restriction:motor_vehicle') ?? tag('restriction');
  if (value === undefined) return null;
  const except = tag('except');
  if (except !== undefined && except.split(';').some((e) => ['motorcar', 'motor_vehicle', 'vehicle'].includes(e.trim()))) return null;
  if (value.startsWith('no_')) return 'no';
  if (value.startsWith('only_')) return 'only';
  return null;
}
