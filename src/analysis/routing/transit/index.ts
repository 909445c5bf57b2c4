/** Public transport routing over a GTFS timetable: the API the routing worker uses. */
export { buildTimetable } from './buildTimetable';
export { servicesOn, parseServiceDate } from './calendar';
export { earliestArrival, type StopAccess } from './raptor';
export { transitSecondsToTargets, egressSeconds, type TransitWindow } from './profile';
export { timetableToStored, timetableFromStored, TIMETABLE_FORMAT, type StoredTimetable, type StoredTimetableMeta } from './serialize';
export { walkSeconds, footpathSeconds } from './footpaths';
export { DEFAULT_TIMETABLE_SETTINGS, type Timetable, type TimetableInfo, type TimetableSettings } from './timetable';
export type { TransitFeed } from './feed';
