// The JavaScript twins of the guest workloads in bench/guest: the same algorithm, the same
// data layout and the same result, run in the same process as the guest, so the ratio
// measures the interpreter and nothing else.

/** Sieve of Eratosthenes to n over a byte array (0 = still a candidate); the count of primes. */
export function sieve(n: number): number {
  const flags = new Uint8Array(n + 1);
  for (let i = 2; i * i <= n; i++) {
    if (flags[i] !== 0) continue;
    for (let j = i * i; j <= n; j += i) flags[j] = 1;
  }
  let count = 0;
  for (let i = 2; i <= n; i++) if (flags[i] === 0) count++;
  return count;
}

/** sum += i for i < n, wrapping at 32 bits; unsigned, as the guest prints it. */
export function loop(n: number): number {
  let sum = 0;
  for (let i = 0; i < n; i++) sum = (sum + i) | 0;
  return sum >>> 0;
}

export function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

/** Copy `src` into `dst` word by word `reps` times; the xor of the copy, unsigned. */
export function memcpy(src: Int32Array, dst: Int32Array, reps: number): number {
  const words = src.length;
  for (let r = 0; r < reps; r++) for (let i = 0; i < words; i++) dst[i] = src[i]!;
  let x = 0;
  for (let i = 0; i < words; i++) x ^= dst[i]!;
  return x >>> 0;
}

/** The source block both copies start from: a fixed pseudo-random pattern. */
export function pattern(words: number): Int32Array {
  const a = new Int32Array(words);
  for (let i = 0; i < words; i++) a[i] = Math.imul(i + 1, 0x9e3779b1) ^ (i >>> 3);
  return a;
}

/** The text the bytes workload scans: letters, and a space where the formula gives 26. */
export function text(n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = (i * 7 + (i >>> 5)) % 27;
    b[i] = c === 26 ? 32 : 97 + c;
  }
  return b;
}

/** Count the spaces and the letter e in `b`, `reps` times over: e + 7 * spaces, unsigned. */
export function bytes(b: Uint8Array, reps: number): number {
  let e = 0;
  let spaces = 0;
  for (let r = 0; r < reps; r++)
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (c === 32) spaces++;
      else if (c === 101) e++;
    }
  return (e + spaces * 7) >>> 0;
}

/** Bubble sort of n words (i * 7919 % 10007), then the sum of a[i] * (i + 1), unsigned. */
export function bsort(n: number): number {
  const a = new Int32Array(n);
  for (let i = 0; i < n; i++) a[i] = (i * 7919) % 10007;
  for (let m = n - 1; m > 0; m--)
    for (let i = 0; i < m; i++) {
      const x = a[i]!;
      const y = a[i + 1]!;
      if (x > y) {
        a[i] = y;
        a[i + 1] = x;
      }
    }
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + Math.imul(a[i]!, i + 1)) | 0;
  return s >>> 0;
}
