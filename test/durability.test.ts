// The disk never loses an acknowledged write, never changes size, is never written when it is
// read-only, and has one writer at a time. Real `pvm run` child processes on real image files.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLock } from '@pvm/cli';
import { rng as seeded } from '@pvm/testkit';
import { BUNDLE, hasStackTrace, pvm, tempDir } from './helpers.ts';

/** Seeded: every run of the suite kills at the same moments. */
const rng = (seed: number): (() => number) => seeded(seed).float;

const LINE = 64; // bytes per acknowledgment line of test/fixtures/durable*.s

/** Start `pvm run`, wait until `bytes` of acknowledgments have arrived plus `delayMs`, SIGKILL it. */
function runAndKill(args: string[], bytes: number, delayMs: number): Promise<{ stdout: string; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [BUNDLE, 'run', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let armed = false;
    // Only what arrived before the kill counts as acknowledged: stop listening at the kill.
    let listening = true;
    const kill = (): void => {
      listening = false;
      child.kill('SIGKILL');
    };
    child.stdout!.setEncoding('latin1');
    child.stdout!.on('data', (d: string) => {
      if (!listening) return;
      stdout += d;
      if (!armed && stdout.length >= bytes) {
        armed = true;
        if (delayMs === 0) kill();
        else setTimeout(kill, delayMs);
      }
    });
    child.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
    const guard = setTimeout(kill, 20_000);
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(guard);
      resolve({ stdout, signal, stderr });
    });
  });
}

/**
 * Check an image against the acknowledgments: every sector is whole (zeros, or all 128 words of
 * one write), and every acknowledged sector holds that write or a later one. Returns problems.
 */
function verify(image: Buffer, acks: string): { problems: string[]; acked: number } {
  const sectors = image.length / 512;
  const acked = new Array<number>(sectors).fill(0);
  const lines = acks.split('\n');
  lines.pop(); // the last line may have been cut by the kill
  for (const l of lines) {
    const tag = parseInt(l.slice(0, 8), 16);
    const s = (tag >>> 7) & 0x1ff;
    acked[s] = Math.max(acked[s]!, tag >>> 16);
  }
  const problems: string[] = [];
  for (let s = 0; s < sectors; s++) {
    const tag = image.readUInt32LE(s * 512);
    const g = tag >>> 16;
    let whole = tag === 0 ? image.subarray(s * 512, s * 512 + 512).every((b) => b === 0) : ((tag >>> 7) & 0x1ff) === s && (tag & 0x7f) === 0;
    for (let i = 1; whole && tag !== 0 && i < 128; i++) whole = image.readUInt32LE(s * 512 + 4 * i) === (tag | i) >>> 0;
    if (!whole) problems.push(`sector ${s} is torn or foreign (word 0 = 0x${tag.toString(16)})`);
    else if (g < acked[s]!) problems.push(`sector ${s}: generation ${acked[s]} was acknowledged, the image holds ${g}`);
  }
  return { problems, acked: lines.length };
}

describe('acknowledged writes survive SIGKILL of pvm', () => {
  // 100 kills of the port-I/O kernel, then the paravirtual kernel through the block ring.
  const cases = [
    { kernel: 'test/fixtures/durable.s', runs: 100, seed: 7 },
    { kernel: 'test/fixtures/durable-pv.s', runs: 30, seed: 11 },
  ];
  for (const c of cases) {
    it(`${c.kernel}: ${c.runs} kills in a row, no acknowledged sector lost, the size unchanged`, async () => {
      const t = tempDir();
      const r = rng(c.seed);
      try {
        const img = join(t.path, 'disk.img');
        const obj = join(t.path, 'k.pvx');
        expect(pvm(['asm', c.kernel, '-o', obj]).status).toBe(0);
        let total = 0;
        for (let run = 0; run < c.runs; run++) {
          const sectors = 8 + Math.floor(r() * 120);
          writeFileSync(img, Buffer.alloc(sectors * 512));
          // Kill somewhere between the first buffer of acknowledgments and a few more.
          const after = LINE * 1024 * (1 + Math.floor(r() * 3));
          const res = await runAndKill([obj, '--disk', img, '--max-steps', '2000000000'], after, Math.floor(r() * 25));
          expect(res.signal, `run ${run}: ${res.stderr}`).toBe('SIGKILL');
          const image = readFileSync(img);
          expect(image.length, `run ${run}`).toBe(sectors * 512);
          const v = verify(image, res.stdout);
          expect(v.problems, `run ${run} (${sectors} sectors, ${v.acked} acknowledged)`).toEqual([]);
          expect(v.acked, `run ${run}`).toBeGreaterThan(0);
          total += v.acked;
        }
        expect(total).toBeGreaterThan(c.runs * 1000);
      } finally {
        t.done();
      }
    }, 240_000);
  }

  it('the checker itself notices a lost write and a torn sector', () => {
    const img = Buffer.alloc(4 * 512);
    for (let i = 0; i < 128; i++) img.writeUInt32LE(((3 << 16) | (1 << 7) | i) >>> 0, 512 + 4 * i);
    const ack = (g: number, s: number): string => ((g << 16) | (s << 7)).toString(16).padStart(8, '0').padEnd(63) + '\n';
    expect(verify(img, ack(3, 1)).problems).toEqual([]);
    expect(verify(img, ack(4, 1)).problems).toEqual(['sector 1: generation 4 was acknowledged, the image holds 3']);
    expect(verify(img, ack(1, 2)).problems).toEqual(['sector 2: generation 1 was acknowledged, the image holds 0']);
    img[512 + 100] ^= 1;
    expect(verify(img, '').problems).toEqual(['sector 1 is torn or foreign (word 0 = 0x30080)']);
  });
});

/** A kernel that writes sector 0, then tries sectors past the end, and powers off with a code. */
const BOUNDS_KERNEL = `
; exit 0 when every out-of-range write was refused with a negative status
_start:
    in   r10, BLOCK_COUNT
    li   r6, 0
    call write
    bne  r1, 0, bad
    mov  r6, r10                ; one past the last sector
    call write
    bge  r1, 0, bad
    li   r6, -1                 ; 0xffffffff: the end of the 32-bit sector space
    call write
    bge  r1, 0, bad
    li   r6, 0x800000           ; 4 GiB into the file
    call write
    bge  r1, 0, bad
    li   r1, 0
    out  POWER_OFF, r1
bad:
    li   r1, 1
    out  POWER_OFF, r1
write:
    out  BLOCK_SECTOR, r6
    li   r1, BLOCK_WRITE
    out  BLOCK_CMD, r1
    li   r5, 0
1:  out  BLOCK_DATA, r5
    add  r5, r5, 1
    blt  r5, 128, 1b
    in   r1, BLOCK_STATUS
    ret
`;

describe('the disk image', () => {
  it('never changes size: writes past the end are refused, in native and trap mode', () => {
    const t = tempDir();
    try {
      const src = join(t.path, 'bounds.s');
      writeFileSync(src, BOUNDS_KERNEL);
      const img = join(t.path, 'disk.img');
      writeFileSync(img, Buffer.alloc(3 * 512, 0xaa));
      for (const mode of ['native', 'trap']) {
        const r = pvm(['run', src, '--disk', img, '--mode', mode]);
        expect(r, mode).toEqual({ status: 0, stdout: '', stderr: '' });
        expect(statSync(img).size).toBe(3 * 512);
      }
      const bytes = readFileSync(img);
      expect(bytes.readUInt32LE(4)).toBe(1); // sector 0 was written
      expect(bytes.subarray(512).every((b) => b === 0xaa)).toBe(true);
    } finally {
      t.done();
    }
  });

  it('--disk-readonly never writes the image: the guest sees an error, the file stays byte for byte', () => {
    const t = tempDir();
    try {
      const img = join(t.path, 'disk.img');
      const before = Buffer.alloc(16 * 512, 0x5c);
      writeFileSync(img, before);
      const mtime = statSync(img).mtimeMs;
      for (const [kernel, mode] of [['test/fixtures/durable.s', 'native'], ['test/fixtures/durable.s', 'trap'], ['test/fixtures/durable-pv.s', 'pv']] as const) {
        const r = pvm(['run', kernel, '--disk', img, '--disk-readonly', '--mode', mode, '--max-steps', '1000000']);
        // The kernels power off with 2 when a write is refused.
        expect(r, mode).toEqual({ status: 2, stdout: '', stderr: '' });
      }
      expect(readFileSync(img)).toEqual(before);
      expect(statSync(img).mtimeMs).toBe(mtime);
    } finally {
      t.done();
    }
  });

  it('a file without write permission is refused in one line, exit 66, unless --disk-readonly', () => {
    const t = tempDir();
    try {
      const img = join(t.path, 'disk.img');
      writeFileSync(img, Buffer.alloc(16 * 512));
      chmodSync(img, 0o444);
      const r = pvm(['run', 'examples/block.s', '--disk', img]);
      expect(r.status).toBe(66);
      expect(r.stderr).toBe(`pvm run: cannot use disk '${img}': it has no write permission (pass --disk-readonly to use it read-only)\n`);
      const ro = pvm(['run', 'test/fixtures/durable.s', '--disk', img, '--disk-readonly', '--max-steps', '100000']);
      expect(ro.status).toBe(2);
      expect(readFileSync(img).every((b) => b === 0)).toBe(true);
    } finally {
      t.done();
    }
  });

  it('other unusable disks: missing 66, a directory 66, a bad size 65, each in one line', () => {
    const t = tempDir();
    try {
      const odd = join(t.path, 'odd.img');
      writeFileSync(odd, Buffer.alloc(700));
      for (const [disk, status, msg] of [
        [join(t.path, 'none.img'), 66, 'no such file'],
        [t.path, 66, 'is a directory'],
        [odd, 65, 'disk image size 700 is not a positive multiple of 512 bytes'],
      ] as const) {
        const r = pvm(['run', 'examples/block.s', '--disk', disk]);
        expect(r.status, disk).toBe(status);
        expect(r.stderr).toBe(`pvm run: cannot use disk '${disk}': ${msg}\n`);
      }
    } finally {
      t.done();
    }
  });
});

describe('one writer per disk image', () => {
  it('refuses a second pvm on the same image, by any path; readers pass; the lock dies with its holder', async () => {
    const t = tempDir();
    try {
      const img = join(t.path, 'disk.img');
      writeFileSync(img, Buffer.alloc(32 * 512));
      const link = join(t.path, 'link.img');
      symlinkSync(img, link);
      // The first writer: a running kernel that holds the image until it is killed.
      const first = spawn(process.execPath, [BUNDLE, 'run', 'test/fixtures/durable.s', '--disk', img, '--max-steps', '2000000000'], { stdio: ['ignore', 'pipe', 'pipe'] });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => first.on('close', (_c, s) => resolve(s)));
      await new Promise<void>((resolve) => first.stdout.once('data', () => resolve()));
      try {
        for (const path of [img, link]) {
          const second = pvm(['run', 'examples/block.s', '--disk', path]);
          expect(second.status, path).toBe(66);
          expect(second.stderr).toBe(`pvm run: cannot use disk '${path}': another pvm process is writing it; one writer per disk image (--disk-readonly takes no lock)\n`);
        }
        // A read-only user takes no lock and is let in.
        expect(pvm(['run', 'test/fixtures/durable.s', '--disk', img, '--disk-readonly', '--max-steps', '100000']).status).toBe(2);
      } finally {
        first.kill('SIGKILL');
      }
      expect(await exited).toBe('SIGKILL');
      // Nothing is left behind by the killed holder: the image is free at once.
      const after = pvm(['run', 'examples/block.s', '--disk', img]);
      expect(after.stderr).toBe('');
      expect(after.status).toBe(0);
      expect(existsSync(`${img}.lock`)).toBe(false);
    } finally {
      t.done();
    }
  });

  it('the portable lock file: exclusive, names its holder, taken over when the holder is dead', () => {
    const t = tempDir();
    try {
      const img = join(t.path, 'disk.img');
      const a = fileLock(img);
      expect('release' in a).toBe(true);
      expect(readFileSync(`${img}.lock`, 'utf8')).toBe(`${process.pid}\n`);
      // A live holder that is not us (pid 1 always exists) keeps the lock.
      writeFileSync(`${img}.lock`, '1\n');
      const b = fileLock(img);
      expect(b).toEqual({ message: `another pvm process is writing it (pid 1, lock file '${img}.lock'); one writer per disk image (--disk-readonly takes no lock)` });
      // A holder that no longer runs (a pid beyond pid_max) leaves a stale lock: taken over.
      writeFileSync(`${img}.lock`, '2147483646\n');
      const c = fileLock(img);
      expect('release' in c).toBe(true);
      expect(readFileSync(`${img}.lock`, 'utf8')).toBe(`${process.pid}\n`);
      if ('release' in c) c.release();
      expect(existsSync(`${img}.lock`)).toBe(false);
      if ('release' in a) a.release(); // already gone: releasing twice is harmless
    } finally {
      t.done();
    }
  });

  it('no stack trace on any disk failure', () => {
    const t = tempDir();
    try {
      const r = pvm(['run', 'examples/block.s', '--disk', join(t.path, 'x', 'y.img')]);
      expect(r.status).toBe(66);
      expect(hasStackTrace(r.stderr)).toBe(false);
    } finally {
      t.done();
    }
  });
});
