/// <reference lib="dom" />
// The page's side of the workers. The assembler's worker answers requests by id; the runner's
// worker may crash (out of memory, a bug) or stop answering: either is reported, the worker is
// replaced, and the page goes on.
import type { Problem } from '../problems.ts';
import type { FromWorker, Program, ToWorker } from '../protocol.ts';

export const WORKER_URL = 'worker.js';
/** An assembly that takes longer than this is abandoned (the assembler bounds its own work; this is a backstop). */
const ASSEMBLE_TIMEOUT_MS = 10_000;
/** After Stop, how long a worker has to answer before it is ended. */
const STOP_TIMEOUT_MS = 3_000;

export class Assembler {
  private worker: Worker;
  private next = 1;
  private readonly waiting = new Map<number, (r: { problems: Problem[]; ms: number }) => void>();

  constructor() {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const w = new Worker(WORKER_URL);
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.t !== 'assembled') return;
      this.waiting.get(m.id)?.({ problems: m.problems, ms: m.ms });
      this.waiting.delete(m.id);
    };
    w.onerror = () => this.restart('the assembler stopped unexpectedly; it has been restarted');
    return w;
  }

  private restart(message: string): void {
    this.worker.terminate();
    for (const [, resolve] of this.waiting) resolve({ problems: [{ line: 1, from: 0, to: 0, message }], ms: 0 });
    this.waiting.clear();
    this.worker = this.spawn();
  }

  check(program: Program): Promise<{ problems: Problem[]; ms: number }> {
    const id = this.next++;
    const msg: ToWorker = { t: 'assemble', id, program };
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage(msg);
      setTimeout(() => {
        if (this.waiting.has(id)) this.restart(`assembling took over ${ASSEMBLE_TIMEOUT_MS / 1000} s and was stopped`);
      }, ASSEMBLE_TIMEOUT_MS);
    });
  }
}

/** The runner's worker: messages in, and one callback for its crash. */
export class RunnerWorker {
  private worker: Worker;
  private stopTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly onMessage: (m: FromWorker) => void,
    private readonly onCrash: (message: string) => void,
  ) {
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const w = new Worker(WORKER_URL);
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      if (e.data.t === 'done' || e.data.t === 'busy' || e.data.t === 'compare-end') this.clearStop();
      this.onMessage(e.data);
    };
    w.onerror = (e) => {
      e.preventDefault();
      this.replace(`the runner crashed${e.message ? ` (${e.message})` : ''}`);
    };
    w.onmessageerror = () => this.replace('the runner sent a message that could not be read');
    return w;
  }

  private clearStop(): void {
    if (this.stopTimer !== null) clearTimeout(this.stopTimer);
    this.stopTimer = null;
  }

  /** End the worker and start a fresh one; the page is told why. */
  replace(why: string): void {
    this.clearStop();
    this.worker.terminate();
    this.worker = this.spawn();
    this.onCrash(why);
  }

  send(m: ToWorker): void {
    this.worker.postMessage(m);
  }

  /** Stop what runs; a worker that does not answer in time is ended. */
  stop(): void {
    this.send({ t: 'stop' });
    this.clearStop();
    this.stopTimer = setTimeout(() => this.replace(`the runner did not answer Stop within ${STOP_TIMEOUT_MS / 1000} s and was ended`), STOP_TIMEOUT_MS);
  }
}
