// The `pvm` executable: the process around `main`.
import { main } from './index.ts';
import { lastResort, nodeIo } from './node.ts';

// What escapes `main` (a failed write from an asynchronous path, or a bug) still ends in one line.
process.on('uncaughtException', (e) => process.exit(lastResort(e)));
process.on('unhandledRejection', (e) => process.exit(lastResort(e)));

const done = (status: number): void => {
  process.exitCode = status;
};
try {
  const r = main(process.argv.slice(2), nodeIo());
  if (typeof r === 'number') done(r);
  else r.then(done, (e: unknown) => done(lastResort(e)));
} catch (e) {
  done(lastResort(e));
}
