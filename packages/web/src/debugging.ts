// A debugger session for the page: the same Session and Repl as `pvm debug`, with the state a
// page shows after each command (registers, the current line, breakpoints, a window of memory).
import { evaluate, memorySources, Repl, Session, type Task } from '@pvm/debugger';
import { costModel } from '@pvm/hypervisor';
import type { Image } from '@pvm/image';
import { NUM_REGS } from '@pvm/isa';
import { DEBUG_SNAPSHOT_BYTES, MEMORY_WINDOW } from './limits.ts';
import { scratchDisk, type RunSettings } from './runner.ts';

export interface DebugSettings extends RunSettings {
  /** Console input: what the input box held when the session began. */
  readonly input: string;
}

export interface DebugState {
  /** r0..r15, pc, flags as unsigned numbers. */
  readonly regs: readonly number[];
  readonly pc: number;
  readonly flags: number;
  /** Registers that changed at the last movement. */
  readonly changed: readonly boolean[];
  /** The current source line, when pc has one. */
  readonly at: { readonly file: string; readonly line: number } | null;
  /** Enabled breakpoints on source lines (for the gutter). */
  readonly breakpoints: readonly { readonly file: string; readonly line: number; readonly enabled: boolean }[];
  readonly instructions: number;
  /** Set once the guest has ended (going back can still move it). */
  readonly ended: boolean;
  readonly memory: { readonly addr: number; readonly bytes: Uint8Array } | { readonly error: string };
}


export class DebugHost {
  readonly session: Session;
  readonly repl: Repl;
  memoryExpr = 'sp';

  constructor(
    readonly image: Image,
    files: Record<string, string>,
    settings: DebugSettings,
    out: (text: string) => void,
  ) {
    const cost = costModel(settings.cpu, {});
    if (!cost) throw new Error(`unknown CPU preset '${settings.cpu}'`);
    this.session = new Session({
      image,
      mode: settings.mode,
      input: new TextEncoder().encode(settings.input),
      cost,
      disk: scratchDisk(settings.diskSectors),
      maxSteps: settings.maxSteps,
      outputLimit: settings.outputLimit,
      sources: memorySources(files),
      out,
      recording: { snapshotBytes: DEBUG_SNAPSHOT_BYTES, replaySpan: 1 << 22 },
    });
    this.repl = new Repl(this.session);
  }

  /** One command line as a task (the worker runs its chunks, letting Stop in between). */
  command(line: string): Task<'quit' | 'ok'> {
    return this.repl.task(line);
  }

  /** The command that toggles a breakpoint on a source line: `delete N...` or `break FILE:LINE`. */
  toggleCommand(file: string, line: number): string {
    const s = this.session;
    const here = s.points.list.filter((p) => p.kind === 'breakpoint' && p.addr !== undefined && sameLine(s.where.source(p.addr), file, line));
    return here.length ? `delete ${here.map((p) => p.id).join(' ')}` : `break ${file}:${line}`;
  }

  interrupt(): void {
    this.session.interrupt();
  }

  state(): DebugState {
    const s = this.session;
    const cpu = s.cpu;
    const regs = [...cpu.regs.subarray(0, NUM_REGS)].map((v) => v >>> 0);
    const changed = regs.map((v, i) => v !== s.lastRegs[i]! >>> 0);
    const breakpoints = s.points.list.flatMap((p) => {
      const at = p.kind === 'breakpoint' && p.addr !== undefined ? s.where.source(p.addr) : undefined;
      return at ? [{ file: at.file, line: at.line, enabled: p.enabled }] : [];
    });
    const r = evaluate(this.memoryExpr, s.ctx);
    let memory: DebugState['memory'];
    if (!r.ok) memory = { error: r.error };
    else if (s.memory.paging) {
      // Virtual addresses, through the page tables (touching nothing), from a 16-byte row.
      const addr = ((r.value >>> 0) & ~15) >>> 0;
      const bytes = new Uint8Array(MEMORY_WINDOW);
      let missing = -1;
      for (let i = 0; i < MEMORY_WINDOW && missing < 0; i++) {
        const b = s.memory.byte((addr + i) >>> 0);
        if (b === undefined) missing = (addr + i) >>> 0;
        else bytes[i] = b;
      }
      memory = missing < 0 ? { addr, bytes } : { error: s.memory.why(missing) };
    } else {
      // The window starts on a 16-byte row and stays inside guest memory.
      const addr = Math.max(0, Math.min(((r.value >>> 0) & ~15) >>> 0, cpu.memSize - MEMORY_WINDOW));
      memory = { addr, bytes: cpu.mem.slice(addr, addr + MEMORY_WINDOW) };
    }
    return { regs, pc: cpu.pc >>> 0, flags: cpu.flags >>> 0, changed, at: s.where.source(cpu.pc) ?? null, breakpoints, instructions: cpu.instret, ended: s.dom.stopped !== null, memory };
  }
}

const sameLine = (a: { file: string; line: number } | undefined, file: string, line: number): boolean => a !== undefined && a.file === file && a.line === line;
