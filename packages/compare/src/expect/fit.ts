// Whether an image fits the machine it is to run on, as `pvm run` checks before loading it: a
// graded case or a compare workload that does not is refused with the same words.
import type { Mode } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { PV_AREA_SIZE } from '@pvm/isa';

/** The most guest memory `--mem` may give. */
export const MAX_MEMORY = 64 << 20;

/** The guest memory an image needs in a mode: past its last segment (and the pv pages). */
export function memoryNeeded(img: Image, mode: Mode): number {
  const end = Math.max(0, ...img.segments.map((seg) => seg.addr + seg.bytes.length));
  return end + (mode === 'pv' ? PV_AREA_SIZE : 0);
}

/** A --mem of at least `bytes`, as a user would type it: whole 64K below 1M (`192K`), whole M above (`3M`). */
function memFlag(bytes: number): string {
  if (bytes > 1 << 20) return `${Math.ceil(bytes / (1 << 20))}M`;
  return `${Math.max(64, Math.ceil(bytes / (64 << 10)) * 64)}K`;
}

/** Why an image cannot run in this configuration, if it cannot. */
export function imageFits(img: Image, s: { readonly mode: Mode; readonly memory: number }): string | null {
  // A paravirtual guest shares the top of memory with the hypervisor's pages.
  const end = s.mode === 'pv' ? s.memory - PV_AREA_SIZE : s.memory;
  for (const seg of img.segments)
    if (seg.addr + seg.bytes.length > end) {
      const need = memoryNeeded(img, s.mode);
      const hint = need <= MAX_MEMORY ? `; it needs --mem ${memFlag(need)} or more` : `, and past the largest (--mem ${MAX_MEMORY >> 20}M)`;
      return `the image's ${seg.kind} segment ends at 0x${(seg.addr + seg.bytes.length).toString(16)}, past the end of guest memory${s.mode === 'pv' ? ' left below the hypervisor pages' : ''} (--mem ${s.memory})${hint}`;
    }
  if (img.paravirt && s.mode !== 'pv') return `this is a paravirtual kernel (.paravirt): run it with --mode pv`;
  return null;
}
