// @pvm/testkit: what pvm's tests, fuzzers and benchmarks share. Never imported by the product.

export interface Rng {
  /** A uniform 32-bit unsigned integer. */
  u32(): number;
  /** 0 <= n < max (0 when max <= 0). */
  int(max: number): number;
  /** A uniform float in [0, 1). */
  float(): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
}

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): tiny, fast, good enough to spread test
 * inputs, and the same sequence for the same seed on every run and machine. Never Math.random.
 */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  const u32 = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    u32,
    int: (max) => (max <= 0 ? 0 : u32() % max),
    float: () => u32() / 4294967296,
    chance: (p) => u32() / 4294967296 < p,
    pick: (xs) => xs[u32() % xs.length]!,
  };
}

/** FNV-1a over bytes: a cheap fingerprint for comparing whole memories. */
export function fnv1a(b: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return h >>> 0;
}
