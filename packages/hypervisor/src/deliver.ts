// Entering the guest kernel through its vector table: the frame of docs/machine.md. Shared by
// bare metal and the hypervisor's injection, so both modes build exactly the same frame.
import { FAULT_NAMES, type Cpu } from '@pvm/cpu';
import { REG_SP, VECTOR_NAME, decode, hex as hexWidth } from '@pvm/isa';
import { FLAG_IE, FLAG_U, VEC_BREAK, VEC_DIVIDE, VEC_ILLEGAL, VEC_MEMORY, VEC_PRIV, VEC_SYSCALL } from '@pvm/isa/codes';

const hex = (v: number): string => hexWidth(v, 4);

/**
 * Push FLAGS and the return PC (and, from user mode, the user stack pointer first) on the
 * kernel stack, clear IE, enter supervisor mode at the handler. Returns null, 'no handler', or
 * why the frame could not be pushed.
 */
export function deliver(cpu: Cpu, vector: number, returnPc: number): string | null {
  const slot = (cpu.vbase + 4 * vector) >>> 0;
  const handler = cpu.inRange(slot, 4) ? cpu.read32(slot) >>> 0 : 0;
  if (handler === 0) return 'no handler';
  return pushFrame(cpu, handler, returnPc, cpu.flags, VECTOR_NAME.get(vector) ?? String(vector));
}

/**
 * The frame itself, for a known handler: also how a paravirtual guest's trap bounces and event
 * upcalls enter it (with the FLAGS word the guest should see).
 */
export function pushFrame(cpu: Cpu, handler: number, returnPc: number, flagsWord: number, what: string): string | null {
  const fromUser = (cpu.flags & FLAG_U) !== 0;
  const sp = (fromUser ? cpu.ksp : cpu.regs[REG_SP]! >>> 0) >>> 0;
  const size = fromUser ? 12 : 8;
  if (sp < size || !cpu.inRange(sp - size, size))
    return `double fault: cannot push the frame for ${what}: ${fromUser ? 'kernel stack pointer (lksp)' : 'stack pointer'} ${hex(sp)} leaves no room in guest memory`;
  let p = sp;
  if (fromUser) cpu.write32((p -= 4), cpu.regs[REG_SP]!);
  cpu.write32((p -= 4), flagsWord);
  cpu.write32((p -= 4), returnPc);
  cpu.regs[REG_SP] = p;
  cpu.flags &= ~(FLAG_IE | FLAG_U);
  cpu.pc = handler;
  return null;
}

/** A frame read back by `iret`: where to return, with which FLAGS and stack pointer. */
export interface Frame {
  pc: number;
  flags: number;
  sp: number;
}

/**
 * Read back the frame pushFrame built at sp: the return PC, then FLAGS, then (returning to user
 * mode) the user stack pointer. `ok` says which guest ranges may be read (all of memory for the
 * CPU's iret, below the hypervisor's pages for a paravirtual `hcall iret`). Returns the frame,
 * or the address of the first word that could not be read.
 */
export function popFrame(cpu: Cpu, ok: (addr: number, len: number) => boolean): Frame | number {
  const sp = cpu.regs[REG_SP]! >>> 0;
  if (!ok(sp, 8)) return sp;
  const pc = cpu.read32(sp);
  const flags = cpu.read32(sp + 4);
  if ((flags & FLAG_U) === 0) return { pc, flags, sp: sp + 8 };
  if (!ok(sp + 8, 4)) return sp + 8;
  return { pc, flags, sp: cpu.read32(sp + 8) };
}

/** One line saying what went wrong, for an exception with no handler. */
export function describeFault(cpu: Cpu, vector: number, pc: number): string {
  switch (vector) {
    case VEC_MEMORY: {
      const kind = FAULT_NAMES[cpu.faultKind] ?? 'access';
      const size = cpu.memSize >= 1 << 20 && cpu.memSize % (1 << 20) === 0 ? `${cpu.memSize >> 20} MiB` : `${cpu.memSize} bytes`;
      if (kind === 'fetch' && cpu.faultAddr % 4 !== 0 && cpu.faultAddr < cpu.memSize) return `memory fault: fetch from misaligned address ${hex(cpu.faultAddr)}`;
      return `memory fault: ${kind} ${kind === 'store' ? 'to' : 'from'} ${hex(cpu.faultAddr)}, outside guest memory (${size})`;
    }
    case VEC_DIVIDE:
      return 'divide error: division by zero';
    case VEC_ILLEGAL: {
      const bytes = [...cpu.mem.subarray(pc, pc + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
      return decode(cpu.mem, pc) ? 'illegal instruction (hcall needs a paravirtual kernel: run it with --mode pv)' : `illegal instruction (bytes ${bytes})`;
    }
    case VEC_PRIV: {
      const op = decode(cpu.mem, pc)?.op.mnemonic ?? 'instruction';
      return `privilege violation: '${op}' in user mode`;
    }
    case VEC_SYSCALL:
      return 'syscall with no handler in the vector table';
    case VEC_BREAK:
      return 'breakpoint (brk) with no handler in the vector table';
  }
  return `exception ${vector}`;
}
