// Seeded generators shared by the fuzz targets, the differential test and `pnpm fuzz`:
// every input is a pure function of (seed, iteration), so any failure replays exactly.
import { OPS, ZERO_REG, encode, isRegOperand, sizeOf, type OpSpec } from '@pvm/isa';
import {
  BLOCK_CMD, BLOCK_COUNT, BLOCK_DATA, BLOCK_SECTOR, BLOCK_STATUS, CONSOLE_DATA, CONSOLE_STATUS, POWER_OFF, TIMER_NOW, TIMER_NOW_HI,
  TIMER_ONESHOT, TIMER_PERIOD,
} from '@pvm/isa/codes';

import { rng, type Rng } from '@pvm/testkit';

export { rng, type Rng };

/** One input's generator: iteration `i` of a run seeded `seed`, mixed so neighbours differ. */
export const inputRng = (seed: number, i: number): Rng => rng(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35));

export const PORTS = [CONSOLE_DATA, CONSOLE_STATUS, TIMER_PERIOD, TIMER_NOW, TIMER_ONESHOT, TIMER_NOW_HI, BLOCK_SECTOR, BLOCK_CMD, BLOCK_DATA, BLOCK_STATUS, BLOCK_COUNT, POWER_OFF];

/** A memory layout for generated guests: code at TEXT, a data area, a vector table. */
export interface Layout {
  readonly memory: number;
  readonly text: number;
  readonly textBytes: number;
  readonly data: number;
  readonly dataBytes: number;
}

export const SMALL: Layout = { memory: 0x10000, text: 0x1000, textBytes: 0x400, data: 0x4000, dataBytes: 0x1000 };

/** Values that find edge cases: zero, signs, the ends of memory, wrapping addresses, ports, code. */
export function hostile(r: Rng, l: Layout): number {
  switch (r.int(14)) {
    case 0:
      return 0;
    case 1:
      return -1;
    case 2:
      return r.pick([-0x80000000, 0x7fffffff, 1, 2, 3, 4, 8, 16, 31, 32, 255, 256, 512]);
    case 3:
      return r.pick([l.memory, l.memory - 1, l.memory - 2, l.memory - 3, l.memory - 4, l.memory + 4, 0xfffffffc, 0xfffffff8, 0xffffffff, 0x80000000]) | 0;
    case 4:
      return l.text + 4 * r.int(l.textBytes / 4);
    case 5:
      return l.text + r.int(l.textBytes);
    case 6:
      return l.data + 4 * r.int(l.dataBytes / 4);
    case 7:
      return r.pick(PORTS);
    case 8:
      return r.int(64);
    case 9:
      return r.int(l.memory) & ~3;
    case 10:
      return (l.memory - r.int(64)) | 0;
    default:
      return r.u32() | 0;
  }
}

/** A random instruction of form `op`; operands in or near the layout, sometimes wild. */
export function randomInstr(r: Rng, op: OpSpec, l: Layout, targets: readonly number[], wild: number): { op: OpSpec; regs: number[]; words: number[] } {
  const regs: number[] = [];
  const words: number[] = [];
  for (const k of op.operands) {
    if (isRegOperand(k)) regs.push(r.int(16));
    else if (k === 'mem') {
      regs.push(r.chance(0.25) ? ZERO_REG : r.int(16));
      words.push((r.chance(wild) ? hostile(r, l) : l.data + r.int(l.dataBytes - 4)) >>> 0);
    } else if (k === 'label') words.push((r.chance(wild) || targets.length === 0 ? hostile(r, l) : r.pick(targets)) >>> 0);
    else if (k === 'port') words.push((r.chance(wild) ? hostile(r, l) : r.pick(PORTS)) >>> 0);
    else if (k === 'hcall') words.push(r.chance(wild) ? r.u32() : r.int(40));
    else if (k === 'cr') words.push(r.chance(wild) ? r.u32() : r.int(3));
    else words.push(hostile(r, l) >>> 0);
  }
  return { op, regs, words };
}

/**
 * A program: `count` instructions of the given forms laid out from l.text, branches aimed at
 * instruction starts (so loops form), with probability `wild` of a hostile operand instead.
 */
export function randomProgram(r: Rng, l: Layout, forms: readonly OpSpec[], count: number, wild: number): Uint8Array {
  const ops: OpSpec[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const op = r.pick(forms);
    if (at + sizeOf(op) > l.textBytes) break;
    ops.push(op);
    starts.push(l.text + at);
    at += sizeOf(op);
  }
  const bytes = new Uint8Array(at);
  let p = 0;
  for (const op of ops) p += encode(randomInstr(r, op, l, starts, wild), bytes, p);
  return bytes;
}

export const ALL_FORMS: readonly OpSpec[] = OPS;

/** FNV-1a over bytes: a cheap fingerprint of memory or output for comparisons. */
export function hashBytes(b: Uint8Array): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < b.length; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return (h >>> 0).toString(16);
}
