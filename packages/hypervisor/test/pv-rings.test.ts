// The ring back ends against a hostile front end: indices far ahead of (or behind) the
// consumer, buffers past memory, wrapping, or over the hypervisor's own pages, unknown
// operations. Every request gets a response status, one ring's worth at most per notification,
// nothing is copied to or from the hypervisor pages, and the kernel carries on.
import { expect, test } from 'vitest';
import {
  BLKIF_BUFFER, BLKIF_ENTRY, BLKIF_ID, BLKIF_OP, BLKIF_OP_FLUSH_DISKCACHE, BLKIF_OP_READ, BLKIF_OP_WRITE, BLKIF_RING,
  BLKIF_RING_SIZE, BLKIF_RSP_EOPNOTSUPP, BLKIF_RSP_ERROR, BLKIF_RSP_OKAY, BLKIF_SECTOR, XENCONS_IN, XENCONS_IN_SIZE,
  XENCONS_OUT, XENCONS_OUT_SIZE,
} from '@pvm/isa/codes';
import { PVM_VERSION } from '../src/index.ts';
import { call, layout, runKernel } from './pv-harness.ts';

const L = layout();
const rec = (what: string): string => `    ${what}\n    REC\n`;

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

test('a hostile block ring: every request answered, one ring per notification, no copy over the hypervisor pages', () => {
  const r = runKernel(
    `
    ld    r9, [r7 + SI_BLOCK_RING]
    li    r1, 0x10000               ; req_prod far ahead of the back end's consumer (0)
    st    r1, [r9 + BLKIF_REQ_PROD]
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_BLOCK_EVTCHN]')}
${rec('ld    r0, [r9 + BLKIF_RSP_PROD]')}
${rec('ld    r0, [r9 + BLKIF_REQ_EVENT]')}
    li    r6, 0                     ; every response: id and status; then make the slot unknown
    li    r4, 99
1:  mul   r5, r6, BLKIF_ENTRY
    add   r5, r5, r9
${rec('ld    r0, [r5 + BLKIF_RING + BLKIF_ID]')}
${rec('ld    r0, [r5 + BLKIF_RING + BLKIF_STATUS]')}
    st    r4, [r5 + BLKIF_RING + BLKIF_OP]
    add   r6, r6, 1
    blt   r6, BLKIF_RING_SIZE, 1b
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_BLOCK_EVTCHN]')}
${rec('ld    r0, [r9 + BLKIF_RSP_PROD]')}
${rec('ld    r0, [r9 + BLKIF_RING + BLKIF_STATUS]')}
${call('xen_version', 0)}
    DONE
.data
.align 512
bufs: .space 512
wbuf: .space 512
`,
    {
      setup: ({ d, disk, sym }) => {
        disk.data.fill(0xa5, 0, 512);
        d.cpu.mem.fill(0x5a, sym('wbuf'), sym('wbuf') + 512);
        REQUESTS.forEach(([op, sector, buf, ], i) => {
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
  expect(got.slice(0, 3)).toEqual([0, BLKIF_RING_SIZE, BLKIF_RING_SIZE + 1]);
  const responses = got.slice(3, 3 + 2 * BLKIF_RING_SIZE);
  expect(responses).toEqual(REQUESTS.flatMap(([, , , status], i) => [1000 + i, status]));
  // The second notification: exactly one more ring's worth, all unknown now.
  expect(got.slice(3 + 2 * BLKIF_RING_SIZE)).toEqual([0, 2 * BLKIF_RING_SIZE, NOTSUPP, PVM_VERSION]);

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

test('req_prod behind the consumer is also at most one ring per notification', () => {
  const r = runKernel(`
    ld    r9, [r7 + SI_BLOCK_RING]
    li    r1, -1                    ; 2^32 - 1 requests "outstanding"
    st    r1, [r9 + BLKIF_REQ_PROD]
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_BLOCK_EVTCHN]')}
${rec('ld    r0, [r9 + BLKIF_RSP_PROD]')}
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_BLOCK_EVTCHN]')}
${rec('ld    r0, [r9 + BLKIF_RSP_PROD]')}
    DONE
`);
  expect(r.stop).toEqual({ kind: 'poweroff', code: 0 });
  expect(r.results(4)).toEqual([0, BLKIF_RING_SIZE, 0, 2 * BLKIF_RING_SIZE]);
  // Zeroed slots are reads of sector 0 into address 0: harmless, and all answered.
  expect(r.d.block.reads).toBe(2 * BLKIF_RING_SIZE);
});

test('a hostile console ring: out_prod far ahead or behind takes at most XENCONS_OUT_SIZE bytes per notification', () => {
  const pattern = (i: number): number => (i * 13 + 1) & 0xff;
  const r = runKernel(
    `
    ld    r9, [r7 + SI_CONSOLE_RING]
    li    r1, 0x7fff0000            ; far ahead of out_cons = 0
    st    r1, [r9 + XENCONS_OUT_PROD]
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
${rec('ld    r0, [r9 + XENCONS_OUT_CONS]')}
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
${rec('ld    r0, [r9 + XENCONS_OUT_CONS]')}
    li    r1, 5                     ; prod behind cons: 2^32 - 2 "outstanding"
    st    r1, [r9 + XENCONS_OUT_CONS]
    li    r1, 3
    st    r1, [r9 + XENCONS_OUT_PROD]
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
${rec('ld    r0, [r9 + XENCONS_OUT_CONS]')}
    li    r1, 2053                  ; caught up: nothing
    st    r1, [r9 + XENCONS_OUT_PROD]
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
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
  expect(r.results(8)).toEqual([0, 2048, 0, 4096, 0, 2053, 0, 2053]);
  const ring = (from: number): number[] => Array.from({ length: XENCONS_OUT_SIZE }, (_, i) => pattern((from + i) % XENCONS_OUT_SIZE));
  expect([...r.out.output()]).toEqual([...ring(0), ...ring(0), ...ring(5)]);
});

test('console ring input: the back end never overfills the ring, whatever in_cons says', () => {
  const input = Array.from({ length: 1100 }, (_, i) => String.fromCharCode(33 + (i % 90))).join('');
  const r = runKernel(
    `
    ld    r9, [r7 + SI_CONSOLE_RING]
    li    r1, -2                    ; indices about to wrap around 2^32
    st    r1, [r9 + XENCONS_IN_CONS]
    st    r1, [r9 + XENCONS_IN_PROD]
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
${rec('ld    r0, [r9 + XENCONS_IN_PROD]')}
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
${rec('ld    r0, [r9 + XENCONS_IN_PROD]')}
    li    r1, 8                     ; the guest took 10 bytes
    st    r1, [r9 + XENCONS_IN_CONS]
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
${rec('ld    r0, [r9 + XENCONS_IN_PROD]')}
    li    r1, 5000                  ; a consumer index ahead of the producer
    st    r1, [r9 + XENCONS_IN_CONS]
${call('event_channel_op', 'EVTCHNOP_send', '[r7 + SI_CONSOLE_EVTCHN]')}
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
