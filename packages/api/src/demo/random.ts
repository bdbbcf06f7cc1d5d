/**
 * A small seeded pseudo-random generator for the demo data (sfc32, seeded through splitmix32):
 * the same seed gives the same sequence on every machine, so the same seed and size give
 * byte-identical data. Never use it for anything secret.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `seed` and any further numbers (e.g. a stream number) are mixed into the state. */
  constructor(seed: number, ...more: number[]) {
    let s = mix32(seed >>> 0);
    for (const m of more) s = mix32((s ^ mix32(m >>> 0)) >>> 0);
    this.a = mix32(s ^ 0x9e3779b9);
    this.b = mix32(this.a ^ 0x85ebca6b);
    this.c = mix32(this.b ^ 0xc2b2ae35);
    this.d = 1;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** A uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of `items` with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }

  /** Roughly normal (sum of four uniforms), mean and standard deviation as given. */
  normal(mean: number, sd: number): number {
    const u = this.next() + this.next() + this.next() + this.next() - 2; // variance 4/12
    return mean + u * sd * Math.sqrt(3);
  }

  /** `n` distinct items of `items` (or all of them when there are fewer), in a random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0)
      out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]!);
    return out;
  }

  /**
   * A UUID in the version 7 layout: the first 48 bits are `ms` (so ids made in time order sort
   * in time order, which keeps the indexes on them append-mostly), the rest random from this stream.
   */
  uuid7(ms: number): string {
    const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
    const high = Math.floor(ms / 0x10000);
    const low = ms % 0x10000;
    const r1 = this.uint32();
    const r2 = this.uint32();
    const r3 = this.uint32();
    return `${hex(high, 8)}-${hex(low, 4)}-7${hex(r1 >>> 20, 3)}-${hex(0x8000 | ((r1 >>> 6) & 0x3fff), 4)}-${hex(r2, 8)}${hex(r3 >>> 16, 4)}`;
  }

  /** A version 4 UUID from this stream. */
  uuid4(): string {
    const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');
    const r = [this.uint32(), this.uint32(), this.uint32(), this.uint32()];
    return `${hex(r[0]!, 8)}-${hex(r[1]! >>> 16, 4)}-4${hex(r[1]! & 0xfff, 3)}-${hex(0x8000 | (r[2]! >>> 18), 4)}-${hex(r[2]! & 0xffff, 4)}${hex(r[3]!, 8)}`;
  }
}

/** splitmix32-style finaliser. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}
