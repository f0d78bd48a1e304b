/**
 * Zeroed typed arrays handed out as views of larger blocks. A check makes tens of thousands of
 * small arrays that live as long as its model: five weekly arrays per person, a day mask per
 * person, four arrays per duty. Each `new Float64Array(n)` allocates a backing store of its own
 * outside the JS heap, which costs about a microsecond to make and more to sweep; a view of a
 * shared block costs a fraction of that (10,000 arrays of 156: 10 ms against 1–4 ms, measured
 * on Node 20). A view keeps its whole block alive, so a slab is only for arrays that live and
 * die together.
 */
export class ArraySlab {
  private readonly float64Blocks: Blocks<Float64Array>;
  private readonly uint8Blocks: Blocks<Uint8Array>;

  /** `blockLength`: elements per block; an array longer than an eighth of it gets its own. */
  constructor(blockLength = 1 << 16) {
    this.float64Blocks = new Blocks((length) => new Float64Array(length), blockLength);
    this.uint8Blocks = new Blocks((length) => new Uint8Array(length), blockLength);
  }

  float64(length: number): Float64Array {
    return this.float64Blocks.take(length);
  }

  uint8(length: number): Uint8Array {
    return this.uint8Blocks.take(length);
  }
}

/** Blocks of one kind of typed array, handed out in views from the front of the newest. */
class Blocks<T extends Float64Array | Uint8Array> {
  private block: T;
  private used = 0;

  constructor(private readonly make: (length: number) => T, private readonly blockLength: number) {
    this.block = make(0);
  }

  take(length: number): T {
    if (length * 8 > this.blockLength) return this.make(length);
    if (this.used + length > this.block.length) {
      this.block = this.make(this.blockLength);
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + length) as T;
    this.used += length;
    return view;
  }
}

/** A slab that gives every array a backing store of its own: for arrays that do not live together (a re-check's). */
export const UNSHARED = new ArraySlab(0);
