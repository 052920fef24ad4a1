; memory.s: loads and stores past the end of guest memory, across it, and wrapping around
; 2^32, from the kernel: each is a memory fault at exactly that instruction, delivered to the
; kernel's handler, and nothing outside memory is touched. An address whose base + offset
; wraps around 2^32 to a valid address is a valid access (addresses are taken mod 2^32).
; Memory is 1 MiB: the last byte is 0xfffff.
;
; expect: faults, each at its instruction: 10
; expect: a wrapped address that lands in memory reads it: 1
; expect: the last word of memory: 1234
; exits(native): total = 0
; exits(trap): exception VEC_MEMORY = 10

_start:
    li   sp, 0x80000            ; keep the stack away from the last word
    li   r1, on_memory
    st   r1, [vectors + VEC_MEMORY * 4]
    li   r1, vectors
    lvt  r1
    li   r1, 1234
    st   r1, [0xffffc]          ; the last word: fine
    li   r7, 0x80000000
    li   r8, 0xfffff000
p0: ld   r1, [0x100000]         ; one past the end
p1: ld   r1, [0xffffd]          ; the last 3 bytes and one more
p2: ld   r1, [0xffffffff]       ; would wrap past 2^32
p3: st   r1, [0xfffffffd]
p4: ldh  r1, [0xfffff]          ; a half across the end
p5: sth  r1, [0xfffffffe]
p6: ldb  r1, [0x100000]
p7: stb  r1, [r8 + 0xff0]       ; 0xfffffff0
p8: st   r1, [r7 + 0x800ffffd]  ; wraps to 0xffffd, then crosses the end
p9: ld   r1, [r7 + 0x7ffffffc]  ; 0xfffffffc
p10:
    ld   r3, [r7 + 0x800ffffc]  ; wraps to 0xffffc: the last word, valid
    li   r5, 0
    bne  r3, 1234, 1f
    li   r5, 1
1:  st   r5, [wrapped]
    li   r1, m_count
    ld   r5, [count]
    call say
    li   r1, m_wrap
    ld   r5, [wrapped]
    call say
    li   r1, m_last
    ld   r5, [0xffffc]
    call say
    li   r1, 0
    out  POWER_OFF, r1

; a memory fault: check that it is at the next expected instruction, resume after it
on_memory:
    ld   r10, [count]
    shl  r11, r10, 2
    ld   r12, [r11 + faults]
    ld   r13, [sp]
    bne  r12, r13, wrong
    ld   r12, [r11 + faults + 4]
    st   r12, [sp]
    add  r10, r10, 1
    st   r10, [count]
    iret
wrong:
    li   r1, m_wrong
    call puts
    li   r1, 1
    out  POWER_OFF, r1

.include "lib/io.s"

.data
vectors:  .space 9 * 4
faults:   .word p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10
count:    .word 0
wrapped:  .word 0
m_count:  .asciz "faults, each at its instruction: "
m_wrap:   .asciz "a wrapped address that lands in memory reads it: "
m_last:   .asciz "the last word of memory: "
m_wrong:  .asciz "a memory fault at the wrong pc\n"
