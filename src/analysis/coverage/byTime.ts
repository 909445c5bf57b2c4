/**
 * Travel times from every demand point (census cell) to its nearest centre over the loaded
 * road network, or by bus and train with walks at both ends: the "nearest" a coverage run by
 * time counts with (analysis.ts). Pure; the coverage worker holds graph and timetable.
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';
import { haversineMeters } from '../distance';
import type { RoadGraph } from '../routing/roadGraph';
import { boundedTowardLabelled, multiSourceLabelled, multiSourceSeconds, type RoadMode } from '../routing/search';
import { snapCandidates, type SnapCandidates } from '../routing/snap';
import { MAXSPEED_FACTOR, sanitizeRoadSpeeds, type RoadSpeeds } from '../routing/speeds';
import type { Timetable } from '../routing/transit/timetable';
import { transitSecondsToTargets } from '../routing/transit/profile';
import { dayNumber, isoDay, weekdayOf } from '../routing/transit/feed';

/** Farthest straight line from a cell's centre (or a centre) to the network that still counts. */
export const MAX_ACCESS_METERS = 1000;
/** Farthest straight line walked to a stop (and from a stop to a centre's road). */
export const MAX_STOP_WALK_METERS = 1000;
/** Walking distance ÷ straight line on the way to a stop. */
export const STOP_WALK_DETOUR = 1.3;
/** The car's first and last metres (drive, yard, parking) at this speed. */
export const CAR_ACCESS_KMH = 15;

export interface Points {
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
}

/** Where the points meet the network: their nearest usable nodes within MAX_ACCESS_METERS (none: off the network). */
export type PointSnap = SnapCandidates;
/** Nearest nodes tried per point (the nearest may lie on a piece cut off from the rest). */
const CANDIDATES = 6;

export interface ByTimeNearest {
  /** Nearest centre and its time in thousandths of a minute (Infinity: none reached), per point. */
  nearest: { index: Int32Array; meters: Float64Array };
  /** Points with no road within MAX_ACCESS_METERS (their time is Infinity). */
  offNetwork: Uint8Array;
  /** Centres with no road within MAX_ACCESS_METERS (they count as absent). */
  facilitiesOffNetwork: number;
}

/** The speed of the first and last metres between a point and the network, km/h. */
export function accessKmh(mode: RoadMode, speeds: RoadSpeeds): number {
  return mode === 'foot' ? speeds.foot : mode === 'bicycle' ? speeds.bicycle : CAR_ACCESS_KMH;
}

const secondsAt = (meters: number, kmh: number) => (meters * 3.6) / kmh;

/**
 * The fastest the mode moves anywhere on the graph (km/h), the first and last metres included:
 * no point farther than minutes × this by the straight line is reached in those minutes (edges
 * are never shorter than the straight line between their ends).
 */
export function fastestKmh(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds): number {
  const s = sanitizeRoadSpeeds(speeds);
  if (mode === 'foot') return s.foot;
  if (mode === 'bicycle') return Math.max(s.bicycle, s.foot);
  let top = CAR_ACCESS_KMH;
  for (const v of Object.values(s.car)) top = Math.max(top, v);
  let maxspeed = 0;
  for (let e = 0; e < graph.edgeCount; e++) if (graph.maxspeed[e] > maxspeed) maxspeed = graph.maxspeed[e];
  return Math.max(top, maxspeed * MAXSPEED_FACTOR);
}

/** Snaps points to the network usable by the mode (cached by the worker: the cells stay the same). */
export function snapPoints(graph: RoadGraph, mode: RoadMode, points: Points): PointSnap {
  return snapCandidates(graph, mode, points.lon, points.lat, MAX_ACCESS_METERS, CANDIDATES);
}

/** The best time over a point's candidate nodes (access at `kmh` plus the node's time), and that node; -1 / Infinity if none. */
function bestOf(snap: SnapCandidates, i: number, seconds: ArrayLike<number>, kmh: number): { node: number; seconds: number } {
  let node = -1;
  let best = Infinity;
  for (let c = snap.start[i]; c < snap.start[i + 1]; c++) {
    const s = secondsAt(snap.meters[c], kmh) + seconds[snap.node[c]];
    if (s < best) [best, node] = [s, snap.node[c]];
  }
  return { node, seconds: best };
}

/** Seconds from every graph node to the nearest centre by the mode (Infinity beyond maxSeconds), and which centre that is. */
function towardCentres(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, facilities: readonly { lon: number; lat: number }[], maxSeconds = Infinity) {
  // Every centre starts from its few nearest nodes (with the walk to each), so one on a cut-off piece still counts.
  const snap = snapCandidates(graph, mode, facilities.map((f) => f.lon), facilities.map((f) => f.lat), MAX_ACCESS_METERS, CANDIDATES);
  const kmh = accessKmh(mode, speeds);
  const sources: { node: number; seconds: number; label: number }[] = [];
  let off = 0;
  for (let f = 0; f < facilities.length; f++) {
    if (snap.start[f] === snap.start[f + 1]) off++;
    for (let c = snap.start[f]; c < snap.start[f + 1]; c++) sources.push({ node: snap.node[c], seconds: secondsAt(snap.meters[c], kmh), label: f });
  }
  // A bounded search (one per candidate site) reuses its arrays and costs only what it visits.
  const found = Number.isFinite(maxSeconds) ? boundedTowardLabelled(graph, mode, speeds, sources, maxSeconds) : multiSourceLabelled(graph, mode, speeds, sources, { towardSources: true });
  return { ...found, facilitiesOffNetwork: off };
}

/**
 * Road travel times: walking, cycling or driving from every point to its nearest centre. With
 * maxSeconds, times beyond it count as not reached (the search stops there: much faster).
 * With `only`, just those points get a time (the rest stay Infinity and unmarked).
 */
export function roadNearest(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, facilities: readonly { lon: number; lat: number }[], snap: PointSnap, maxSeconds = Infinity, only?: ArrayLike<number>): ByTimeNearest {
  const n = snap.start.length - 1;
  const { seconds, label, facilitiesOffNetwork } = towardCentres(graph, mode, speeds, facilities, maxSeconds);
  const kmh = accessKmh(mode, speeds);
  const index = new Int32Array(n).fill(-1);
  const meters = new Float64Array(n).fill(Infinity);
  const offNetwork = new Uint8Array(n);
  const count = only ? only.length : n;
  for (let q = 0; q < count; q++) {
    const i = only ? only[q] : q;
    if (snap.start[i] === snap.start[i + 1]) {
      offNetwork[i] = 1;
      continue;
    }
    const best = bestOf(snap, i, seconds, kmh);
    if (!(best.seconds <= maxSeconds)) continue;
    index[i] = label[best.node];
    meters[i] = (best.seconds / 60) * 1000;
  }
  return { nearest: { index, meters }, offNetwork, facilitiesOffNetwork };
}

export interface TransitWindow {
  /** The service day, YYYY-MM-DD. */
  date: string;
  fromSec: number;
  toSec: number;
}

/**
 * Bus and train with walks: from every point, the better of walking all the way and walking
 * (straight line × 1.3) to a stop within MAX_STOP_WALK_METERS, riding (median over the
 * window's departure minutes, with waits and changes) to a stop near a centre and walking on
 * over the footpath network. The centre named is the one nearest on foot. maxSeconds and
 * `only` as in roadNearest.
 */
export function transitNearest(graph: RoadGraph, speeds: RoadSpeeds, tt: Timetable, window: TransitWindow, facilities: readonly { lon: number; lat: number }[], snap: PointSnap, points: Points, maxSeconds = Infinity, only?: ArrayLike<number>): ByTimeNearest {
  const n = snap.start.length - 1;
  const egressLimit = secondsAt(MAX_STOP_WALK_METERS * STOP_WALK_DETOUR, speeds.foot);
  const walk = towardCentres(graph, 'foot', speeds, facilities, Math.max(maxSeconds, egressLimit));
  // From each stop: the walk on to the nearest centre over the footpaths.
  const { stopSnap, stops } = preparedStops(graph, tt);
  const targets: { stop: number; seconds: number }[] = [];
  for (let s = 0; s < tt.stopCount; s++) {
    const egress = bestOf(stopSnap, s, walk.seconds, speeds.foot).seconds;
    if (egress <= egressLimit) targets.push({ stop: s, seconds: egress });
  }
  const ride = targets.length > 0 ? transitSecondsToTargets(tt, { date: window.date, fromSec: window.fromSec, toSec: window.toSec, stepSec: 60, maxTravelSec: maxSeconds }, targets) : new Float32Array(tt.stopCount).fill(Infinity);
  const index = new Int32Array(n).fill(-1);
  const meters = new Float64Array(n).fill(Infinity);
  const offNetwork = new Uint8Array(n);
  const count = only ? only.length : n;
  for (let q = 0; q < count; q++) {
    const i = only ? only[q] : q;
    let best = Infinity;
    if (snap.start[i] < snap.start[i + 1]) {
      const w = bestOf(snap, i, walk.seconds, speeds.foot);
      if (w.seconds <= maxSeconds) {
        best = w.seconds;
        index[i] = walk.label[w.node];
      }
    } else offNetwork[i] = 1;
    const x = points.lon[i];
    const y = points.lat[i];
    for (const s of around(stops, x, y, Infinity, MAX_STOP_WALK_METERS / 1000)) {
      const r = ride[s];
      if (!Number.isFinite(r)) continue;
      const total = secondsAt(haversineMeters(x, y, tt.stopLon[s], tt.stopLat[s]) * STOP_WALK_DETOUR, speeds.foot) + r;
      if (total < best) best = total;
    }
    if (best <= maxSeconds) {
      meters[i] = (best / 60) * 1000;
      // A cell reached by bus only is still a cell with a connection.
      if (offNetwork[i]) offNetwork[i] = 0;
    }
  }
  return { nearest: { index, meters }, offNetwork, facilitiesOffNetwork: walk.facilitiesOffNetwork };
}

const prepared = new WeakMap<Timetable, { graph: RoadGraph; stopSnap: SnapCandidates; stops: KDBush }>();

/** The stops snapped to the footpaths and indexed by place, once per timetable and graph (a suggestion run asks for them per candidate). */
function preparedStops(graph: RoadGraph, tt: Timetable): { stopSnap: SnapCandidates; stops: KDBush } {
  const hit = prepared.get(tt);
  if (hit?.graph === graph) return hit;
  const stopSnap = snapCandidates(graph, 'foot', tt.stopLon, tt.stopLat, MAX_ACCESS_METERS, CANDIDATES);
  const stops = new KDBush(tt.stopCount);
  for (let s = 0; s < tt.stopCount; s++) stops.add(tt.stopLon[s], tt.stopLat[s]);
  stops.finish();
  const value = { graph, stopSnap, stops };
  prepared.set(tt, value);
  return value;
}

/**
 * The service day a weekday stands for: the first such day from `today` on within the
 * timetable's validity; for a timetable that has run out (or not begun), the first such day
 * of its second week (the first week often starts mid-week or on a holiday). Null without a
 * validity or when the weekday never falls in it.
 */
export function transitDate(validFrom: string | null, validTo: string | null, weekday: number, today: string): string | null {
  const from = validFrom ? dayNumber(validFrom) : NaN;
  const to = validTo ? dayNumber(validTo) : NaN;
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from || weekday < 1 || weekday > 7) return null;
  const firstFrom = (start: number) => start + ((weekday - 1 - weekdayOf(start) + 7) % 7);
  const now = dayNumber(today);
  if (Number.isFinite(now) && now >= from && now <= to) {
    const d = firstFrom(now);
    if (d <= to) return isoDay(d);
  }
  const second = firstFrom(Math.min(from + 7, to));
  if (second <= to) return isoDay(second);
  const first = firstFrom(from);
  return first <= to ? isoDay(first) : null;
}

/**
 * Minutes from one place (an institution) to each target over the road network by the mode,
 * Infinity where a target is off the network or not reached within maxMinutes: "Partner in
 * der Nähe" by travel time. The first and last metres count as in roadNearest.
 */
export function minutesFrom(graph: RoadGraph, mode: RoadMode, speeds: RoadSpeeds, from: { lon: number; lat: number }, targets: Points, maxMinutes = 180): Float64Array {
  const kmh = accessKmh(mode, speeds);
  const start = snapCandidates(graph, mode, [from.lon], [from.lat], MAX_ACCESS_METERS, CANDIDATES);
  const out = new Float64Array(targets.lon.length).fill(Infinity);
  if (start.start[1] === 0) return out;
  const sources = Array.from(start.node, (node, c) => ({ node, seconds: secondsAt(start.meters[c], kmh) }));
  const seconds = multiSourceSeconds(graph, mode, speeds, sources, { maxSeconds: maxMinutes * 60 });
  const snap = snapCandidates(graph, mode, targets.lon, targets.lat, MAX_ACCESS_METERS, CANDIDATES);
  for (let i = 0; i < out.length; i++) {
    const s = bestOf(snap, i, seconds, kmh).seconds;
    if (s <= maxMinutes * 60) out[i] = s / 60;
  }
  return out;
}
