// The ring back ends: requests taken on a notification and answered later, after the device's
// time in virtual time; a response raises an event only when the front end asked for it
// (rsp_event); against a hostile front end (indices far ahead, behind, rewritten while requests
// are in flight, buffers past memory or over the hypervisor's own pages, unknown operations)
// every answer is bounded, nothing is copied to or from the hypervisor pages, and the kernel
// carries on.
import { expect, test } from 'vitest';
import {
  BLKIF_BUFFER, BLKIF_ENTRY, BLKIF_ID, BLKIF_OP, BLKIF_OP_FLUSH_DISKCACHE, BLKIF_OP_READ, BLKIF_OP_WRITE, BLKIF_RING,
  BLKIF_RING_SIZE, BLKIF_RSP_EOPNOTSUPP, BLKIF_RSP_ERROR, BLKIF_RSP_OKAY, BLKIF_RSP_PROD, BLKIF_SECTOR, XENCONS_IN, XENCONS_IN_SIZE,
  XENCONS_OUT, XENCONS_OUT_SIZE,
} from '@pvm/isa/codes';
import { DEFAULT_COST, PVM_VERSION } from '../src/index.ts';
import { bindVirq, call, evtchn, layout, runKernel } from './pv-harness.ts';

const L = layout();
const DISK = DEFAULT_COST.disk;
const PORT_IO = DEFAULT_COST.portIo;
const rec = (what: string): string => `    ${what}\n    REC\n`;
/** The cycle count at the last return to the guest (low word). */
const NOW = 'ld    r0, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]';
const SEND_BLOCK = evtchn('EVTCHNOP_send', '[r7 + SI_BLOCK_EVTCHN]');
const SEND_CONSOLE = evtchn('EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]');
const SETUP = `
    ld    r9, [r7 + SI_BLOCK_RING]
    ld    r10, [r7 + SI_SHARED_INFO]
`;

/** Whether `bytes` holds `len` copies of `b` in a row. */
function hasRun(bytes: Uint8Array, b: number, len: number): boolean {
  let n = 0;
  for (const x of bytes) if ((n = x === b ? n + 1 : 0) >= len) return true;
  return false;
}

type Buf = number | 'bufs' | 'wbuf';
const { OKAY, ERROR, NOTSUPP } = { OKAY: BLKIF_RSP_OKAY, ERROR: BLKIF_RSP_ERROR, NOTSUPP: BLKIF_RSP_EOPNOTSUPP };
const READ = BLKIF_OP_READ;
const WRITE = BLKIF_OP_WRITE;

/** [op, sector, buffer, expected status] for the 32 slots of the ring. */
const REQUESTS: readonly (readonly [number, number, Buf, number])[] = (() => {
  const r: [number, number, Buf, number][] = [
    [READ, 0, 'bufs', OKAY],
    [WRITE, 1, 'wbuf', OKAY],
    [READ, 0, L.pv - 512, OKAY], // the last sector's worth below the hypervisor pages
    [READ, 0, L.startInfo, ERROR],
    [READ, 0, L.sharedInfo, ERROR],
    [READ, 0, L.consoleRing, ERROR],
    [READ, 0, L.blockRing, ERROR], // the ring itself
    [READ, 0, L.pv - 256, ERROR], // straddles into start_info
    [READ, 0, L.pv - 511, ERROR],
    [READ, 0, L.mem - 512, ERROR],
    [READ, 0, L.mem, ERROR],
    [READ, 0, 0xfffffe00, ERROR], // ends exactly at 2^32
    [READ, 0, 0xffffff00, ERROR], // wraps around to 0x100
    [READ, 0, 0xffffffff, ERROR],
    [READ, 0, 0x80000000, ERROR],
    [WRITE, 2, L.startInfo, ERROR], // would leak the hypervisor's pages to the disk
    [WRITE, 3, L.sharedInfo, ERROR],
    [WRITE, 4, 0xfffffff0, ERROR],
    [READ, 16, 'bufs', ERROR], // past the end of the disk
    [READ, 0xffffffff, 'bufs', ERROR],
    [WRITE, 0x80000000, 'wbuf', ERROR],
    [2, 0, 'bufs', NOTSUPP],
    [4, 0, 'bufs', NOTSUPP],
    [99, 0, 'bufs', NOTSUPP],
    [-1, 0, 'bufs', NOTSUPP],
    [0x7fffffff, 0, 'bufs', NOTSUPP],
    [0x80000000 | 0, 0, 'bufs', NOTSUPP],
    [BLKIF_OP_FLUSH_DISKCACHE, 0, 0, OKAY],
  ];
  while (r.length < BLKIF_RING_SIZE) r.push([5, 0, 0, NOTSUPP]);
  return r;
})();

const BUFFERS = `
.data
.align 512
bufs: .space 512
wbuf: .space 512
`;

test('a ring of hostile requests: each answered in turn, one disk latency apart, none copied over the hypervisor pages', () => {
  const r = runKernel(
    `${SETUP}
    li    r1, ${BLKIF_RING_SIZE}        ; a whole ring of requests, and wake me with the last response
    st    r1, [r9 + BLKIF_REQ_PROD]
    st    r1, [r9 + BLKIF_RSP_EVENT]
${SEND_BLOCK}
${rec(NOW)}
${rec('ld    r0, [r9 + BLKIF_REQ_EVENT]')}
${rec('ld    r0, [r9 + BLKIF_RSP_PROD]')}
${call('sched_op', 'SCHEDOP_block')}
${rec(NOW)}
${rec('ld    r0, [r9 + BLKIF_RSP_PROD]')}
    li    r6, 0                     ; every response: id and status
1:  mul   r5, r6, BLKIF_ENTRY
    add   r5, r5, r9
${rec('ld    r0, [r5 + BLKIF_RING + BLKIF_ID]')}
${rec('ld    r0, [r5 + BLKIF_RING + BLKIF_STATUS]')}
    add   r6, r6, 1
    blt   r6, BLKIF_RING_SIZE, 1b
${call('xen_version', 0)}
    DONE
${BUFFERS}`,
    {
      setup: ({ d, disk, sym }) => {
        disk.data.fill(0xa5, 0, 512);
        d.cpu.mem.fill(0x5a, sym('wbuf'), sym('wbuf') + 512);
        REQUESTS.forEach(([op, sector, buf], i) => {
          const slot = L.blockRing + BLKIF_RING + i * BLKIF_ENTRY;
          d.cpu.write32(slot + BLKIF_ID, 1000 + i);
          d.cpu.write32(slot + BLKIF_OP, op);
          d.cpu.write32(slot + BLKIF_SECTOR, sector);
          d.cpu.write32(slot + BLKIF_BUFFER, typeof buf === 'number' ? buf : sym(buf));
        });
      },
    },
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  const got = r.results(r.recorded());
  const [sent, t0, reqEvent, rspBefore, blocked, t1, rspAfter] = got;
  expect([sent, reqEvent, rspBefore, blocked, rspAfter]).toEqual([0, BLKIF_RING_SIZE + 1, 0, 0, BLKIF_RING_SIZE]);
  // Nothing answered at once; the last answer came 32 disk requests later, to the cycle.
  expect(t1! - t0!).toBe(BLKIF_RING_SIZE * DISK);
  expect(got.slice(7, 7 + 2 * BLKIF_RING_SIZE)).toEqual(REQUESTS.flatMap(([, , , status], i) => [1000 + i, status]));
  expect(got.slice(7 + 2 * BLKIF_RING_SIZE)).toEqual([PVM_VERSION]);

  const mem = r.d.cpu.mem;
  const bufs = r.sym('bufs');
  expect(mem.subarray(bufs, bufs + 512).every((b) => b === 0xa5)).toBe(true);
  expect(mem.subarray(L.pv - 512, L.pv).every((b) => b === 0xa5)).toBe(true);
  expect(hasRun(mem.subarray(L.pv, L.mem), 0xa5, 16)).toBe(false);
  expect(mem.subarray(0, 0x100).every((b) => b === 0)).toBe(true); // nothing wrapped around
  const sector = (n: number) => r.disk.data.subarray(n * 512, n * 512 + 512);
  expect(sector(1).every((b) => b === 0x5a)).toBe(true);
  for (const n of [2, 3, 4]) expect(sector(n).every((b) => b === 0), `sector ${n}`).toBe(true);
  expect(r.d.block.writes).toBe(1);
  expect(r.d.block.reads).toBe(2);
  expect(r.disk.flushes).toBe(1);
});

test('a response the front end did not ask for raises no event; the one it asked for does', () => {
  // Three rounds: rsp_event left at 1 from SHARED_RING_INIT (an event for the first response of
  // three, none for the other two); rsp_event = rsp_cons + 1 (RING_FINAL_CHECK_FOR_RESPONSES:
  // the next one); rsp_event = the last of a batch of three (one event for three responses).
  const round = (n: number, from: number, event: string) => `
    li    r6, ${from}
1:  mul   r5, r6, BLKIF_ENTRY          ; n reads of sector 0 into bufs, ids from..
    add   r5, r5, r9
    st    r6, [r5 + BLKIF_RING + BLKIF_ID]
    li    r1, BLKIF_OP_READ
    st    r1, [r5 + BLKIF_RING + BLKIF_OP]
    li    r1, 0
    st    r1, [r5 + BLKIF_RING + BLKIF_SECTOR]
    li    r1, bufs
    st    r1, [r5 + BLKIF_RING + BLKIF_BUFFER]
    add   r6, r6, 1
    blt   r6, ${from + n}, 1b
${event}
    st    r6, [r9 + BLKIF_REQ_PROD]
${SEND_BLOCK}
${rec(NOW)}
2:  ld    r1, [r9 + BLKIF_RSP_PROD]    ; poll with events on: upcalls come in between
    bne   r1, ${from + n}, 2b
${rec('ld    r0, [upcalls]')}
`;
  const r = runKernel(
    `${SETUP}
${call('set_callbacks', 'on_event')}
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_MASK]
${round(3, 0, '')}
${round(1, 3, '    li    r1, 4\n    st    r1, [r9 + BLKIF_RSP_EVENT]')}
${round(3, 4, '    li    r1, 7\n    st    r1, [r9 + BLKIF_RSP_EVENT]')}
    DONE
on_event:                               ; record when, count, take the pending bits
    push  r0
    push  r1
    li    r0, 0xe1
    REC
${rec(NOW)}
    ld    r0, [upcalls]
    add   r0, r0, 1
    st    r0, [upcalls]
    li    r1, 0
    stb   r1, [r10 + SH_UPCALL_PENDING]
    st    r1, [r10 + SH_EVTCHN_PENDING]
    pop   r1
    pop   r0
    hcall iret
.data
upcalls: .word 0
${BUFFERS}`,
    { maxSteps: 5e6 },
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  const g = r.results(r.recorded());
  // set_callbacks; then per round: send, its time, [upcall marker, time], upcalls so far.
  expect(g[0]).toBe(0);
  const [s1, t1, m1, u1, n1, s2, t2, m2, u2, n2, s3, t3, m3, u3, n3] = g.slice(1);
  expect([s1, m1, n1, s2, m2, n2, s3, m3, n3]).toEqual([0, 0xe1, 1, 0, 0xe1, 2, 0, 0xe1, 3]);
  expect(r.recorded()).toBe(16);
  // Each event came with the response it named: the first of three, the only one, the third of three.
  const near = (at: number, want: number): void => {
    expect(at).toBeGreaterThanOrEqual(want);
    expect(at).toBeLessThan(want + 8);
  };
  near(u1!, t1! + DISK);
  near(u2!, t2! + DISK);
  near(u3!, t3! + 3 * DISK);
  expect(r.d.stats.upcalls).toBe(3);
  expect(r.d.block.reads).toBe(7);
});

test('a write is in the disk image before its response is on the ring', () => {
  const seen: number[] = [];
  const r = runKernel(
    `${SETUP}
    li    r6, 0
1:  mul   r5, r6, BLKIF_ENTRY
    add   r5, r5, r9
    li    r1, BLKIF_OP_WRITE
    st    r1, [r5 + BLKIF_RING + BLKIF_OP]
    st    r6, [r5 + BLKIF_RING + BLKIF_SECTOR]
    li    r1, wbuf
    st    r1, [r5 + BLKIF_RING + BLKIF_BUFFER]
    add   r6, r6, 1
    blt   r6, 4, 1b
    st    r6, [r9 + BLKIF_REQ_PROD]
    st    r6, [r9 + BLKIF_RSP_EVENT]
${SEND_BLOCK}
${call('sched_op', 'SCHEDOP_block')}
    DONE
${BUFFERS}`,
    {
      setup: ({ d, disk }) => {
        const write = disk.write.bind(disk);
        disk.write = (lba, src) => {
          seen.push(lba, d.cpu.read32(L.blockRing + BLKIF_RSP_PROD));
          return write(lba, src);
        };
      },
    },
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  // Sector k reaches the disk while rsp_prod still says k: its own response is not there yet.
  expect(seen).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  expect(r.d.cpu.read32(L.blockRing + BLKIF_RSP_PROD)).toBe(4);
});

test('a req_prod more than a ring ahead halts the ring for good, as blkback does; the kernel carries on', () => {
  const r = runKernel(
    `${SETUP}
    li    r1, 0x10000               ; far ahead of anything the back end answered
    st    r1, [r9 + BLKIF_REQ_PROD]
${SEND_BLOCK}
${rec('ld    r0, [r9 + BLKIF_REQ_EVENT]')}
    li    r1, 1                     ; then an honest request: no longer served
    st    r1, [r9 + BLKIF_REQ_PROD]
${SEND_BLOCK}
${bindVirq('VIRQ_TIMER')}
${call('set_timer_op', 3 * DISK, 0)}
${call('sched_op', 'SCHEDOP_block')}
${rec(NOW)}
${rec('ld    r0, [r9 + BLKIF_RSP_PROD]')}
${call('xen_version', 0)}
    DONE
`,
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  // The disk had time for three requests; the timer woke the kernel, not a response.
  expect(r.results(9)).toEqual([0, 1, 0, 3, 0, 0, 3 * DISK, 0, PVM_VERSION]);
  expect(r.d.blockRing.halted).toBe(true);
  expect(r.d.blockRing.inFlight).toBe(0);
  expect(r.d.block.reads + r.d.block.writes).toBe(0);
});

test('a front end that rewrites its ring while requests are in flight gets the answers to what it asked, and no more than a ring', () => {
  const r = runKernel(
    `${SETUP}
    li    r6, 0                     ; four reads of sectors 0..3, ids 100..
1:  mul   r5, r6, BLKIF_ENTRY
    add   r5, r5, r9
    add   r1, r6, 100
    st    r1, [r5 + BLKIF_RING + BLKIF_ID]
    li    r1, BLKIF_OP_READ
    st    r1, [r5 + BLKIF_RING + BLKIF_OP]
    st    r6, [r5 + BLKIF_RING + BLKIF_SECTOR]
    li    r1, bufs
    st    r1, [r5 + BLKIF_RING + BLKIF_BUFFER]
    add   r6, r6, 1
    blt   r6, 4, 1b
    st    r6, [r9 + BLKIF_REQ_PROD]
${SEND_BLOCK}
    li    r6, 0                     ; now lie: rewrite the slots taken, the indices, rsp_prod
2:  mul   r5, r6, BLKIF_ENTRY
    add   r5, r5, r9
    li    r1, 0xdead
    st    r1, [r5 + BLKIF_RING + BLKIF_ID]
    li    r1, 77
    st    r1, [r5 + BLKIF_RING + BLKIF_OP]
    add   r6, r6, 1
    blt   r6, BLKIF_RING_SIZE, 2b
    li    r1, 1000
    st    r1, [r9 + BLKIF_RSP_PROD]
    li    r1, 2                     ; req_prod back behind what the back end took
    st    r1, [r9 + BLKIF_REQ_PROD]
${SEND_BLOCK}
    li    r1, 4
    st    r1, [r9 + BLKIF_RSP_EVENT]
${call('sched_op', 'SCHEDOP_block')}
${rec('ld    r0, [r9 + BLKIF_RSP_PROD]')}
    li    r6, 0
3:  mul   r5, r6, BLKIF_ENTRY
    add   r5, r5, r9
${rec('ld    r0, [r5 + BLKIF_RING + BLKIF_ID]')}
${rec('ld    r0, [r5 + BLKIF_RING + BLKIF_STATUS]')}
    add   r6, r6, 1
    blt   r6, 4, 3b
    DONE
${BUFFERS}`,
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  const g = r.results(r.recorded());
  expect(g.slice(0, 4)).toEqual([0, 0, 0, 4]);
  expect(g.slice(4)).toEqual([100, OKAY, 101, OKAY, 102, OKAY, 103, OKAY]);
  // The stale slots it took for the lie are bounded by the ring, and answered as what they are.
  expect(r.d.blockRing.inFlight).toBeLessThanOrEqual(BLKIF_RING_SIZE - 4);
});

test('the console back end: output at once, out_cons and the event after the device, the cost on the back end', () => {
  const line = 'hello, ring\n';
  const kernel = (wait: string) => `    ld    r9, [r7 + SI_CONSOLE_RING]
    ld    r10, [r7 + SI_SHARED_INFO]
    li    r1, ${line.length}
    st    r1, [r9 + XENCONS_OUT_PROD]
${SEND_CONSOLE}
${rec(NOW)}
${rec('ld    r0, [r9 + XENCONS_OUT_CONS]')}
${rec('ld    r0, [r10 + SH_EVTCHN_PENDING]')}
${wait}
${call('xen_version', 0)}
${rec(NOW)}
${rec('ld    r0, [r9 + XENCONS_OUT_CONS]')}
${rec('ld    r0, [r10 + SH_EVTCHN_PENDING]')}
    DONE
`;
  const opts = { setup: ({ d }: { d: { cpu: { writeBytes(a: number, b: Uint8Array): void } } }) => d.cpu.writeBytes(L.consoleRing + XENCONS_OUT, new TextEncoder().encode(line)) };
  const device = line.length * PORT_IO;
  // The kernel works on past the device's time: the device's cycles are the back end's, on top.
  const busy = runKernel(kernel(`    li    r6, 0
1:  add   r6, r6, 1
    blt   r6, ${device}, 1b`), { ...opts, maxSteps: 3 * device });
  expect(busy.stop).toEqual({ kind: 'poweroff', code: 0 });
  const [sent, t0, cons0, pend0, , t1, cons1, pend1] = busy.results(8);
  expect([sent, cons0, pend0, cons1, pend1]).toEqual([0, 0, 0, line.length, 1 << busy.d.consolePort]);
  expect(t1! - t0!).toBeGreaterThan(device);
  expect(busy.out.text()).toBe(line);
  expect(busy.d.stats.hypervisorCycles).toBe(device + 3 * DEFAULT_COST.hypercall);
  // The kernel sleeps until the console is done: out_cons moves and the event comes after the
  // device's time, and the time it slept is counted once, on its clock, not again as the back end's.
  const asleep = runKernel(kernel(call('sched_op', 'SCHEDOP_block')), opts);
  expect(asleep.stop).toEqual({ kind: 'poweroff', code: 0 });
  const [, s0, , , , , s1, consS, pendS] = asleep.results(9);
  expect(s1! - s0!).toBeGreaterThanOrEqual(device); // woken when the device was done, then a few instructions
  expect(s1! - s0!).toBeLessThan(device + 10);
  expect([consS, pendS]).toEqual([line.length, 1 << asleep.d.consolePort]);
  const awake = asleep.d.stats.hypervisorCycles - 4 * DEFAULT_COST.hypercall; // the device's cycles the kernel was awake for
  expect(awake).toBeGreaterThan(0);
  expect(awake).toBeLessThan(20);
  expect(asleep.d.stats.hypervisorCycles + asleep.d.cpu.cycles).toBeLessThan(busy.d.stats.hypervisorCycles + busy.d.cpu.cycles);
});

test('a console ring whose out_prod is more than a ring from out_cons is ignored, as xenconsoled ignores it', () => {
  const pattern = (i: number): number => (i * 13 + 1) & 0xff;
  const r = runKernel(
    `    ld    r9, [r7 + SI_CONSOLE_RING]
    li    r1, 0x7fff0000            ; far ahead of out_cons = 0
    st    r1, [r9 + XENCONS_OUT_PROD]
${SEND_CONSOLE}
${rec('ld    r0, [r9 + XENCONS_OUT_CONS]')}
    li    r1, 5                     ; prod behind cons: 2^32 - 2 "outstanding"
    st    r1, [r9 + XENCONS_OUT_CONS]
    li    r1, 3
    st    r1, [r9 + XENCONS_OUT_PROD]
${SEND_CONSOLE}
${rec('ld    r0, [r9 + XENCONS_OUT_CONS]')}
    li    r1, ${5 + XENCONS_OUT_SIZE}  ; exactly a ring: taken
    st    r1, [r9 + XENCONS_OUT_PROD]
${SEND_CONSOLE}
${call('sched_op', 'SCHEDOP_block')}
${rec('ld    r0, [r9 + XENCONS_OUT_CONS]')}
    DONE
`,
    {
      setup: ({ d }) => {
        for (let i = 0; i < XENCONS_OUT_SIZE; i++) d.cpu.mem[L.consoleRing + XENCONS_OUT + i] = pattern(i);
      },
    },
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(7)).toEqual([0, 0, 0, 5, 0, 0, 5 + XENCONS_OUT_SIZE]);
  expect([...r.out.output()]).toEqual(Array.from({ length: XENCONS_OUT_SIZE }, (_, i) => pattern((5 + i) % XENCONS_OUT_SIZE)));
});

test('console ring input: the back end never overfills the ring, whatever in_cons says', () => {
  const input = Array.from({ length: 1100 }, (_, i) => String.fromCharCode(33 + (i % 90))).join('');
  const r = runKernel(
    `
    ld    r9, [r7 + SI_CONSOLE_RING]
    li    r1, -2                    ; indices about to wrap around 2^32
    st    r1, [r9 + XENCONS_IN_CONS]
    st    r1, [r9 + XENCONS_IN_PROD]
${SEND_CONSOLE}
${rec('ld    r0, [r9 + XENCONS_IN_PROD]')}
${SEND_CONSOLE}
${rec('ld    r0, [r9 + XENCONS_IN_PROD]')}
    li    r1, 8                     ; the guest took 10 bytes
    st    r1, [r9 + XENCONS_IN_CONS]
${SEND_CONSOLE}
${rec('ld    r0, [r9 + XENCONS_IN_PROD]')}
    li    r1, 5000                  ; a consumer index ahead of the producer
    st    r1, [r9 + XENCONS_IN_CONS]
${SEND_CONSOLE}
${rec('ld    r0, [r9 + XENCONS_IN_PROD]')}
    DONE
`,
    { input },
  );
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(8)).toEqual([0, 1022, 0, 1022, 0, 1032, 0, 1032]);
  expect(r.out.consumed).toBe(1034);
  const want = new Array<number>(XENCONS_IN_SIZE).fill(0);
  for (let k = 0; k < 1034; k++) want[(1022 + k) % XENCONS_IN_SIZE] = input.charCodeAt(k);
  expect([...r.d.cpu.mem.subarray(L.consoleRing + XENCONS_IN, L.consoleRing + XENCONS_IN + XENCONS_IN_SIZE)]).toEqual(want);
});
