; vectors.s: a vector table with bogus handler addresses. Entering a handler outside memory or
; at a misaligned address is a memory fault on the fetch, delivered like any other (here to a
; good VEC_MEMORY handler, which sees the bogus pc); a vector table whose slot lies outside
; memory means "no handler": the machine stops with one line, exit 70 — never a host error.
;
; expect: syscall to a handler outside memory: fetch fault at -16
; expect: divide error to a misaligned handler: fetch fault at 4098
; expect: breakpoint to a handler at the end of memory: fetch fault at 1048576
; exit: 70

.macro report text
.data
9:  .asciz \text
.text
    li   r1, 9b
    call puts
    li   r1, m_at
    ld   r5, [bogus]
    call say
.endm

_start:
    li   r1, on_memory
    st   r1, [vectors + VEC_MEMORY * 4]
    li   r1, 0xfffffff0
    st   r1, [vectors + VEC_SYSCALL * 4]
    li   r1, 0x1002
    st   r1, [vectors + VEC_DIVIDE * 4]
    li   r1, 0x100000
    st   r1, [vectors + VEC_BREAK * 4]
    li   r1, vectors
    lvt  r1
    li   r9, r1_done
    syscall
r1_done:
    report "syscall to a handler outside memory: "
    li   r9, r2_done
    li   r1, 0
    div  r1, r1, r1
r2_done:
    report "divide error to a misaligned handler: "
    li   r9, r3_done
    brk
r3_done:
    report "breakpoint to a handler at the end of memory: "
    li   r1, 0x100000 - 8       ; only slots 0 and 1 lie in memory
    lvt  r1
    syscall                     ; slot 4 is outside: no handler, the machine stops
    li   r1, 0
    out  POWER_OFF, r1

; a fetch fault from a bogus handler: remember its pc, drop this frame, and return from the
; frame below it to r9, past the instruction that went to the bogus handler
on_memory:
    ld   r10, [sp]
    st   r10, [bogus]
    add  sp, sp, 8
    st   r9, [sp]
    iret

.include "lib/io.s"

.data
vectors:  .space 9 * 4
bogus:    .word 0
m_at:     .asciz "fetch fault at "
