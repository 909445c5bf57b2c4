import { PbfReader } from 'pbf';
import { ImportFileError } from '../decode';
import { MSG_OSM_DAMAGED, msgOsmFeature } from './messages';

/** What the file's HeaderBlock says. */
export interface OsmHeader {
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  /** Data date (osmosis_replication_timestamp), ISO 8601. */
  timestamp?: string;
  writingProgram?: string;
  requiredFeatures: string[];
  optionalFeatures: string[];
}

/** Features this reader understands; any other required one refuses the file. */
const KNOWN = new Set(['OsmSchema-V0.6', 'DenseNodes']);

/** Decodes a HeaderBlock (1 bbox, 4 required_features, 16 writingprogram, 32 osmosis_replication_timestamp). */
export function readHeader(buf: Uint8Array): OsmHeader {
  const header: OsmHeader = { requiredFeatures: [], optionalFeatures: [] };
  try {
    const pbf = new PbfReader(buf);
    for (let f; (f = pbf.nextField()); ) {
      if (f === 1 && pbf.type === 2) {
        const end = pbf.readVarint() + pbf.pos;
        const box = [0, 0, 0, 0];
        for (let g; (g = pbf.nextField(end)); ) if (g >= 1 && g <= 4 && (pbf.type as number) === 0) box[g - 1] = pbf.readSVarint() * 1e-9;
        const [left, right, top, bottom] = box;
        header.bbox = [left, bottom, right, top];
      } else if (f === 4 && pbf.type === 2) header.requiredFeatures.push(pbf.readString());
      else if (f === 5 && pbf.type === 2) header.optionalFeatures.push(pbf.readString());
      else if (f === 16 && pbf.type === 2) header.writingProgram = pbf.readString();
      else if (f === 32 && pbf.type === 0) {
        const seconds = pbf.readVarint(true);
        if (seconds > 0) header.timestamp = new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
      }
    }
    if (pbf.pos > buf.length) throw new Error('header overrun');
  } catch {
    throw new ImportFileError(MSG_OSM_DAMAGED);
  }
  const unknown = header.requiredFeatures.find((f) => !KNOWN.has(f));
  if (unknown !== undefined) throw new ImportFileError(msgOsmFeature(unknown));
  return header;
}
