// The `pvm` executable: the process around `main`.
import { main } from './index.ts';
import { nodeIo } from './node.ts';

main(process.argv.slice(2), nodeIo()).then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    // A bug in pvm itself, never a guest or input problem: say so in one line.
    process.stderr.write(`pvm: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
