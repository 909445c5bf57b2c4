import { PbfReader } from 'pbf';
import { unzlibSync } from 'fflate';
import { ImportFileError } from '../decode';
import {
  MSG_OSM_DAMAGED,
  MSG_OSM_EMPTY,
  MSG_OSM_NOT_PBF,
  MSG_OSM_PACKED,
  MSG_OSM_TEXT,
  MSG_OSM_TRUNCATED,
  MSG_OSM_ZIP,
  msgOsmCompression,
} from './messages';

/**
 * The framing of an OSM PBF file (wiki "PBF Format"): blocks of a 4-byte big-endian length,
 * a BlobHeader (type "OSMHeader" or "OSMData", datasize) and a Blob (raw or zlib-compressed
 * bytes of a HeaderBlock or PrimitiveBlock). Read through Blob.slice in chunks, never the
 * whole file at once.
 */

/** One block of the file: its type and where its Blob message lies. */
export interface FileBlock {
  type: string;
  /** Offset of the block (its length prefix) in the file. */
  start: number;
  /** Offset just after its Blob. */
  end: number;
  blobStart: number;
}

const CHUNK = 8 << 20;
const MAX_HEADER = 64 << 10;
const MAX_BLOB = 32 << 20;

function startsWith(b: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((x, i) => b[i] === x);
}

/** Refuses what is plainly not a PBF, by its first bytes, with a message that says what it is. */
function sniff(head: Uint8Array): void {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) throw new ImportFileError(MSG_OSM_ZIP);
  if (startsWith(head, [0x1f, 0x8b]) || startsWith(head, [0x42, 0x5a, 0x68])) throw new ImportFileError(MSG_OSM_PACKED);
  const text = head.subarray(0, 64).every((c) => c === 9 || c === 10 || c === 13 || (c >= 32 && c !== 127));
  if (text && head.length >= 4) throw new ImportFileError(MSG_OSM_TEXT);
}

/** Adler-32 of the inflated bytes, which zlib stores in its last four bytes (fflate does not check it). */
export function adler32(d: Uint8Array): number {
  let a = 1;
  let b = 0;
  const n = d.length;
  for (let i = 0; i < n; ) {
    const end = Math.min(i + 5552, n);
    for (; i < end; i++) {
      a += d[i];
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** Reads an OSM PBF Blob in chunks and hands out its blocks, inflated. */
export class PbfFile {
  readonly size: number;
  private chunk = new Uint8Array(0);
  private chunkStart = 0;

  constructor(
    private readonly file: Blob,
    private readonly signal?: AbortSignal,
  ) {
    this.size = file.size;
  }

  /**
   * Bytes [start, start + length) of the file; a view valid until the next call. Reads a chunk
   * of 8 MB around them: onward, or backward when the caller walks the file from its end.
   */
  async bytes(start: number, length: number, backward = false): Promise<Uint8Array> {
    if (start >= this.chunkStart && start + length <= this.chunkStart + this.chunk.length) {
      return this.chunk.subarray(start - this.chunkStart, start - this.chunkStart + length);
    }
    if (start + length > this.size) throw new ImportFileError(MSG_OSM_TRUNCATED);
    this.signal?.throwIfAborted();
    const from = backward ? Math.max(0, Math.min(start, start + length - CHUNK)) : start;
    const to = Math.min(this.size, Math.max(start + length, from + CHUNK));
    this.chunk = new Uint8Array(await this.file.slice(from, to).arrayBuffer());
    this.chunkStart = from;
    this.signal?.throwIfAborted();
    if (this.chunk.length < to - from) throw new ImportFileError(MSG_OSM_TRUNCATED);
    return this.chunk.subarray(start - from, start - from + length);
  }

  /** The block at a file offset (its header read and checked). */
  async blockAt(pos: number): Promise<FileBlock> {
    const first = pos === 0;
    if (this.size - pos < 4) throw new ImportFileError(first ? MSG_OSM_NOT_PBF : MSG_OSM_TRUNCATED);
    const len = new DataView((await this.bytes(pos, 4)).slice().buffer).getUint32(0);
    if (len === 0 || len > MAX_HEADER) throw new ImportFileError(first ? MSG_OSM_NOT_PBF : MSG_OSM_DAMAGED);
    if (pos + 4 + len > this.size) throw new ImportFileError(first ? MSG_OSM_NOT_PBF : MSG_OSM_TRUNCATED);
    let type = '';
    let datasize = -1;
    try {
      const pbf = new PbfReader(await this.bytes(pos + 4, len));
      for (let f; (f = pbf.nextField()); ) {
        if (f === 1 && pbf.type === 2) type = pbf.readString();
        else if (f === 3 && pbf.type === 0) datasize = pbf.readVarint();
      }
      if (pbf.pos !== len) throw new Error('header overrun');
    } catch {
      throw new ImportFileError(first ? MSG_OSM_NOT_PBF : MSG_OSM_DAMAGED);
    }
    if (first && type !== 'OSMHeader') throw new ImportFileError(MSG_OSM_NOT_PBF);
    if (type === '' || datasize < 0 || datasize > MAX_BLOB) throw new ImportFileError(first ? MSG_OSM_NOT_PBF : MSG_OSM_DAMAGED);
    const blobStart = pos + 4 + len;
    if (blobStart + datasize > this.size) throw new ImportFileError(MSG_OSM_TRUNCATED);
    return { type, start: pos, end: blobStart + datasize, blobStart };
  }

  /**
   * All blocks in file order, from their headers only (the file is read once, nothing
   * inflated); the first must be the OSMHeader.
   */
  async blocks(): Promise<FileBlock[]> {
    if (this.size === 0) throw new ImportFileError(MSG_OSM_EMPTY);
    const head = await this.bytes(0, Math.min(this.size, 64));
    const len = this.size >= 4 ? new DataView(head.slice(0, 4).buffer).getUint32(0) : 0;
    if (len === 0 || len > MAX_HEADER) sniff(head);
    const out: FileBlock[] = [];
    for (let pos = 0; pos < this.size; ) {
      const block = await this.blockAt(pos);
      out.push(block);
      pos = block.end;
    }
    return out;
  }

  /** The inflated content of a block (a view into a reused buffer, valid until the next call). */
  async content(block: FileBlock, backward = false): Promise<Uint8Array> {
    const blob = await this.bytes(block.blobStart, block.end - block.blobStart, backward);
    return inflateBlob(blob);
  }
}

let scratch = new Uint8Array(1 << 20);

/** The bytes a Blob message carries: raw, or zlib with its length and checksum checked. */
export function inflateBlob(blob: Uint8Array): Uint8Array {
  let raw: Uint8Array | undefined;
  let zlib: Uint8Array | undefined;
  let rawSize = -1;
  let other = '';
  try {
    const pbf = new PbfReader(blob);
    for (let f; (f = pbf.nextField()); ) {
      if (f === 1 && pbf.type === 2) raw = pbf.readBytes();
      else if (f === 2 && pbf.type === 0) rawSize = pbf.readVarint();
      else if (f === 3 && pbf.type === 2) zlib = pbf.readBytes();
      else if (f === 4) other = 'LZMA';
      else if (f === 5) other = 'bzip2';
      else if (f === 6) other = 'LZ4';
      else if (f === 7) other = 'Zstandard';
    }
    if (pbf.pos !== blob.length) throw new Error('blob overrun');
  } catch {
    throw new ImportFileError(MSG_OSM_DAMAGED);
  }
  if (raw) return raw;
  if (!zlib) throw new ImportFileError(other ? msgOsmCompression(other) : MSG_OSM_DAMAGED);
  if (rawSize < 0 || rawSize > MAX_BLOB || zlib.length < 6) throw new ImportFileError(MSG_OSM_DAMAGED);
  if (scratch.length < rawSize) scratch = new Uint8Array(Math.max(rawSize, scratch.length * 2));
  let out: Uint8Array;
  try {
    out = unzlibSync(zlib, { out: scratch.subarray(0, rawSize) });
  } catch {
    throw new ImportFileError(MSG_OSM_DAMAGED);
  }
  const n = zlib.length;
  const stored = ((zlib[n - 4] << 24) | (zlib[n - 3] << 16) | (zlib[n - 2] << 8) | zlib[n - 1]) >>> 0;
  if (out.length !== rawSize || adler32(out) !== stored) throw new ImportFileError(MSG_OSM_DAMAGED);
  return out;
}
