/**
 * A small seeded pseudo-random number generator (mulberry32) with the utility methods the letter
 * generator needs. Same seed, same sequence, on every platform: only 32-bit integer
 * arithmetic (Math.imul, >>>) is used.
 */

/** Mixes two 32-bit values into one well-distributed 32-bit seed (a splitmix32-style finalizer). */
export function mixSeed(a: number, b: number): number {
  let h = (toUint32(a) ^ Math.imul(toUint32(b) ^ 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Folds any JavaScript number into 32 bits without losing the high part of a large integer,
 * so 1 and 2**32 + 1 give different seeds.
 */
export function toUint32(n: number): number {
  if (!Number.isFinite(n)) {
    return 0;
  }
  const i = Math.trunc(n);
  const lo = i >>> 0;
  const hi = Math.floor(i / 4294967296) >>> 0;
  return hi === 0 ? lo : (lo ^ Math.imul(hi, 0x27d4eb2d)) >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number) {
    // Run the seed through the mixer so that neighbouring seeds start far apart.
    this.state = mixSeed(toUint32(seed), 0x5eed1e77);
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (max < min) {
      throw new RangeError(`int(${min}, ${max}): max < min`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) {
      throw new RangeError('pick() from an empty list');
    }
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight: entries are [value, weight] with weights > 0. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) {
      total += w;
    }
    let r = this.next() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) {
        return value;
      }
    }
    const last = entries[entries.length - 1];
    if (last === undefined) {
      throw new RangeError('weighted() from an empty list');
    }
    return last[0];
  }

  /** A shuffled copy (Fisher-Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** n distinct elements, in random order (all of them if n >= length). */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, Math.max(0, n));
  }

  /** An independent generator derived from this one's next output and a label. */
  fork(label: number): Random {
    return new Random(mixSeed(Math.floor(this.next() * 4294967296), label));
  }
}
