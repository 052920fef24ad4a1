// How a guest's end becomes an exit status and, when it crashed, one line of report.
import type { Stop } from '@pvm/hypervisor';
import { sourceOf, type Image } from '@pvm/image';
import { VECTOR_NAME } from '@pvm/isa';
import { EXIT } from './io.ts';

const hex = (v: number): string => '0x' + (v >>> 0).toString(16).padStart(4, '0');

/** `pc 0x1010 (hello.s:12)`, or without the source part when the image has no line for it. */
export function where(img: Image, pc: number): string {
  const src = sourceOf(img, pc);
  return src ? `pc ${hex(pc)} (${src.file}:${src.line})` : `pc ${hex(pc)}`;
}

export function exitStatus(stop: Stop): number {
  return stop.kind === 'poweroff' ? stop.code & 0xff : EXIT.software;
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
