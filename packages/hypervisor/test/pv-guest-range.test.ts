// guestRange is the one gate every hypercall pointer and length goes through; validCodeAddress
// the one check on registered handlers. Checked directly here against exact integer arithmetic
// (BigInt), so no length, however large, can wrap a range back into guest memory.
import { expect, test } from 'vitest';
import type { Cpu } from '@pvm/cpu';
import { HYPERVISOR_VIRT_START } from '@pvm/isa/codes';
import { guestRange, validCodeAddress, type GuestView } from '../src/pv/guest.ts';
import { layout } from './pv-harness.ts';

const L = layout();
const g: GuestView = { cpu: { ptb: 0 } as Cpu, pvBase: L.pv };
const exact = (a: number, n: number): boolean => BigInt(a >>> 0) + BigInt(n >>> 0) <= BigInt(L.pv);

test.each([
  [0, 0, true],
  [0, L.pv, true],
  [0, L.pv + 1, false],
  [L.pv, 0, true],
  [L.pv - 1, 1, true],
  [L.pv - 1, 2, false],
  [L.pv + 1, 0, false],
  [L.mem, 0, false],
  [0xfffffff0, 0x20, false], // wraps to 0x10
  [0x10, 0xfffffff8, false], // wraps to 0x8
  [0x10, -8, false], // the same length, signed
  [1, 0xffffffff, false], // wraps to 0
  [0xffffffff, 1, false],
  [-1, 0, false],
  [0x80000000, 0x80000000, false], // wraps to 0
])('guestRange(%i, %i) is %s', (a, n, ok) => {
  expect(guestRange(g, a, n)).toBe(ok);
  expect(exact(a, n)).toBe(ok);
});

test('guestRange agrees with exact arithmetic on 20,000 seeded random ranges, wrapping ones included', () => {
  let s = 0x5eed;
  const next = (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s;
  };
  const edges = [0, 1, 4, 36, 512, L.pv - 1, L.pv, L.pv + 1, L.mem, 0x7fffffff, 0x80000000, 0xfffffff0, 0xffffffff];
  let accepted = 0;
  for (let i = 0; i < 20000; i++) {
    const pick = (): number => (next() % 2 ? edges[next() % edges.length]! : next() % 4 === 0 ? next() % (L.pv + 2) : next());
    const a = pick();
    const n = i % 3 === 0 ? (0 - a + (next() % 64)) >>> 0 : pick(); // lengths that carry a past 2^32 by a little
    const ok = guestRange(g, a, n);
    if (ok !== exact(a, n)) expect.fail(`guestRange(0x${a.toString(16)}, 0x${n.toString(16)}) = ${ok}`);
    if (ok) accepted++;
  }
  expect(accepted).toBeGreaterThan(500);
});

test.each([
  [0, false],
  [4, true],
  [0x1000, true],
  [0x1002, false],
  [0x1001, false],
  [L.pv - 4, true],
  [L.pv - 2, false],
  [L.pv, false],
  [L.mem, false],
  [0xfffffffc, false],
  [-4, false],
  [0x80000000, false],
])('validCodeAddress(%i) is %s', (a, ok) => {
  expect(validCodeAddress(g, a)).toBe(ok);
});

// With paging on, handler addresses are virtual: anything below Xen's part of the address space.
const paged: GuestView = { cpu: { ptb: 0x1000 } as Cpu, pvBase: L.pv };
test.each([
  [L.pv, true],
  [0xc0000000, true],
  [HYPERVISOR_VIRT_START - 4, true],
  [HYPERVISOR_VIRT_START - 2, false],
  [HYPERVISOR_VIRT_START, false],
  [0, false],
  [-4, false],
])('with paging on, validCodeAddress(%i) is %s', (a, ok) => {
  expect(validCodeAddress(paged, a)).toBe(ok);
});
