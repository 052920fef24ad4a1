import type { BlockBackend, ConsoleBackend } from '@pvm/devices';

// Everything the CLI touches outside itself, behind one interface: the real process supplies
// node's, tests supply their own and read what was written.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** File contents, or an error code ('ENOENT', 'EISDIR', 'EACCES', ...). */
  readFile(path: string): Uint8Array | { code: string };
  /** Names in a directory; null when `path` is not a directory; an error code when unreadable. */
  listDir(path: string): string[] | { code: string } | null;
  /** Write a file whole or not at all (temporary file, then rename). */
  writeFile(path: string, data: Uint8Array | string): { code: string } | null;
  /** True when stdout is a terminal (colours, pagers). */
  readonly isTTY: boolean;
  /** The guest console of `pvm run`: the process's stdin and stdout, or a test's buffers. */
  guestConsole(): ConsoleBackend & { flush(): void };
  /** The debugger's terminal front end (absent in tests: commands come from --script). */
  debugHost?(): import('./commands/debug.ts').DebugHost;
  /** A disk-image file for the block device, or why it cannot be opened. */
  openDisk(path: string, readOnly: boolean): (BlockBackend & { close(): void }) | { code: string; message?: string };
}

/** Exit statuses of DESIGN.md §7 (BSD sysexits where they apply). */
export const EXIT = {
  ok: 0,
  usage: 64,
  dataErr: 65,
  noInput: 66,
  software: 70,
} as const;

/** A command's outcome: an exit status, with any message already written to stderr. */
export type Status = number;
