import { strToU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayNumber, NO_PICKUP } from '../../../src/analysis/routing/transit/feed';
import { ImportFileError, MSG_EMPTY } from '../../../src/data/import/decode';
import { MSG_GTFS_DAMAGED, MSG_GTFS_EMPTY_ZIP, MSG_GTFS_NO_CALENDAR, MSG_GTFS_NO_STOP_TIMES, MSG_GTFS_NOT_ZIP } from '../../../src/data/import/gtfs/messages';
import { CsvChunks, lastRecordEnd } from '../../../src/data/import/gtfs/csvChunks';
import { readGtfs, type GtfsStage } from '../../../src/data/import/gtfs/readGtfs';
import { parseGtfsTime } from '../../../src/data/import/gtfs/values';
import { miniGtfs, VRN_ZIP, vrnBlob, vrnFeed, zipBlob } from './transitHelpers';

async function refusal(blob: Blob): Promise<ImportFileError> {
  try {
    await readGtfs(blob);
  } catch (e) {
    if (e instanceof ImportFileError) return e;
    throw e;
  }
  throw new Error('readGtfs did not refuse the file');
}

/** A German sentence: capital first, full stop at the end. */
const SENTENCE = /^[A-ZÄÖÜ0-9].*[.!]$/s;

/** The fixture's files as text, unzipped in one go (the test's independent view of the data). */
const raw = unzipSync(new Uint8Array(fs.readFileSync(VRN_ZIP)));
const rows = (file: string) => new TextDecoder().decode(raw[file]).trim().split(/\r?\n/).slice(1);

describe('readGtfs on the VRN slice', () => {
  it('keeps all 392 stops, 1,480 trips, 46,269 stop times, 26 calendar rows and 1,680 calendar dates', async () => {
    const feed = await vrnFeed();
    expect(feed.stops.id).toHaveLength(392);
    expect(feed.trips.id).toHaveLength(1480);
    expect(feed.stopTimes.stop).toHaveLength(46_269);
    expect(feed.rowCounts).toEqual({ calendar: 26, calendarDates: 1680, stopTimes: 46_269, trips: 1480 });
    expect(feed.services.id).toHaveLength(26);
    expect(feed.services.exceptionDay).toHaveLength(1680);
    expect(feed.routes.shortName).toContain('RNV 24');
    expect(feed.warnings).toEqual([]);
  });

  it('reports the validity from calendar and calendar_dates, and no feed_info', async () => {
    const { info } = await vrnFeed();
    expect(info).toEqual({ validFrom: '2022-06-12', validTo: '2022-12-10', publisher: null, version: null });
  });

  it('reads times past 24:00 as seconds beyond a day (28:15:00 = 101,700 s)', async () => {
    const feed = await vrnFeed();
    expect(Math.max(...feed.stopTimes.arrival)).toBe(28 * 3600 + 15 * 60);
    const trip = feed.trips.id.indexOf('vrn-11-24-1-1-15-R-1-Special#15-240312-298');
    const st = feed.stopTimes;
    const hbfE = feed.stops.id.indexOf('de:08221:1160:2:E');
    const r = Array.from({ length: st.tripStart[trip + 1] - st.tripStart[trip] }, (_, i) => st.tripStart[trip] + i).find((i) => st.stop[i] === hbfE)!;
    expect([st.arrival[r], st.departure[r]]).toEqual([24 * 3600 + 180, 24 * 3600 + 180]);
  });

  it('keeps every trip\'s stop times in stop_sequence order with the file\'s times', async () => {
    const feed = await vrnFeed();
    const st = feed.stopTimes;
    const byTrip = new Map<string, string[][]>();
    for (const line of rows('stop_times.txt')) {
      const c = line.split(',');
      byTrip.set(c[0], [...(byTrip.get(c[0]) ?? []), c]);
    }
    const hms = (s: string) => s.split(':').reduce((a, x) => a * 60 + Number(x), 0);
    for (const t of [0, 1, 700, 1479]) {
      const expected = byTrip.get(feed.trips.id[t])!.sort((a, b) => Number(a[4]) - Number(b[4]));
      const got = Array.from({ length: st.tripStart[t + 1] - st.tripStart[t] }, (_, k) => st.tripStart[t] + k)
        .map((i) => [feed.stops.id[st.stop[i]], st.arrival[i], st.departure[i], st.flags[i] & NO_PICKUP ? '1' : '']);
      expect(got).toEqual(expected.map((c) => [c[1], hms(c[2]), hms(c[3]), c[6]]));
    }
  });

  it('resolves parent stations and reads pickup_type 1 as no boarding', async () => {
    const feed = await vrnFeed();
    const bismarck = feed.stops.id.indexOf('de:08221:1146:1:1');
    expect(feed.stops.name[bismarck]).toBe('Heidelberg, Bismarckplatz Bstg A');
    expect(feed.stops.id[feed.stops.parent[bismarck]]).toBe('de:08221:1146_Parent');
    expect(feed.stops.locationType[feed.stops.parent[bismarck]]).toBe(1);
    const noPickup = rows('stop_times.txt').filter((l) => l.split(',')[6] === '1').length;
    expect(feed.stopTimes.flags.filter((f) => f & NO_PICKUP).length).toBe(noPickup);
  });

  it('reports progress with stages and growing byte counts, ending in "linking" at the full size', async () => {
    const calls: [GtfsStage, number, number][] = [];
    const blob = vrnBlob();
    await readGtfs(blob, { onProgress: (...a) => calls.push(a) });
    expect(calls.map((c) => c[0])).toContain('stop_times');
    expect(calls.at(-1)).toEqual(['linking', blob.size, blob.size]);
    for (let i = 1; i < calls.length; i++) expect(calls[i][1]).toBeGreaterThanOrEqual(calls[i - 1][1]);
  });

  it('stops when aborted and rejects with the abort reason', async () => {
    const controller = new AbortController();
    const reason = new Error('abgebrochen');
    controller.abort(reason);
    await expect(readGtfs(vrnBlob(), { signal: controller.signal })).rejects.toBe(reason);
  });

  it('stops when aborted during the read', async () => {
    // A feed larger than one read slice (1 MB), so that the read has a second step to stop at.
    const files = miniGtfs();
    files['shapes.txt'] = 'shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n' + Array.from({ length: 60_000 }, (_, i) => `X${i},${Math.random()},${Math.random()},${i}`).join('\n');
    const controller = new AbortController();
    const blob = zipBlob(files);
    expect(blob.size).toBeGreaterThan(1 << 20);
    const read = readGtfs(blob, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(read).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('readGtfs on small feeds', () => {
  it('reads a complete small feed, feed_info included, and untimed stops interpolated', async () => {
    const files = miniGtfs();
    files['feed_info.txt'] = 'feed_publisher_name,feed_publisher_url,feed_lang,feed_version\nVMT,https://vmt.example,de,2024-06\n';
    files['stop_times.txt'] = 'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT1,08:00:00,08:00:00,S1,1\nT1,,,S2,2\nT1,08:10:00,08:10:00,S3,3\nT2,25:10:00,25:10:00,S1,1\nT2,25:20:00,25:20:00,S3,2\n';
    const feed = await readGtfs(zipBlob(files));
    expect(feed.info).toEqual({ validFrom: '2024-06-01', validTo: '2024-06-30', publisher: 'VMT', version: '2024-06' });
    expect(feed.stops.name).toEqual(['Erfurt Anger', 'Erfurt, Domplatz', 'Erfurt Hbf']);
    expect(Array.from(feed.stopTimes.arrival)).toEqual([28_800, 29_100, 29_400, 90_600, 91_200]);
  });

  it('sorts stop times that come out of order, and reads files inside one folder', async () => {
    const files = miniGtfs();
    files['stop_times.txt'] = 'trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT2,25:20:00,25:20:00,S3,7\nT1,08:10:00,08:10:00,S3,30\nT1,08:00:00,08:00:00,S1,10\nT2,25:10:00,25:10:00,S1,3\nT1,08:05:00,08:06:00,S2,20\n';
    const nested = Object.fromEntries(Object.entries(files).map(([k, v]) => [`gtfs/${k}`, v]));
    const feed = await readGtfs(zipBlob(nested));
    expect(feed.trips.id).toEqual(['T1', 'T2']);
    expect(Array.from(feed.stopTimes.departure)).toEqual([28_800, 29_160, 29_400, 90_600, 91_200]);
    expect(Array.from(feed.stopTimes.tripStart)).toEqual([0, 3, 5]);
  });

  it('reads a stop_times.txt of several MB in chunks, quoted fields across chunk borders included', async () => {
    const files = miniGtfs();
    const lines = ['trip_id,arrival_time,departure_time,stop_id,stop_sequence,stop_headsign'];
    const trips = ['route_id,service_id,trip_id'];
    for (let t = 0; t < 30_000; t++) {
      trips.push(`R1,WK,T${t}`);
      // Headsigns with commas, escaped quotes and line breaks inside the quotes.
      lines.push(`T${t},08:00:00,08:00:00,S1,1,"Richtung ""Hbf"",\nGleis ${t % 7}"`, `T${t},08:0${t % 10}:00,08:0${t % 10}:30,S3,2,`);
    }
    files['trips.txt'] = trips.join('\n');
    files['stop_times.txt'] = lines.join('\r\n') + '\r\n';
    expect(files['stop_times.txt'].length).toBeGreaterThan(2 << 20);
    const feed = await readGtfs(zipBlob(files));
    expect(feed.trips.id).toHaveLength(30_000);
    expect(feed.stopTimes.stop).toHaveLength(60_000);
    expect(feed.stopTimes.departure[2 * 12_345 + 1]).toBe(8 * 3600 + 5 * 60 + 30);
    expect(feed.warnings).toEqual([]);
  });

  it('leaves out stop times of unknown trips and stops, and says so', async () => {
    const files = miniGtfs();
    files['stop_times.txt'] += 'T9,09:00:00,09:00:00,S1,1\nT1,08:20:00,08:20:00,S9,4\n';
    files['calendar_dates.txt'] += 'WK,2024-13-01,1\n';
    const feed = await readGtfs(zipBlob(files));
    expect(feed.stopTimes.stop).toHaveLength(5);
    expect(feed.warnings).toEqual([
      '1 Zeile in calendar_dates.txt wurde übergangen (ohne service_id, mit ungültigem Datum oder unbekannter Ausnahmeart).',
      '1 Zeile in stop_times.txt wurde übergangen (Fahrt nicht in trips.txt oder ohne Verkehrstage).',
      '1 Zeile in stop_times.txt wurde übergangen (Haltestelle nicht in stops.txt oder ohne Koordinaten).',
    ]);
  });
});

describe('readGtfs refuses what is no usable GTFS feed, with a German sentence', () => {
  const without = (name: string) => {
    const files = miniGtfs();
    delete files[name];
    return zipBlob(files);
  };

  it('an empty file', async () => {
    expect((await refusal(new Blob([]))).message).toBe(MSG_EMPTY);
  });

  it('a file that is not a zip', async () => {
    const e = await refusal(new Blob([strToU8('stop_id,stop_name\nS1,Erfurt\n')]));
    expect(e.message).toBe(MSG_GTFS_NOT_ZIP);
  });

  it('an empty zip', async () => {
    expect((await refusal(zipBlob({}))).message).toBe(MSG_GTFS_EMPTY_ZIP);
  });

  it('a GTFS without stop_times.txt', async () => {
    const e = await refusal(without('stop_times.txt'));
    expect(e.message).toBe('Im ZIP-Archiv fehlt stop_times.txt (die Abfahrtszeiten); es ist kein vollständiger GTFS-Fahrplan.');
  });

  it('a zip without stops.txt', async () => {
    const e = await refusal(without('stops.txt'));
    expect(e.message).toBe('Im ZIP-Archiv fehlt stops.txt (die Haltestellen); es ist kein vollständiger GTFS-Fahrplan.');
  });

  it('a zip of other files (an Excel workbook is a zip too)', async () => {
    const e = await refusal(zipBlob({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }));
    expect(e.message).toBe('Im ZIP-Archiv fehlen stops.txt (die Haltestellen), trips.txt (die Fahrten) und stop_times.txt (die Abfahrtszeiten); es ist kein vollständiger GTFS-Fahrplan.');
  });

  it('a feed without calendar.txt and calendar_dates.txt', async () => {
    const files = miniGtfs();
    delete files['calendar.txt'];
    delete files['calendar_dates.txt'];
    expect((await refusal(zipBlob(files))).message).toBe(MSG_GTFS_NO_CALENDAR);
  });

  it('a stops.txt without coordinates columns is fine, a stop_times.txt without stop_id is not', async () => {
    const files = miniGtfs();
    files['stop_times.txt'] = files['stop_times.txt'].replace('stop_id', 'haltestelle');
    expect((await refusal(zipBlob(files))).message).toBe('In stop_times.txt fehlt die Spalte „stop_id“; ohne sie lässt sich der Fahrplan nicht auswerten.');
  });

  it('stop times that reference no known trip', async () => {
    const files = miniGtfs();
    files['trips.txt'] = 'route_id,service_id,trip_id\nR1,WK,X1\n';
    expect((await refusal(zipBlob(files))).message).toBe(MSG_GTFS_NO_STOP_TIMES);
  });

  it('trips whose service no calendar knows', async () => {
    const files = miniGtfs();
    files['trips.txt'] = 'route_id,service_id,trip_id\nR1,SO,T1\nR1,SO,T2\n';
    expect((await refusal(zipBlob(files))).message).toMatch(/^Keine Zeile in stop_times.txt gehört zu einer Fahrt/);
  });

  it('a file with a quote that never closes', async () => {
    const files = miniGtfs();
    files['stops.txt'] = 'stop_id,stop_name,stop_lat,stop_lon\nS1,"Erfurt Anger,50.9770,11.0340\nS2,Domplatz,50.9780,11.0300\n';
    expect((await refusal(zipBlob(files))).message).toBe('In stops.txt ist ein Anführungszeichen nicht geschlossen; die Datei lässt sich nicht als Tabelle lesen.');
  });

  it('a damaged (truncated) zip', async () => {
    const bytes = new Uint8Array(await vrnBlob().arrayBuffer());
    expect((await refusal(new Blob([bytes.subarray(0, 200_000)]))).message).toBe(MSG_GTFS_DAMAGED);
  });

  it('every refusal message is a complete sentence', async () => {
    for (const m of [MSG_GTFS_DAMAGED, MSG_GTFS_EMPTY_ZIP, MSG_GTFS_NO_CALENDAR, MSG_GTFS_NO_STOP_TIMES, MSG_GTFS_NOT_ZIP]) expect(m).toMatch(SENTENCE);
    expect((await refusal(without('trips.txt'))).message).toMatch(SENTENCE);
  });
});

describe('cutting CSV text after complete records', () => {
  it('finds the last line break outside quotes', () => {
    expect(lastRecordEnd('a,b\nc,d\ne')).toBe(7);
    expect(lastRecordEnd('a,"x\ny"\nc,"open\n')).toBe(7);
    expect(lastRecordEnd('a,"say ""hi""\n",b\n')).toBe(17);
    expect(lastRecordEnd('"no end\n')).toBe(-1);
    expect(lastRecordEnd('no break')).toBe(-1);
  });

  it('hands over the same records whichever way the text is cut into chunks', () => {
    const text = 'id,name\n1,"A, ""B""\nC"\r\n2,D\n\n3,"E\n"\n';
    const whole: string[][] = [];
    const once = new CsvChunks((c) => whole.push(c));
    once.push(text);
    once.finish();
    expect(whole).toEqual([['id', 'name'], ['1', 'A, "B"\nC'], ['2', 'D'], ['3', 'E\n']]);
    for (let cut = 1; cut < text.length; cut++) {
      const got: string[][] = [];
      const csv = new CsvChunks((c) => got.push(c));
      csv.push(text.slice(0, cut));
      csv.push(text.slice(cut));
      csv.finish();
      expect(got).toEqual(whole);
    }
  });
});

describe('GTFS times', () => {
  it('reads H:MM:SS and HH:MM:SS, past 24 h too; empty is −1, nonsense NaN', () => {
    expect(parseGtfsTime('8:05:30')).toBe(29_130);
    expect(parseGtfsTime(' 28:15:00 ')).toBe(101_700);
    expect(parseGtfsTime('')).toBe(-1);
    for (const bad of ['8:5:30', '08:60:00', '08:00', 'abc', '08:00:0x']) expect(parseGtfsTime(bad)).toBeNaN();
  });
});

describe('calendar days', () => {
  it('reads dates as day numbers', async () => {
    const feed = await vrnFeed();
    const s = feed.services.id.indexOf('Special#27');
    expect([feed.services.start[s], feed.services.end[s]]).toEqual([dayNumber('2022-06-12'), dayNumber('2022-06-12')]);
  });
});
