import { ArraySlab } from '../../src/core/array-slab';

describe('ArraySlab', () => {
  it('hands out zeroed arrays of the length asked that never share an element', () => {
    const slab = new ArraySlab(64);
    // Blocks of 64 elements: nine arrays of 7 fit in one, the tenth starts a second; ten of 6 fit, the eleventh does not.
    const arrays = Array.from({ length: 10 }, () => slab.float64(7));
    const bytes = Array.from({ length: 12 }, () => slab.uint8(6));
    for (const array of [...arrays, ...bytes]) {
      expect(array.length).toBe(array instanceof Float64Array ? 7 : 6);
      expect(array.every((value) => value === 0)).toBe(true);
    }
    arrays.forEach((array, k) => array.fill(k + 1));
    bytes.forEach((array, k) => array.fill(k + 1));
    arrays.forEach((array, k) => expect([...array]).toEqual(Array(7).fill(k + 1)));
    bytes.forEach((array, k) => expect([...array]).toEqual(Array(6).fill(k + 1)));
    expect(new Set(arrays.map((array) => array.buffer)).size).toBe(2);
    expect(new Set(bytes.map((array) => array.buffer)).size).toBe(2);
  });

  it('gives an array of its own to one longer than an eighth of a block', () => {
    const slab = new ArraySlab(64);
    const small = slab.float64(8);
    const large = slab.float64(9);
    expect(large.buffer).not.toBe(small.buffer);
    expect(large.byteOffset).toBe(0);
    expect(large.buffer.byteLength).toBe(9 * 8);
    expect(slab.float64(8).buffer).toBe(small.buffer);
  });
});
