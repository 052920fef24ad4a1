// Guests written to defeat a compiler, for test/engines.test.ts: each runs hot code the jit
// compiles, then does what compiled code must not get wrong. `output` is what the interpreter
// (the reference) prints; the test checks it too, so a corpus guest that stops doing its job
// is noticed.
import { OPS } from '@pvm/isa';

export interface CorpusGuest {
  readonly name: string;
  readonly what: string;
  readonly modes: readonly ('native' | 'trap' | 'hvm')[];
  readonly source: string;
  readonly output: string;
}

/** Every form, for generated guests: the jit must agree on all of them. */
export const FORMS_ALL = OPS;

const NL = `    li   r1, '\\n'\n    out  CONSOLE_DATA, r1\n`;
const PRINT = (reg: string): string => `    mov  r1, ${reg}\n    call putd\n${NL}`;
const OFF = `    li   r1, 0\n    out  POWER_OFF, r1\n`;
const ALL = ['native', 'trap', 'hvm'] as const;

// More straight-line instructions than a block holds, and more blocks than a region holds.
const LONG_RUN = Array.from({ length: 700 }, (_, i) => `    add  r7, r7, ${i % 13}\n    xor  r7, r7, r6\n`).join('');
const MANY_BLOCKS = Array.from({ length: 90 }, (_, i) => `    and  r2, r6, ${i % 7}\n    beq  r2, 0, 9f\n    add  r7, r7, r2\n9:\n`).join('');

export const CORPUS: readonly CorpusGuest[] = [
  {
    name: 'huge-regions',
    what: 'a loop body longer than any block, and a loop of more blocks than any region',
    modes: ALL,
    output: '87588\n94035\n',
    source: `
_start:
    li   r7, 0
    li   r6, 0
1:
${LONG_RUN}
    add  r6, r6, 1
    blt  r6, 20, 1b
${PRINT('r7')}
    li   r6, 0
2:
${MANY_BLOCKS}
    add  r6, r6, 1
    blt  r6, 50, 2b
${PRINT('r7')}
${OFF}
.include "lib/console.s"
`,
  },
  {
    name: 'student-loops',
    what: 'a byte loop, recursive calls, a bubble sort with register-register branches',
    modes: ALL,
    output: '293600\n2584\n1379937\n',
    source: `
_start:
    li   r7, 0
    li   r6, 200
1:  li   r2, msg
2:  ldb  r1, [r2]
    beq  r1, 0, 3f
    add  r7, r7, r1
    add  r2, r2, 1
    jmp  2b
3:  sub  r6, r6, 1
    bgt  r6, 0, 1b
${PRINT('r7')}
    li   r1, 18
    call fib
${PRINT('r1')}
    li   r1, 0
4:  mul  r2, r1, 7919
    rem  r2, r2, 1000
    shl  r3, r1, 2
    st   r2, [r3 + arr]
    add  r1, r1, 1
    blt  r1, 64, 4b
    li   r4, 63
5:  li   r1, 0
6:  shl  r3, r1, 2
    ld   r2, [r3 + arr]
    ld   r5, [r3 + arr + 4]
    ble  r2, r5, 7f
    st   r5, [r3 + arr]
    st   r2, [r3 + arr + 4]
7:  add  r1, r1, 1
    blt  r1, r4, 6b
    sub  r4, r4, 1
    bgt  r4, 0, 5b
    li   r1, 0
    li   r7, 0
8:  shl  r3, r1, 2
    ld   r2, [r3 + arr]
    add  r1, r1, 1
    mul  r2, r2, r1
    add  r7, r7, r2
    blt  r1, 64, 8b
${PRINT('r7')}
${OFF}
fib:
    blt  r1, 2, 1f
    push r1
    sub  r1, r1, 1
    call fib
    pop  r2
    push r1
    sub  r1, r2, 2
    call fib
    pop  r2
    add  r1, r1, r2
1:  ret

.include "lib/console.s"
.data
msg: .asciz "Hello, compiler!"
.align 4
arr: .space 256
`,
  },
  {
    name: 'self-modifying',
    what: 'a loop that patches an instruction of its own block, and code loaded at run time then replaced',
    modes: ALL,
    output: '44850\n328350\n14850\n',
    source: `
_start:
    li   r7, 0
    li   r6, 0
1:  st   r6, [patch + 4]        ; the immediate of the li below, in the running block
patch:
    li   r3, 0
    add  r7, r7, r3
    add  r6, r6, 1
    blt  r6, 300, 1b
${PRINT('r7')}
    li   r8, square
    call load
    call sum
${PRINT('r7')}
    li   r8, triple
    call load
    call sum
${PRINT('r7')}
${OFF}
; Copy 16 bytes of code from r8 into buf.
load:
    li   r1, 0
1:  add  r3, r8, r1
    ld   r2, [r3]
    st   r2, [r1 + buf]
    add  r1, r1, 4
    blt  r1, 16, 1b
    ret
; r7 = the sum of buf(i) for i < 100.
sum:
    li   r7, 0
    li   r6, 0
1:  mov  r1, r6
    call buf
    add  r7, r7, r1
    add  r6, r6, 1
    blt  r6, 100, 1b
    ret
square:
    mul  r1, r1, r1
    ret
    nop
    nop
triple:
    mul  r1, r1, 3
    ret
    nop

.include "lib/console.s"
.data
.align 16
buf: .space 16
`,
  },
  {
    name: 'mid-instruction',
    what: 'jumps into the immediate word of an instruction, which decodes as another',
    modes: ALL,
    output: '995\n33620240\n',
    source: `
_start:
    li   r1, 0
    li   r2, 5
    li   r6, 0
1:  beq  r6, 0, mid
    jmp  mid + 4
mid:
    li   r5, 0x02010110         ; the immediate word is add r1, r1, r2
    add  r6, r6, 1
    blt  r6, 200, 1b
    mov  r8, r5
${PRINT('r1')}
${PRINT('r8')}
${OFF}
.include "lib/console.s"
`,
  },
  {
    name: 'interrupts',
    what: 'timer interrupts landing inside a hot compiled loop',
    modes: ALL,
    output: '697604976\n405\n',
    source: `
_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, vectors
    lvt  r1
    li   r1, 997
    out  TIMER_PERIOD, r1
    sti
    li   r7, 0
    li   r6, 0
1:  add  r7, r7, r6
    xor  r7, r7, 0x5a5a
    add  r6, r6, 1
    blt  r6, 100000, 1b
    cli
    li   r1, 0
    out  TIMER_PERIOD, r1
${PRINT('r7')}
    ld   r8, [ticks]
${PRINT('r8')}
${OFF}
on_timer:
    push r1
    ld   r1, [ticks]
    add  r1, r1, 1
    st   r1, [ticks]
    pop  r1
    iret

.include "lib/console.s"
.data
vectors: .space (VEC_PAGE + 1) * 4
ticks:   .word 0
`,
  },
  {
    name: 'faults',
    what: 'divide errors and memory faults inside a hot loop, each handled and skipped',
    modes: ALL,
    output: '170233\n125\n63\n',
    source: `
_start:
    li   r1, on_div
    st   r1, [vectors + VEC_DIVIDE * 4]
    li   r1, on_mem
    st   r1, [vectors + VEC_MEMORY * 4]
    li   r1, vectors
    lvt  r1
    li   r7, 0
    li   r6, 0
    li   r3, 0
    li   r9, 0x7ffffff0
1:  and  r2, r6, 7
    div  r3, r6, r2             ; a divide error when i % 8 == 0: skipped
    add  r7, r7, r3
    and  r2, r6, 15
    bne  r2, 0, 2f
    ld   r4, [r9]               ; past memory: skipped
2:  add  r6, r6, 1
    blt  r6, 1000, 1b
    mov  r8, r7
${PRINT('r8')}
    ld   r8, [divs]
${PRINT('r8')}
    ld   r8, [mems]
${PRINT('r8')}
${OFF}
on_div:
    push r10
    ld   r10, [divs]
    add  r10, r10, 1
    st   r10, [divs]
    ld   r10, [sp + 4]
    add  r10, r10, 4
    st   r10, [sp + 4]
    pop  r10
    iret
on_mem:
    push r10
    ld   r10, [mems]
    add  r10, r10, 1
    st   r10, [mems]
    ld   r10, [sp + 4]
    add  r10, r10, 8
    st   r10, [sp + 4]
    pop  r10
    iret

.include "lib/console.s"
.data
vectors: .space (VEC_PAGE + 1) * 4
divs:    .word 0
mems:    .word 0
`,
  },
  {
    name: 'paging-games',
    what: 'demand paging in a hot loop, a page remapped under it, code in a page that is then unmapped',
    modes: ALL,
    output: '168\n0\n328350\nfetch fault 0x800000\n',
    source: `
PAGES = 256
_start:
    li   r1, on_pf
    st   r1, [vectors + VEC_PAGE * 4]
    li   r1, vectors
    lvt  r1
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    shl  r3, r1, 2
    st   r2, [r3 + table0]
    add  r1, r1, 1
    blt  r1, PAGES, 1b
    li   r1, table0 | PTE_P | PTE_W
    st   r1, [directory]
    li   r1, table1 | PTE_P | PTE_W
    st   r1, [directory + 4]
    li   r1, table2 | PTE_P | PTE_W
    st   r1, [directory + 8]
    li   r1, directory
    mtcr CR_PTB, r1
    ; demand paging: three rounds over 8 pages from 0x400000; the handler maps each on first touch
    li   r7, 0
    li   r5, 0
2:  li   r6, 0
3:  shl  r2, r6, 12
    ld   r3, [r2 + 0x400000]
    add  r3, r3, r6
    st   r3, [r2 + 0x400000]
    add  r7, r7, r3
    add  r6, r6, 1
    blt  r6, 8, 3b
    add  r5, r5, 1
    blt  r5, 3, 2b
${PRINT('r7')}
    ; remap 0x400000 onto a fresh frame: it reads 0 now
    li   r1, 0xc0000 | PTE_P | PTE_W
    st   r1, [table1]
    li   r1, 0x400000
    invlpg r1
    ld   r8, [0x400000]
${PRINT('r8')}
    ; code in a page of its own at 0x800000 (frame 0xa0000), called hot, then unmapped
    li   r1, 0
4:  ld   r2, [r1 + square]
    st   r2, [r1 + 0xa0000]
    add  r1, r1, 4
    blt  r1, 8, 4b
    li   r1, 0xa0000 | PTE_P | PTE_W
    st   r1, [table2]
    li   r7, 0
    li   r6, 0
    li   r9, 0x800000
5:  mov  r1, r6
    call r9
    add  r7, r7, r1
    add  r6, r6, 1
    blt  r6, 100, 5b
${PRINT('r7')}
    li   r1, 0
    st   r1, [table2]
    invlpg r9
    call r9                     ; a fetch page fault: the handler reports it
    li   r1, 1
    out  POWER_OFF, r1

square:
    mul  r1, r1, r1
    ret

; Page faults: below 0x800000 map the page onto the next free frame and retry; else report.
on_pf:
    mfcr r10, CR_FAULT_ADDR
    li   r11, 0x800000
    bgeu r10, r11, 1f
    shr  r11, r10, 12
    and  r11, r11, 1023
    shl  r11, r11, 2
    ld   r12, [next_frame]
    or   r13, r12, PTE_P | PTE_W
    st   r13, [r11 + table1]
    add  r12, r12, 4096
    st   r12, [next_frame]
    iret
1:  li   r1, fetch_msg
    call puts
    mfcr r1, CR_FAULT_ADDR
    call puthex
${NL}
${OFF}
puthex:
    mov  r4, r1
    li   r1, '0'
    out  CONSOLE_DATA, r1
    li   r1, 'x'
    out  CONSOLE_DATA, r1
    li   r3, 28
1:  shr  r2, r4, r3
    bne  r2, 0, 2f
    beq  r3, 0, 2f
    sub  r3, r3, 4
    jmp  1b
2:  shr  r2, r4, r3
    and  r2, r2, 15
    add  r1, r2, '0'
    blt  r2, 10, 3f
    add  r1, r2, 'a' - 10
3:  out  CONSOLE_DATA, r1
    sub  r3, r3, 4
    bge  r3, 0, 2b
    ret

.include "lib/console.s"
.data
vectors:    .space (VEC_PAGE + 1) * 4
next_frame: .word 0x80000
fetch_msg:  .asciz "fetch fault "
.align 4096
directory: .space 4096
table0:    .space 4096
table1:    .space 4096
table2:    .space 4096
`,
  },
];
