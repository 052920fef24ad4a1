// One JavaScript twin as its own process, for the cold half of `pnpm bench`: bench/run.ts
// bundles this file and runs `node bench/dist/twin.mjs NAME`, timed whole beside `pvm run` of
// the guest workload, as a person would time either. It prints what the guest prints.
import * as js from './js.ts';

const name = process.argv[2];
const twins: Record<string, () => string> = {
  sieve: () => String(js.sieve(2_000_000)),
  sieve8: () => String(js.sieve(8_000_000)),
  loop: () => String(js.loop(50_000_000)),
  fib: () => String(js.fib(30)),
  // Alone, the guest copies zeros (the in-process bench fills its source first): so does this.
  memcpy: () => String(js.memcpy(new Int32Array(1 << 18), new Int32Array(1 << 18), 10)),
  bytes: () => String(js.bytes(js.text(1 << 20), 8)),
  bsort: () => String(js.bsort(4000)),
};
const run = name === undefined ? undefined : twins[name];
if (!run) {
  process.stderr.write(`twin: expected one of ${Object.keys(twins).join(', ')}\n`);
  process.exit(64);
}
process.stdout.write(run() + '\n');
