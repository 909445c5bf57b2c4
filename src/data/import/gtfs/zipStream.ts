import { Unzip, UnzipInflate, type AsyncFlateStreamHandler } from 'fflate';

/** Receives one archive member's bytes as they inflate. */
export interface MemberSink {
  push(bytes: Uint8Array): void;
  /** The member is complete. */
  end(): void;
}

/** A member could not be inflated: damaged data or a compression method fflate lacks. */
export class ZipMemberError extends Error {
  constructor(
    readonly member: string,
    readonly kind: 'damaged' | 'method',
    readonly method = 0,
  ) {
    super(`${member}: ${kind === 'method' ? `compression method ${method}` : 'damaged'}`);
    this.name = 'ZipMemberError';
  }
}

/** Bytes read from the archive per step; a step is also where an abort is noticed. */
const SLICE_BYTES = 1 << 20;

/**
 * A deflate decoder that inflates only the members `wanted` accepts. fflate's `Unzip` keeps
 * the compressed bytes of a member nobody started in memory, so every member is started, and
 * the unwanted ones (shapes.txt can be the largest) pass through here without being inflated.
 */
function selectiveInflate(wanted: (name: string) => boolean) {
  return class SelectiveInflate {
    static compression = 8;
    ondata!: AsyncFlateStreamHandler;
    private readonly inner: UnzipInflate | null;
    constructor(name: string) {
      this.inner = wanted(name) ? new UnzipInflate() : null;
    }
    push(chunk: Uint8Array, final: boolean): void {
      if (!this.inner) {
        if (final) this.ondata(null, new Uint8Array(0), true);
        return;
      }
      this.inner.ondata = this.ondata;
      this.inner.push(chunk, final);
    }
  };
}

/**
 * Streams a ZIP archive from a Blob, slice by slice, and hands the members that `open`
 * accepts to their sink as they inflate; no member and not the archive is held whole.
 *
 * @param open returns a sink for a member's name (path inside the archive), or null to skip it.
 * @param onBytes called after each slice with the archive bytes read so far.
 * @returns the names of the members whose sink was ended.
 * @throws ZipMemberError for a member that cannot be inflated; fflate's Error for a truncated
 * or otherwise broken archive; the signal's reason when aborted.
 */
export async function streamZip(
  blob: Blob,
  open: (name: string) => MemberSink | null,
  options: { signal?: AbortSignal; onBytes?: (done: number, total: number) => void } = {},
): Promise<Set<string>> {
  const { signal, onBytes } = options;
  const ended = new Set<string>();
  let failure: Error | null = null;
  const sinks = new Map<string, MemberSink>();
  const unzip = new Unzip((file) => {
    const sink = failure ? null : open(file.name);
    if (sink) sinks.set(file.name, sink);
    if (sink && file.compression !== 0 && file.compression !== 8) {
      failure ??= new ZipMemberError(file.name, 'method', file.compression);
      return;
    }
    file.ondata = (err, data, final) => {
      if (failure || !sink) return;
      if (err) {
        failure = new ZipMemberError(file.name, 'damaged');
        return;
      }
      try {
        if (data.length > 0) sink.push(data);
        if (final) {
          sink.end();
          ended.add(file.name);
        }
      } catch (e) {
        failure = e instanceof Error ? e : new Error(String(e));
      }
    };
    // A member with a method fflate lacks cannot be started (it would throw); it is skipped.
    if (file.compression === 0 || file.compression === 8) file.start();
  });
  unzip.register(selectiveInflate((name) => !failure && sinks.has(name)));

  for (let pos = 0; pos < blob.size; pos += SLICE_BYTES) {
    signal?.throwIfAborted();
    const bytes = new Uint8Array(await blob.slice(pos, pos + SLICE_BYTES).arrayBuffer());
    signal?.throwIfAborted();
    unzip.push(bytes, pos + SLICE_BYTES >= blob.size);
    if (failure) throw failure;
    onBytes?.(Math.min(blob.size, pos + SLICE_BYTES), blob.size);
  }
  return ended;
}
