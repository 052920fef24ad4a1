// How a guest's end becomes an exit status and, when it crashed, one line of report (shared
// with the grader and `pvm compare`, in @pvm/compare), and the line for Ctrl-C.
import type { Image } from '@pvm/image';
import { where } from '@pvm/compare';

export { exitStatus, stopReport, where } from '@pvm/compare';

/** The report line for a run stopped by Ctrl-C at an instruction boundary. */
export function interruptReport(img: Image, pc: number, instructions: number): string {
  return `interrupted (Ctrl-C) at ${where(img, pc)} after ${instructions.toLocaleString('en-US')} instructions`;
}
