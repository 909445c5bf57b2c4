type TypedArray = Int32Array | Uint32Array | Uint8Array | Float64Array;
type TypedCtor<T extends TypedArray> = { new (length: number): T };

/** A typed array that grows by doubling while rows are read, for columns of millions of values. */
export class Growable<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly ctor: TypedCtor<T>,
    capacity = 1024,
  ) {
    this.data = new ctor(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new this.ctor(this.data.length * 2);
      next.set(this.data as never);
      this.data = next;
    }
    this.data[this.length++] = value;
  }

  get(i: number): number {
    return this.data[i];
  }

  /** The values as a typed array of exactly `length` (a copy; the builder can be dropped). */
  toArray(): T {
    return this.data.slice(0, this.length) as T;
  }
}
