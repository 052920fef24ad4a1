// How a guest's end becomes an exit status and, when it crashed, one line of report: what an
// `exit:` expectation is compared with, and what `pvm run` exits with.
import type { Stop } from '@pvm/hypervisor';
import { printable, sourceOf, type Image } from '@pvm/image';
import { VECTOR_NAME, hex as hexWidth } from '@pvm/isa';

/** The status of a guest that crashed or was stopped: EX_SOFTWARE of sysexits.h, the CLI's EXIT.software. */
export const EX_SOFTWARE = 70;

const hex = (v: number): string => hexWidth(v, 4);

/** `pc 0x1010 (hello.s:12)`, or without the source part when the image has no line for it. */
export function where(img: Image, pc: number): string {
  // The line table says where code came from; a pc outside the image's code has no source line.
  const inCode = img.segments.some((s) => s.kind === 'text' && pc >>> 0 >= s.addr && pc >>> 0 < s.addr + s.bytes.length);
  const src = inCode ? sourceOf(img, pc >>> 0) : undefined;
  // The file name comes from the image, which may be hostile: no control characters to the terminal.
  return src ? `pc ${hex(pc)} (${printable(src.file)}:${src.line})` : `pc ${hex(pc)}`;
}

export function exitStatus(stop: Stop): number {
  return stop.kind === 'poweroff' ? stop.code & 0xff : EX_SOFTWARE;
}

/** The report line for a stop that is not a clean power-off, else null. */
export function stopReport(stop: Stop, img: Image): string | null {
  switch (stop.kind) {
    case 'poweroff':
      return null;
    case 'crash':
      return `guest crashed: ${stop.reason}: vector ${stop.vector} (${VECTOR_NAME.get(stop.vector) ?? '?'}) at ${where(img, stop.pc)}`;
    case 'step-limit':
      return `guest stopped: step limit reached after ${stop.steps.toLocaleString('en-US')} instructions (--max-steps)`;
    case 'halted':
      return `guest stopped: ${stop.reason}, at ${where(img, stop.pc)}`;
  }
}
