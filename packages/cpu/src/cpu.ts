// The interpreter. One monomorphic `run` with a numeric switch, hot state in locals written back
// at every exit, code pre-decoded into typed arrays, no allocation per instruction, and every
// guest event returned as an exit code (see exits.ts).
import { OPS, ZERO_REG, REG_SP, decode, sizeOf } from '@pvm/isa';
import {
  OP_ADD_RRI, OP_ADD_RRR, OP_AND_RRI, OP_AND_RRR, OP_BEQ_RIL, OP_BEQ_RRL, OP_BGEU_RIL, OP_BGEU_RRL, OP_BGE_RIL,
  OP_BGE_RRL, OP_BGT_RIL, OP_BGT_RRL, OP_BLE_RIL, OP_BLE_RRL, OP_BLTU_RIL, OP_BLTU_RRL, OP_BLT_RIL, OP_BLT_RRL, OP_BNE_RIL, OP_BNE_RRL, OP_BRK, OP_CALL_L, OP_CALL_R,
  OP_CLI, OP_DIVU_RRI, OP_DIVU_RRR, OP_DIV_RRI, OP_DIV_RRR, OP_HCALL, OP_HLT, OP_IN_RP, OP_IN_RR, OP_IRET, OP_JMP_L,
  OP_JMP_R, OP_LD, OP_LDB, OP_LDH, OP_LI, OP_LKSP, OP_LVT, OP_MOV, OP_MUL_RRI, OP_MUL_RRR, OP_NOP, OP_OR_RRI, OP_OR_RRR,
  OP_OUT_PR, OP_OUT_RR, OP_POP, OP_POPF, OP_PUSH, OP_PUSHF, OP_REMU_RRI, OP_REMU_RRR, OP_REM_RRI, OP_REM_RRR, OP_RET,
  OP_SAR_RRI, OP_SAR_RRR, OP_SHL_RRI, OP_SHL_RRR, OP_SHR_RRI, OP_SHR_RRR, OP_ST, OP_STB, OP_STH, OP_STI, OP_SUB_RRI,
  OP_SUB_RRR, OP_SYSCALL, OP_XOR_RRI, OP_XOR_RRR, FLAG_IE, FLAG_U, VEC_BREAK, VEC_DIVIDE, VEC_ILLEGAL, VEC_MEMORY,
  VEC_PRIV, VEC_SYSCALL,
} from '@pvm/isa/codes';
import {
  EXIT_EXCEPTION, EXIT_HCALL, EXIT_IRQ_WINDOW, EXIT_LIMIT, EXIT_PRIVILEGED, EXIT_SENSITIVE, FAULT_FETCH, FAULT_LOAD,
  FAULT_STORE,
} from './exits.ts';

/** Marks a pre-decoded slot whose bytes are not a valid instruction. */
const ILLEGAL = 0xff;

/** Cycles per opcode, from the table. */
const COST = new Uint8Array(256).fill(1);
for (const op of OPS) COST[op.code] = op.cycles ?? 1;
/** Bytes per opcode (0: unassigned), to tell a truncated instruction from an illegal one. */
const SIZE = new Uint8Array(256);
for (const op of OPS) SIZE[op.code] = sizeOf(op);

export interface CpuOptions {
  /** Guest memory in bytes: a multiple of 4. */
  readonly memory: number;
}

export class Cpu {
  /** r0..r15, then the always-zero base of absolute memory operands. */
  readonly regs = new Int32Array(17);
  pc = 0;
  /** Architectural FLAGS (IE, U) as the guest kernel sees them: virtual ones under `trap`. */
  flags = 0;
  /** Vector-table base, loaded by `lvt`. */
  vbase = 0;
  /** Kernel stack pointer used on entry from user mode, loaded by `lksp`. */
  ksp = 0;
  /** Guest cycles: the guest's virtual time. */
  cycles = 0;
  /** Instructions retired. */
  instret = 0;

  /**
   * When set, the kernel runs without real privilege (`trap` and `pv` modes): privileged opcodes
   * exit even in supervisor mode, `pushf` shows the real FLAGS and `popf` cannot change IE or U.
   */
  deprivileged = false;
  /** With `deprivileged`: `pushf`/`popf` exit too (hardware-assisted virtualization). */
  popfTraps = false;

  /** Details of the last exit. */
  vector = 0;
  faultAddr = 0;
  faultKind = 0;
  /** Address of the instruction after the one that exited (the return address of `syscall`). */
  nextPc = 0;

  readonly mem: Uint8Array;
  readonly memSize: number;
  private readonly mem32: Int32Array;
  private readonly mem16: Uint16Array;
  // Pre-decoded code, indexed by word (pc >>> 2). dop 0 means "not decoded yet".
  private readonly dop: Uint8Array;
  private readonly da: Uint8Array;
  private readonly db: Uint8Array;
  private readonly dc: Uint8Array;
  private readonly dimm: Int32Array;
  private readonly dimm2: Int32Array;
  /** Words covered by a decoded instruction: a store there invalidates it. */
  private readonly mark: Uint8Array;

  constructor(opts: CpuOptions) {
    const size = opts.memory;
    if (size % 4 !== 0 || size < 4) throw new RangeError(`memory size ${size} must be a positive multiple of 4`);
    const buf = new ArrayBuffer(size);
    this.mem = new Uint8Array(buf);
    this.mem32 = new Int32Array(buf);
    this.mem16 = new Uint16Array(buf);
    this.memSize = size;
    const words = size >>> 2;
    this.dop = new Uint8Array(words);
    this.da = new Uint8Array(words);
    this.db = new Uint8Array(words);
    this.dc = new Uint8Array(words);
    this.dimm = new Int32Array(words);
    this.dimm2 = new Int32Array(words);
    this.mark = new Uint8Array(words);
  }

  /** Forget every pre-decoded instruction (after the host writes guest memory in bulk). */
  flushDecoded(): void {
    this.dop.fill(0);
    this.mark.fill(0);
  }

  /** Forget decoded instructions that cover byte `addr` (the host or a device wrote it). */
  invalidate(addr: number): void {
    const w = addr >>> 2;
    if (w < this.mark.length && this.mark[w]) this.invalidateWord(w);
  }

  private invalidateWord(w: number): void {
    // An instruction is at most 3 words, so the ones covering word w start at w-2..w.
    for (let k = w - 2; k <= w; k++) if (k >= 0) this.dop[k] = 0;
    this.mark[w] = 0;
  }

  /** Decode the instruction at word `w` into the cache; returns its code (or ILLEGAL). */
  private decodeWord(w: number): number {
    const instr = decode(this.mem, w << 2, this.memSize);
    if (!instr) {
      this.dop[w] = ILLEGAL;
      this.mark[w] = 1;
      return ILLEGAL;
    }
    const code = instr.op.code;
    this.da[w] = instr.regs[0] ?? 0;
    this.db[w] = instr.regs[1] ?? 0;
    this.dc[w] = instr.regs[2] ?? 0;
    this.dimm[w] = instr.words[0] ?? 0;
    this.dimm2[w] = instr.words[1] ?? 0;
    const n = sizeOf(instr.op) >>> 2;
    for (let i = 0; i < n; i++) this.mark[w + i] = 1;
    this.dop[w] = code;
    return code;
  }

  // ---- memory, for the hypervisor and devices (the loop inlines its own) ----

  /** Whether [addr, addr + len) lies inside guest memory, without overflow. */
  inRange(addr: number, len: number): boolean {
    return addr >= 0 && len >= 0 && addr <= this.memSize && len <= this.memSize - addr;
  }

  read32(addr: number): number {
    return (addr & 3) === 0 ? this.mem32[addr >>> 2]! : this.mem[addr]! | (this.mem[addr + 1]! << 8) | (this.mem[addr + 2]! << 16) | (this.mem[addr + 3]! << 24);
  }

  write32(addr: number, v: number): void {
    if ((addr & 3) === 0) this.mem32[addr >>> 2] = v;
    else {
      this.mem[addr] = v;
      this.mem[addr + 1] = v >>> 8;
      this.mem[addr + 2] = v >>> 16;
      this.mem[addr + 3] = v >>> 24;
    }
    this.invalidate(addr);
    this.invalidate(addr + 3);
  }

  /** Push a word on the current stack; false (nothing changed) when it would leave memory. */
  push(v: number): boolean {
    const sp = (this.regs[REG_SP]! - 4) >>> 0;
    if (sp > this.memSize - 4) return false;
    this.write32(sp, v);
    this.regs[REG_SP] = sp;
    return true;
  }

  /**
   * Run until an exit or until `cycles` reaches `limit`. Returns the exit code; `pc` is then
   * at the instruction that exited (not yet executed) or, for EXIT_LIMIT, the next one to run.
   */
  run(limit: number): number {
    const regs = this.regs;
    const mem = this.mem;
    const mem32 = this.mem32;
    const mem16 = this.mem16;
    const dop = this.dop;
    const da = this.da;
    const db = this.db;
    const dc = this.dc;
    const dimm = this.dimm;
    const dimm2 = this.dimm2;
    const mark = this.mark;
    const memSize = this.memSize;
    const top4 = memSize - 4;
    let pc = this.pc;
    let cycles = this.cycles;
    let instret = this.instret;
    let exit = EXIT_LIMIT;
    let addr = 0;
    let v = 0;

    loop: while (cycles < limit) {
      if ((pc & 3) !== 0 || pc >>> 0 > top4) {
        this.faultAddr = pc >>> 0;
        this.faultKind = FAULT_FETCH;
        this.vector = VEC_MEMORY;
        exit = EXIT_EXCEPTION;
        break;
      }
      const w = pc >>> 2;
      let op = dop[w]!;
      if (op === 0) op = this.decodeWord(w);
      switch (op) {
        case OP_NOP:
          pc += 4;
          break;
        case OP_MOV:
          regs[da[w]!] = regs[db[w]!]!;
          pc += 4;
          break;
        case OP_LI:
          regs[da[w]!] = dimm[w]!;
          pc += 8;
          break;

        // ---- arithmetic: register and value forms ----
        case OP_ADD_RRR:
          regs[da[w]!] = regs[db[w]!]! + regs[dc[w]!]!;
          pc += 4;
          break;
        case OP_ADD_RRI:
          regs[da[w]!] = regs[db[w]!]! + dimm[w]!;
          pc += 8;
          break;
        case OP_SUB_RRR:
          regs[da[w]!] = regs[db[w]!]! - regs[dc[w]!]!;
          pc += 4;
          break;
        case OP_SUB_RRI:
          regs[da[w]!] = regs[db[w]!]! - dimm[w]!;
          pc += 8;
          break;
        case OP_MUL_RRR:
          regs[da[w]!] = Math.imul(regs[db[w]!]!, regs[dc[w]!]!);
          pc += 4;
          break;
        case OP_MUL_RRI:
          regs[da[w]!] = Math.imul(regs[db[w]!]!, dimm[w]!);
          pc += 8;
          break;
        // Division by zero is the guest's divide error; INT_MIN / -1 wraps, as in RISC-V.
        case OP_DIV_RRR:
          v = regs[dc[w]!]!;
          if (v === 0) {
            this.vector = VEC_DIVIDE;
            exit = EXIT_EXCEPTION;
            break loop;
          }
          regs[da[w]!] = (regs[db[w]!]! / v) | 0;
          pc += 4;
          break;
        case OP_DIV_RRI:
          v = dimm[w]!;
          if (v === 0) {
            this.vector = VEC_DIVIDE;
            exit = EXIT_EXCEPTION;
            break loop;
          }
          regs[da[w]!] = (regs[db[w]!]! / v) | 0;
          pc += 8;
          break;
        case OP_DIVU_RRR:
          v = regs[dc[w]!]!;
          if (v === 0) {
            this.vector = VEC_DIVIDE;
            exit = EXIT_EXCEPTION;
            break loop;
          }
          regs[da[w]!] = ((regs[db[w]!]! >>> 0) / (v >>> 0)) | 0;
          pc += 4;
          break;
        case OP_DIVU_RRI:
          v = dimm[w]!;
          if (v === 0) {
            this.vector = VEC_DIVIDE;
            exit = EXIT_EXCEPTION;
            break loop;
          }
          regs[da[w]!] = ((regs[db[w]!]! >>> 0) / (v >>> 0)) | 0;
          pc += 8;
          break;
        case OP_REM_RRR:
          v = regs[dc[w]!]!;
          if (v === 0) {
            this.vector = VEC_DIVIDE;
            exit = EXIT_EXCEPTION;
            break loop;
          }
          regs[da[w]!] = regs[db[w]!]! % v | 0;
          pc += 4;
          break;
        case OP_REM_RRI:
          v = dimm[w]!;
          if (v === 0) {
            this.vector = VEC_DIVIDE;
            exit = EXIT_EXCEPTION;
            break loop;
          }
          regs[da[w]!] = regs[db[w]!]! % v | 0;
          pc += 8;
          break;
        case OP_REMU_RRR:
          v = regs[dc[w]!]!;
          if (v === 0) {
            this.vector = VEC_DIVIDE;
            exit = EXIT_EXCEPTION;
            break loop;
          }
          regs[da[w]!] = (regs[db[w]!]! >>> 0) % (v >>> 0) | 0;
          pc += 4;
          break;
        case OP_REMU_RRI:
          v = dimm[w]!;
          if (v === 0) {
            this.vector = VEC_DIVIDE;
            exit = EXIT_EXCEPTION;
            break loop;
          }
          regs[da[w]!] = (regs[db[w]!]! >>> 0) % (v >>> 0) | 0;
          pc += 8;
          break;
        case OP_AND_RRR:
          regs[da[w]!] = regs[db[w]!]! & regs[dc[w]!]!;
          pc += 4;
          break;
        case OP_AND_RRI:
          regs[da[w]!] = regs[db[w]!]! & dimm[w]!;
          pc += 8;
          break;
        case OP_OR_RRR:
          regs[da[w]!] = regs[db[w]!]! | regs[dc[w]!]!;
          pc += 4;
          break;
        case OP_OR_RRI:
          regs[da[w]!] = regs[db[w]!]! | dimm[w]!;
          pc += 8;
          break;
        case OP_XOR_RRR:
          regs[da[w]!] = regs[db[w]!]! ^ regs[dc[w]!]!;
          pc += 4;
          break;
        case OP_XOR_RRI:
          regs[da[w]!] = regs[db[w]!]! ^ dimm[w]!;
          pc += 8;
          break;
        case OP_SHL_RRR:
          regs[da[w]!] = regs[db[w]!]! << (regs[dc[w]!]! & 31);
          pc += 4;
          break;
        case OP_SHL_RRI:
          regs[da[w]!] = regs[db[w]!]! << (dimm[w]! & 31);
          pc += 8;
          break;
        case OP_SHR_RRR:
          regs[da[w]!] = regs[db[w]!]! >>> (regs[dc[w]!]! & 31);
          pc += 4;
          break;
        case OP_SHR_RRI:
          regs[da[w]!] = regs[db[w]!]! >>> (dimm[w]! & 31);
          pc += 8;
          break;
        case OP_SAR_RRR:
          regs[da[w]!] = regs[db[w]!]! >> (regs[dc[w]!]! & 31);
          pc += 4;
          break;
        case OP_SAR_RRI:
          regs[da[w]!] = regs[db[w]!]! >> (dimm[w]! & 31);
          pc += 8;
          break;

        // ---- memory: out-of-range is a memory fault, never a host error ----
        case OP_LD:
          addr = (regs[db[w]!]! + dimm[w]!) >>> 0;
          if (addr > top4) {
            this.faultKind = FAULT_LOAD;
            break loop;
          }
          regs[da[w]!] = (addr & 3) === 0 ? mem32[addr >>> 2]! : mem[addr]! | (mem[addr + 1]! << 8) | (mem[addr + 2]! << 16) | (mem[addr + 3]! << 24);
          pc += 8;
          break;
        case OP_LDB:
          addr = (regs[db[w]!]! + dimm[w]!) >>> 0;
          if (addr >= memSize) {
            this.faultKind = FAULT_LOAD;
            break loop;
          }
          regs[da[w]!] = mem[addr]!;
          pc += 8;
          break;
        case OP_LDH:
          addr = (regs[db[w]!]! + dimm[w]!) >>> 0;
          if (addr > memSize - 2) {
            this.faultKind = FAULT_LOAD;
            break loop;
          }
          regs[da[w]!] = (addr & 1) === 0 ? mem16[addr >>> 1]! : mem[addr]! | (mem[addr + 1]! << 8);
          pc += 8;
          break;
        case OP_ST:
          addr = (regs[db[w]!]! + dimm[w]!) >>> 0;
          if (addr > top4) {
            this.faultKind = FAULT_STORE;
            break loop;
          }
          v = regs[da[w]!]!;
          if ((addr & 3) === 0) mem32[addr >>> 2] = v;
          else {
            mem[addr] = v;
            mem[addr + 1] = v >>> 8;
            mem[addr + 2] = v >>> 16;
            mem[addr + 3] = v >>> 24;
          }
          // Self-modifying code: drop the decoded copy of anything this store touched.
          if ((mark[addr >>> 2]! | mark[(addr + 3) >>> 2]!) !== 0) {
            this.invalidate(addr);
            this.invalidate(addr + 3);
          }
          pc += 8;
          break;
        case OP_STB:
          addr = (regs[db[w]!]! + dimm[w]!) >>> 0;
          if (addr >= memSize) {
            this.faultKind = FAULT_STORE;
            break loop;
          }
          mem[addr] = regs[da[w]!]!;
          if (mark[addr >>> 2] !== 0) this.invalidate(addr);
          pc += 8;
          break;
        case OP_STH:
          addr = (regs[db[w]!]! + dimm[w]!) >>> 0;
          if (addr > memSize - 2) {
            this.faultKind = FAULT_STORE;
            break loop;
          }
          v = regs[da[w]!]!;
          mem[addr] = v;
          mem[addr + 1] = v >>> 8;
          if ((mark[addr >>> 2]! | mark[(addr + 1) >>> 2]!) !== 0) {
            this.invalidate(addr);
            this.invalidate(addr + 1);
          }
          pc += 8;
          break;

        // ---- branches: fused compare-and-branch ----
        case OP_BEQ_RRL:
          pc = regs[da[w]!] === regs[db[w]!] ? dimm[w]! : pc + 8;
          break;
        case OP_BEQ_RIL:
          pc = regs[da[w]!] === dimm[w] ? dimm2[w]! : pc + 12;
          break;
        case OP_BNE_RRL:
          pc = regs[da[w]!] !== regs[db[w]!] ? dimm[w]! : pc + 8;
          break;
        case OP_BNE_RIL:
          pc = regs[da[w]!] !== dimm[w] ? dimm2[w]! : pc + 12;
          break;
        case OP_BLT_RRL:
          pc = regs[da[w]!]! < regs[db[w]!]! ? dimm[w]! : pc + 8;
          break;
        case OP_BLT_RIL:
          pc = regs[da[w]!]! < dimm[w]! ? dimm2[w]! : pc + 12;
          break;
        case OP_BGE_RRL:
          pc = regs[da[w]!]! >= regs[db[w]!]! ? dimm[w]! : pc + 8;
          break;
        case OP_BGE_RIL:
          pc = regs[da[w]!]! >= dimm[w]! ? dimm2[w]! : pc + 12;
          break;
        case OP_BLTU_RRL:
          pc = regs[da[w]!]! >>> 0 < regs[db[w]!]! >>> 0 ? dimm[w]! : pc + 8;
          break;
        case OP_BLTU_RIL:
          pc = regs[da[w]!]! >>> 0 < dimm[w]! >>> 0 ? dimm2[w]! : pc + 12;
          break;
        case OP_BGEU_RRL:
          pc = regs[da[w]!]! >>> 0 >= regs[db[w]!]! >>> 0 ? dimm[w]! : pc + 8;
          break;
        case OP_BGEU_RIL:
          pc = regs[da[w]!]! >>> 0 >= dimm[w]! >>> 0 ? dimm2[w]! : pc + 12;
          break;
        case OP_BGT_RRL:
          pc = regs[da[w]!]! > regs[db[w]!]! ? dimm[w]! : pc + 8;
          break;
        case OP_BGT_RIL:
          pc = regs[da[w]!]! > dimm[w]! ? dimm2[w]! : pc + 12;
          break;
        case OP_BLE_RRL:
          pc = regs[da[w]!]! <= regs[db[w]!]! ? dimm[w]! : pc + 8;
          break;
        case OP_BLE_RIL:
          pc = regs[da[w]!]! <= dimm[w]! ? dimm2[w]! : pc + 12;
          break;
        case OP_JMP_L:
          pc = dimm[w]!;
          break;
        case OP_JMP_R:
          pc = regs[da[w]!]!;
          break;
        case OP_CALL_L:
        case OP_CALL_R: {
          const sp = (regs[REG_SP]! - 4) >>> 0;
          if (sp > top4) {
            addr = sp;
            this.faultKind = FAULT_STORE;
            break loop;
          }
          const target = op === OP_CALL_L ? dimm[w]! : regs[da[w]!]!;
          const ret = pc + (op === OP_CALL_L ? 8 : 4);
          if ((sp & 3) === 0) mem32[sp >>> 2] = ret;
          else this.write32(sp, ret);
          if (mark[sp >>> 2] !== 0) this.invalidate(sp);
          regs[REG_SP] = sp;
          pc = target;
          break;
        }
        case OP_RET:
        case OP_POP: {
          const sp = regs[REG_SP]! >>> 0;
          if (sp > top4) {
            addr = sp;
            this.faultKind = FAULT_LOAD;
            break loop;
          }
          v = (sp & 3) === 0 ? mem32[sp >>> 2]! : this.read32(sp);
          regs[REG_SP] = sp + 4;
          if (op === OP_RET) pc = v;
          else {
            regs[da[w]!] = v;
            pc += 4;
          }
          break;
        }
        case OP_PUSH: {
          const sp = (regs[REG_SP]! - 4) >>> 0;
          if (sp > top4) {
            addr = sp;
            this.faultKind = FAULT_STORE;
            break loop;
          }
          v = regs[da[w]!]!;
          if ((sp & 3) === 0) mem32[sp >>> 2] = v;
          else this.write32(sp, v);
          if (mark[sp >>> 2] !== 0) this.invalidate(sp);
          regs[REG_SP] = sp;
          pc += 4;
          break;
        }

        // ---- into the kernel or the hypervisor ----
        case OP_HCALL:
          this.nextPc = pc + 8;
          exit = EXIT_HCALL;
          break loop;
        case OP_SYSCALL:
        case OP_BRK:
          this.vector = op === OP_SYSCALL ? VEC_SYSCALL : VEC_BREAK;
          this.nextPc = pc + 4;
          exit = EXIT_EXCEPTION;
          // The instruction completes before the trap: it counts, and costs its cycle.
          cycles += 1;
          instret++;
          break loop;

        // ---- sensitive but unprivileged (Popek–Goldberg) ----
        case OP_PUSHF: {
          if (this.deprivileged && this.popfTraps) {
            this.nextPc = pc + 4;
            exit = EXIT_SENSITIVE;
            break loop;
          }
          const sp = (regs[REG_SP]! - 4) >>> 0;
          if (sp > top4) {
            addr = sp;
            this.faultKind = FAULT_STORE;
            break loop;
          }
          // Deprivileged, the real FLAGS are the hypervisor's: user mode, interrupts on.
          v = this.deprivileged ? FLAG_IE | FLAG_U : this.flags;
          if ((sp & 3) === 0) mem32[sp >>> 2] = v;
          else this.write32(sp, v);
          if (mark[sp >>> 2] !== 0) this.invalidate(sp);
          regs[REG_SP] = sp;
          pc += 4;
          break;
        }
        case OP_POPF: {
          if (this.deprivileged && this.popfTraps) {
            this.nextPc = pc + 4;
            exit = EXIT_SENSITIVE;
            break loop;
          }
          const sp = regs[REG_SP]! >>> 0;
          if (sp > top4) {
            addr = sp;
            this.faultKind = FAULT_LOAD;
            break loop;
          }
          v = (sp & 3) === 0 ? mem32[sp >>> 2]! : this.read32(sp);
          regs[REG_SP] = sp + 4;
          pc += 4;
          // Without real privilege IE and U are silently kept: no trap, no effect.
          if (!this.deprivileged && (this.flags & FLAG_U) === 0) {
            const before = this.flags;
            this.flags = v & (FLAG_IE | FLAG_U);
            if ((before & FLAG_IE) === 0 && (v & FLAG_IE) !== 0) {
              cycles += 1;
              instret++;
              exit = EXIT_IRQ_WINDOW;
              break loop;
            }
          }
          break;
        }

        // ---- privileged: a privilege violation in user mode, else the hypervisor's ----
        case OP_IN_RP:
        case OP_IN_RR:
        case OP_OUT_PR:
        case OP_OUT_RR:
        case OP_CLI:
        case OP_STI:
        case OP_HLT:
        case OP_IRET:
        case OP_LVT:
        case OP_LKSP:
          if ((this.flags & FLAG_U) !== 0) {
            this.vector = VEC_PRIV;
            exit = EXIT_EXCEPTION;
          } else exit = EXIT_PRIVILEGED;
          break loop;

        default:
          // A real opcode whose operand words would lie past the end of memory: the fetch faults.
          v = SIZE[mem[pc]!]!;
          if (v !== 0 && pc + v > memSize) {
            this.faultAddr = memSize;
            this.faultKind = FAULT_FETCH;
            this.vector = VEC_MEMORY;
          } else this.vector = VEC_ILLEGAL;
          exit = EXIT_EXCEPTION;
          break loop;
      }
      cycles += COST[op]!;
      instret++;
    }

    if (exit === EXIT_LIMIT && cycles < limit) {
      // Left the loop through a memory fault in a load, store or stack operation.
      this.faultAddr = addr;
      this.vector = VEC_MEMORY;
      exit = EXIT_EXCEPTION;
    }
    this.pc = pc;
    this.cycles = cycles;
    this.instret = instret;
    return exit;
  }
}

export { ZERO_REG };
