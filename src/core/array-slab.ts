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
  private float64Block = new Float64Array(0);
  private float64Used = 0;
  private uint8Block = new Uint8Array(0);
  private uint8Used = 0;

  /** `blockLength`: elements per block; an array longer than an eighth of it gets its own. */
  constructor(private readonly blockLength = 1 << 16) {}

  float64(length: number): Float64Array {
    if (length * 8 > this.blockLength) return new Float64Array(length);
    if (this.float64Used + length > this.float64Block.length) {
      this.float64Block = new Float64Array(this.blockLength);
      this.float64Used = 0;
    }
    const view = this.float64Block.subarray(this.float64Used, this.float64Used + length);
    this.float64Used += length;
    return view;
  }

  uint8(length: number): Uint8Array {
    if (length * 8 > this.blockLength) return new Uint8Array(length);
    if (this.uint8Used + length > this.uint8Block.length) {
      this.uint8Block = new Uint8Array(this.blockLength);
      this.uint8Used = 0;
    }
    const view = this.uint8Block.subarray(this.uint8Used, this.uint8Used + length);
    this.uint8Used += length;
    return view;
  }
}
