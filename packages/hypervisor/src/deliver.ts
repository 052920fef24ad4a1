// Entering the guest kernel through its vector table: the frame of docs/machine.md. Shared by
// bare metal and the hypervisor's injection, so both modes build exactly the same frame.
// With paging on, every address here is virtual, used as the CPU would use it (supervisor,
// through the TLB): a page fault while entering the kernel is a double fault.
import { ACCESS_READ, ACCESS_WRITE, FAULT_LOAD, FAULT_NAMES, FAULT_SPLIT, WALK_OK, faultCodeText, type Cpu } from '@pvm/cpu';
import { REG_SP, VECTOR_NAME, decode, hex as hexWidth } from '@pvm/isa';
import { FLAG_IE, FLAG_U, VEC_BREAK, VEC_DIVIDE, VEC_ILLEGAL, VEC_MEMORY, VEC_PAGE, VEC_PRIV, VEC_SYSCALL } from '@pvm/isa/codes';

const hex = (v: number): string => hexWidth(v, 4);

/** Why the access translate() just refused faulted, in words. */
const refusal = (cpu: Cpu): string =>
  cpu.vector === VEC_PAGE ? `page fault at ${hex(cpu.faultVa)} (${faultCodeText(cpu.faultCode)})` : cpu.faultKind === FAULT_SPLIT ? `word at ${hex(cpu.faultAddr)} crosses a page boundary` : `${hex(cpu.faultAddr)} is outside guest memory`;

/** A word of guest memory at virtual `va`, as the kernel reads it; null (the fault set) if it cannot be read. */
export function readGuest(cpu: Cpu, va: number): number | null {
  const pa = cpu.translate(va, 4, ACCESS_READ);
  return pa < 0 ? null : cpu.read32(pa);
}

/** Write a word at virtual `va` as the kernel writes it; false (the fault set) if it cannot be written. */
export function writeGuest(cpu: Cpu, va: number, v: number): boolean {
  const pa = cpu.translate(va, 4, ACCESS_WRITE);
  if (pa < 0) return false;
  cpu.write32(pa, v);
  return true;
}

/**
 * Push FLAGS and the return PC (and, from user mode, the user stack pointer first) on the
 * kernel stack, clear IE, enter supervisor mode at the handler. Returns null, 'no handler', or
 * why the frame could not be pushed.
 */
export function deliver(cpu: Cpu, vector: number, returnPc: number): string | null {
  const slot = (cpu.vbase + 4 * vector) >>> 0;
  let handler = 0;
  if (cpu.ptb === 0) handler = cpu.inRange(slot, 4) ? cpu.read32(slot) >>> 0 : 0;
  else {
    const h = readGuest(cpu, slot);
    if (h === null) return `double fault: cannot read the vector table entry for ${VECTOR_NAME.get(vector) ?? vector} at ${hex(slot)}: ${refusal(cpu)}`;
    handler = h >>> 0;
  }
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
  const stack = fromUser ? 'kernel stack pointer (lksp)' : 'stack pointer';
  if (sp < size || (cpu.ptb === 0 && !cpu.inRange(sp - size, size))) return `double fault: cannot push the frame for ${what}: ${stack} ${hex(sp)} leaves no room in guest memory`;
  let p = sp;
  if ((fromUser && !writeGuest(cpu, (p -= 4), cpu.regs[REG_SP]!)) || !writeGuest(cpu, (p -= 4), flagsWord) || !writeGuest(cpu, (p -= 4), returnPc))
    return `double fault: cannot push the frame for ${what} below ${stack} ${hex(sp)}: ${refusal(cpu)}`;
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
 * mode) the user stack pointer. `ok` says which physical words may be read (all of memory for
 * the CPU's iret, below the hypervisor's pages for a paravirtual `hcall iret`). Returns the
 * frame, or null with the fault the CPU would raise set in `cpu` (vector and details).
 */
export function popFrame(cpu: Cpu, ok: (addr: number, len: number) => boolean): Frame | null {
  const sp = cpu.regs[REG_SP]! >>> 0;
  // With paging off the frame's words are checked before any is read, as they always were.
  const unreadable = cpu.ptb === 0 && !ok(sp, 8) ? sp : -1;
  if (unreadable >= 0) {
    cpu.vector = VEC_MEMORY;
    cpu.faultKind = FAULT_LOAD;
    cpu.faultAddr = unreadable;
    return null;
  }
  const word = (va: number): number | null => {
    const pa = cpu.translate(va, 4, ACCESS_READ);
    if (pa >= 0 && ok(pa, 4)) return cpu.read32(pa);
    if (pa >= 0) {
      cpu.vector = VEC_MEMORY;
      cpu.faultKind = FAULT_LOAD;
      cpu.faultAddr = pa;
    }
    return null;
  };
  const pc = word(sp);
  const flags = pc === null ? null : word(sp + 4);
  if (pc === null || flags === null) return null;
  if ((flags & FLAG_U) === 0) return { pc, flags, sp: sp + 8 };
  const usp = word(sp + 8);
  return usp === null ? null : { pc, flags, sp: usp };
}

/** One line saying what went wrong, for an exception with no handler. */
export function describeFault(cpu: Cpu, vector: number, pc: number): string {
  // The instruction's bytes, where the page tables put them (the pc itself with paging off).
  const walk = cpu.probe(pc);
  const at = walk.status === WALK_OK ? walk.pa : cpu.memSize;
  switch (vector) {
    case VEC_PAGE:
      return `page fault at ${hex(cpu.faultVa)} (${faultCodeText(cpu.faultCode)}) with no handler in the vector table`;
    case VEC_MEMORY: {
      if (cpu.faultKind === FAULT_SPLIT) return `memory fault: an access at ${hex(cpu.faultAddr)} crosses a page boundary (with paging on, words and halves must stay within a page)`;
      const kind = FAULT_NAMES[cpu.faultKind] ?? 'access';
      if (cpu.ptb !== 0) return `memory fault: ${kind} ${kind === 'store' ? 'to' : 'from'} physical ${hex(cpu.faultAddr)}, past the end of guest memory, through the page tables`;
      const size = cpu.memSize >= 1 << 20 && cpu.memSize % (1 << 20) === 0 ? `${cpu.memSize >> 20} MiB` : `${cpu.memSize} bytes`;
      if (kind === 'fetch' && cpu.faultAddr % 4 !== 0 && cpu.faultAddr < cpu.memSize) return `memory fault: fetch from misaligned address ${hex(cpu.faultAddr)}`;
      return `memory fault: ${kind} ${kind === 'store' ? 'to' : 'from'} ${hex(cpu.faultAddr)}, outside guest memory (${size})`;
    }
    case VEC_DIVIDE:
      return 'divide error: division by zero';
    case VEC_ILLEGAL: {
      const bytes = [...cpu.mem.subarray(at, at + 4)].map((b) => b.toString(16).padStart(2, '0')).join(' ');
      const ins = decode(cpu.mem, at);
      if (ins?.op.mnemonic === 'hcall') return 'illegal instruction (hcall needs a paravirtual kernel: run it with --mode pv)';
      if (ins) return `illegal instruction: ${ins.op.mnemonic} names control register ${ins.words[0]! >>> 0}, which does not exist`;
      return `illegal instruction (bytes ${bytes})`;
    }
    case VEC_PRIV: {
      const op = decode(cpu.mem, at)?.op.mnemonic ?? 'instruction';
      return `privilege violation: '${op}' in user mode`;
    }
    case VEC_SYSCALL:
      return 'syscall with no handler in the vector table';
    case VEC_BREAK:
      return 'breakpoint (brk) with no handler in the vector table';
  }
  return `exception ${vector}`;
}
