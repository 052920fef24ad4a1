import type { BlockBackend, ConsoleBackend } from '@pvm/devices';

// Everything the CLI touches outside itself, behind one interface: the real process supplies
// node's, tests supply their own and read what was written.

export interface Io {
  /** pvm's standard output; throws OutputError when it cannot be written. */
  out(text: string): void;
  /** pvm's standard error; throws OutputError when it cannot be written. */
  err(text: string): void;
  /** File contents, or an error code ('ENOENT', 'EISDIR', 'EACCES', ...). */
  readFile(path: string): Uint8Array | { code: string };
  /** Names in a directory; null when `path` is not a directory; an error code when unreadable. */
  listDir(path: string): string[] | { code: string } | null;
  /**
   * Write a file whole or not at all, never through a link and never over anything but a
   * regular file (an exclusively created temporary file, synced, then renamed); why not, if not.
   */
  writeFile(path: string, data: Uint8Array | string): WriteFailure | null;
  /** True when both paths name one existing file (through links, `./x` and `x`). */
  sameFile?(a: string, b: string): boolean;
  /** True when stdout is a terminal (colours, pagers). */
  readonly isTTY: boolean;
  /** True when stdout and stderr are the same file, pipe or terminal (their text interleaves). */
  sharedOutput?(): boolean;
  /** The guest console of `pvm run`: the process's stdin and stdout, or a test's buffers. */
  guestConsole(): GuestConsole;
  /** Ctrl-C while a guest runs (absent in tests that do not simulate it). */
  watchInterrupt?(): Interrupt;
  /** The debugger's terminal front end (absent in tests: commands come from --script). */
  debugHost?(): import('./commands/debug.ts').DebugHost;
  /** A disk-image file for the block device, or why it cannot be opened. */
  openDisk(path: string, readOnly: boolean): (BlockBackend & { close(): void }) | { code: string; message?: string };
}

export interface GuestConsole extends ConsoleBackend {
  flush(): void;
  /** Why guest output could not be written (it is dropped from then on), or null. */
  readonly failure: OutputError | null;
  /** The last byte the guest wrote, or -1 before its first. */
  readonly lastByte: number;
}

/** A Ctrl-C watch: `requested` turns true on SIGINT; `pause` lets a pending one be seen. */
export interface Interrupt {
  readonly requested: boolean;
  pause(): Promise<void>;
  close(): void;
}

/** Why a file was not written: the message for the user and the exit status it means. */
export interface WriteFailure {
  readonly code: string;
  readonly message: string;
  /** 73 when the file could not be created, 74 when writing it failed. */
  readonly status: number;
}

/** Exit statuses of every pvm command (BSD sysexits where they apply), listed in the README. */
export const EXIT = {
  ok: 0,
  usage: 64,
  dataErr: 65,
  noInput: 66,
  software: 70,
  cantCreate: 73,
  ioErr: 74,
  /** 128 + SIGINT: stopped by Ctrl-C, as a shell reports a program the signal ended. */
  interrupted: 130,
  /** 128 + SIGPIPE: the reader of pvm's output went away, as `cat` or `yes` end then. */
  pipeClosed: 141,
} as const;

/** The exit statuses pvm itself gives, besides a guest's power-off code (0..255). */
export const EXIT_HELP = `Exit status: 0 ok (or the guest's exit code), 64 usage, 65 bad source or image,
66 missing input file, 70 guest crashed, 73 cannot create an output file,
74 cannot write (a full disk, an I/O error), 130 stopped by Ctrl-C,
141 the reader of pvm's output went away (a closed pipe: pvm ends quietly).`;

/** pvm's own output could not be written: a closed pipe (quiet, 141) or an I/O error (74). */
export class OutputError extends Error {
  constructor(
    readonly stream: 'stdout' | 'stderr',
    readonly code: string,
    /** The system's words for it: 'no space left on device'. */
    readonly reason: string,
  ) {
    super(`cannot write standard ${stream === 'stdout' ? 'output' : 'error'}: ${reason}`);
  }

  get closed(): boolean {
    return this.code === 'EPIPE';
  }
}

/** The exit status for an OutputError, with its one line said on stderr when stderr works. */
export function outputFailed(io: Pick<Io, 'err'>, e: OutputError): number {
  if (e.closed) return EXIT.pipeClosed;
  if (e.stream === 'stdout') {
    try {
      io.err(`pvm: ${e.message}\n`);
    } catch {
      // stderr is gone too: the exit status is all that is left to say it.
    }
  }
  return EXIT.ioErr;
}

/** A command's outcome: an exit status, with any message already written to stderr. */
export type Status = number;
