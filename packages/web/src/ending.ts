// How a run's end reads on the page, with the exit status `pvm run` would give (its mapping,
// and its way of naming a place: @pvm/compare's).
import { EX_SOFTWARE, exitStatus, where } from '@pvm/compare';
import type { Mode, Stop } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { PV_AREA_SIZE, VECTOR_NAME, hex } from '@pvm/isa';

export function ending(stop: Stop, img: Image): { status: number; report: string } {
  const status = exitStatus(stop);
  switch (stop.kind) {
    case 'poweroff':
      return { status, report: `powered off with exit code ${stop.code}` };
    case 'crash':
      return { status, report: `guest crashed: ${stop.reason}: vector ${stop.vector} (${VECTOR_NAME.get(stop.vector) ?? '?'}) at ${where(img, stop.pc)}` };
    case 'step-limit':
      return { status, report: `guest stopped: the step budget of ${stop.steps.toLocaleString('en-US')} instructions ran out` };
    case 'halted':
      return { status, report: `guest stopped: ${stop.reason}, at ${where(img, stop.pc)}` };
  }
}

export const stoppedByUser = (img: Image, pc: number, instructions: number): { status: number; report: string } => ({
  status: EX_SOFTWARE,
  report: `stopped by you at ${where(img, pc)} after ${instructions.toLocaleString('en-US')} instructions`,
});

/**
 * Why an image cannot run in a mode here, or null: a paravirtual kernel needs pv, and every
 * segment must fit in guest memory (in pv, below the hypervisor's pages), as `pvm run` checks.
 */
export function misfit(img: Image, mode: Mode, memory: number): string | null {
  if (img.paravirt && mode !== 'pv') return 'this is a paravirtual kernel (.paravirt): run it in pv mode';
  const end = mode === 'pv' ? memory - PV_AREA_SIZE : memory;
  const over = img.segments.find((s) => s.addr + s.bytes.length > end);
  if (!over) return null;
  const mib = `${memory / (1 << 20)} MiB`;
  return `the image's ${over.kind} segment ends at ${hex(over.addr + over.bytes.length, 4)}, past the end of guest memory (${mode === 'pv' ? `${mib} less the hypervisor's pages` : mib})`;
}
