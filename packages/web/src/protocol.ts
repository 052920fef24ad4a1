// Messages between the page and its workers (one assembles as you type, one runs and debugs).
import type { StatsJson } from '@pvm/hypervisor';
import type { CompareEnd, Progress } from './comparing.ts';
import type { DebugSettings, DebugState } from './debugging.ts';
import type { Problem } from './problems.ts';
import type { RunSettings } from './runner.ts';

/** The buffer and the library files it may include, by path. */
export interface Program {
  readonly file: string;
  readonly files: Readonly<Record<string, string>>;
}

export type ToWorker =
  | { t: 'assemble'; id: number; program: Program }
  | { t: 'run'; program: Program; settings: RunSettings; input: string; inputEnded: boolean }
  | { t: 'input'; text: string }
  | { t: 'eof' }
  | { t: 'stop' }
  | { t: 'debug'; program: Program; settings: DebugSettings; breakpoints: readonly number[] }
  | { t: 'command'; line: string }
  | { t: 'toggle'; line: number }
  | { t: 'memory'; expr: string }
  /** Measure the workloads of `pvm compare` (`files`: what they read, by path) under a CPU preset. */
  | { t: 'compare'; files: Readonly<Record<string, string>>; cpu: string };

/** How a run ended, for the page. */
export interface RunEnd {
  /** The process exit status `pvm run` would give: the power-off code, or 70. */
  readonly status: number;
  /** One line: `exit code 0`, or why the guest stopped and where. */
  readonly report: string;
  readonly stats: StatsJson;
}

export type FromWorker =
  | { t: 'assembled'; id: number; ok: boolean; problems: Problem[]; ms: number }
  | { t: 'rejected'; problems: Problem[] }
  /** The source assembles but cannot run in these settings. */
  | { t: 'refused'; message: string }
  | { t: 'output'; text: string }
  | { t: 'waiting'; waiting: boolean }
  | { t: 'done'; end: RunEnd }
  | { t: 'log'; text: string }
  | { t: 'state'; state: DebugState }
  | { t: 'busy'; busy: boolean }
  | { t: 'failed'; message: string }
  | { t: 'compare-progress'; progress: Progress }
  | { t: 'compare-end'; end: CompareEnd };
