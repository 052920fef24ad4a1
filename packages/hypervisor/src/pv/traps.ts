// The guest's virtual trap table, as Xen keeps it: set_trap_table takes an array of struct
// trap_info { vector, flags, cs, address } ended by an entry whose address is 0
// (xen/include/public/arch-x86/xen.h), each entry replacing that vector's. flags bits 1:0 are the
// DPL, who may enter with a software interrupt; bit 2 (TI_GET_IF) enters with events masked.
//
// The system-call vector with DPL 3 and without TI_IF is a direct trap, Barham et al.'s "fast"
// handler (SOSP 2003, §2.1.2): the processor enters it with no hypervisor in between. With TI_IF
// it cannot be one — "there's no way to get the CPU to automatically clear the events_mask
// variable" (Xen 3.0's init_int80_direct_trap, xen/arch/x86/x86_32/traps.c) — so it bounces.
import { NUM_VECTORS } from '@pvm/isa';
import {
  E2BIG, EFAULT, EINVAL, TI_DPL_MASK, TI_IF, trap_info_address, trap_info_flags, trap_info_size, trap_info_vector, VEC_SYSCALL,
} from '@pvm/isa/codes';
import { readStruct, validCodeAddress, type GuestView } from './guest.ts';

/** Entries set_trap_table reads before its terminator at most: one per 8-bit vector number, as Xen's virtual IDT has. */
export const TRAP_TABLE_MAX = 256;

/** The DPL a software interrupt needs: 3 from user mode, 1 from the kernel (Xen's permit_softint, xen/arch/x86/include/asm/regs.h). */
export const softintPermitted = (flags: number, fromUser: boolean): boolean => (flags & TI_DPL_MASK) >= (fromUser ? 3 : 1);

export class TrapTable {
  /** Handler address per vector (0: none). */
  readonly handlers = new Uint32Array(NUM_VECTORS);
  /** trap_info.flags per vector. */
  readonly flags = new Uint8Array(NUM_VECTORS);

  /**
   * set_trap_table. The whole array is read and checked before any entry is installed, so a
   * refused table changes nothing (Xen installs entries one by one and stops at a bad one).
   */
  set(g: GuestView, table: number): number {
    const t = table >>> 0;
    if (t === 0) {
      this.handlers.fill(0);
      this.flags.fill(0);
      return 0;
    }
    const entries: number[] = [];
    for (let i = 0; ; i++) {
      // No entry may wrap around 2^32 back into memory: guest.ts refuses base + offset past it.
      const e = readStruct(g, t + i * trap_info_size, trap_info_size);
      if (e === null) return -EFAULT;
      const address = e.getUint32(trap_info_address, true);
      if (address === 0) break;
      if (i === TRAP_TABLE_MAX) return -E2BIG;
      const vector = e.getUint8(trap_info_vector);
      const flags = e.getUint8(trap_info_flags);
      // Checked now, when registered, never when used. cs is ignored: pvm has no segments.
      if (vector >= NUM_VECTORS || (flags & ~(TI_DPL_MASK | TI_IF)) !== 0 || !validCodeAddress(g, address)) return -EINVAL;
      entries.push(vector, flags, address);
    }
    for (let k = 0; k < entries.length; k += 3) {
      this.flags[entries[k]!] = entries[k + 1]!;
      this.handlers[entries[k]!] = entries[k + 2]!;
    }
    return 0;
  }

  /** A system call that enters its handler with no hypervisor in between. */
  direct(vector: number): boolean {
    const f = this.flags[vector]!;
    return vector === VEC_SYSCALL && this.handlers[vector] !== 0 && (f & TI_DPL_MASK) === 3 && (f & TI_IF) === 0;
  }

  save(): unknown {
    return { handlers: this.handlers.slice(), flags: this.flags.slice() };
  }

  load(state: unknown): void {
    const s = state as { handlers: Uint32Array; flags: Uint8Array };
    this.handlers.set(s.handlers);
    this.flags.set(s.flags);
  }
}
