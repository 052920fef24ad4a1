// The grading worker: a second entry of the bundle (dist/pvm-worker.js, scripts/build.mjs). It
// takes tasks from the pool one at a time and answers each with its outcome; the pool kills it
// when a case overruns its wall time.
import { parentPort } from 'node:worker_threads';
import { readInputFile } from '../node.ts';
import { unrunnable } from './grade.ts';
import { Loader, runTask, type Task } from './task.ts';
import { inside } from './walk.ts';

export interface Request {
  readonly id: number;
  readonly task: Task;
}

const loader = new Loader(readInputFile, inside);

parentPort?.on('message', ({ id, task }: Request) => {
  let outcome;
  try {
    outcome = runTask(loader, task);
  } catch (e) {
    // A bug in pvm, never the student's: this case says so and the batch goes on.
    outcome = unrunnable(task.submission, task.file, task.case, 'error', `internal error in the grader: ${(e as Error)?.message ?? String(e)}`);
  }
  parentPort!.postMessage({ id, outcome });
});
// Loaded and listening: the pool starts a case's clock only now, not while the bundle loads.
parentPort?.postMessage({ ready: true });
