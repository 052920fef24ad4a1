; priv-user.s: every privileged opcode, executed from user mode, is a privilege violation
; delivered to the kernel at exactly that instruction, never executed — natively and under
; trap-and-emulate alike. `popf` from user mode cannot leave user mode (it silently keeps U),
; so the `cli` after it faults too.
;
; expect: privilege violations, each at its instruction: 12
; expect: still in user mode after popf: 1
; exits(native): total = 0
; exits(trap): exception VEC_PRIV = 12

_start:
    li   r1, on_priv
    st   r1, [vectors + VEC_PRIV * 4]
    li   r1, on_syscall
    st   r1, [vectors + VEC_SYSCALL * 4]
    li   r1, vectors
    lvt  r1
    li   r1, kstack_top
    lksp r1
    li   r1, ustack_top         ; into user mode: the frame an interrupt from user mode leaves
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, user
    push r1
    iret

user:
    li   r3, CONSOLE_DATA
    li   r1, 'X'
p0: out  CONSOLE_DATA, r1
p1: out  r3, r1
p2: in   r2, CONSOLE_STATUS
p3: in   r2, r3
p4: cli
p5: sti
p6: hlt
p7: lvt  r1
p8: lksp r1
p9: iret
p10: out POWER_OFF, r0
    li   r1, 0                  ; popf of FLAGS = 0: supervisor, if it worked
    push r1
    popf
p11: cli
p12: syscall

; a privilege violation: check where it happened, then resume after it
on_priv:
    ld   r10, [count]
    shl  r11, r10, 2
    ld   r12, [r11 + faults]
    ld   r13, [sp]
    bne  r12, r13, wrong
    ld   r12, [sp + 4]          ; the interrupted FLAGS: user mode
    and  r12, r12, FLAG_U
    beq  r12, 0, wrong
    ld   r12, [r11 + faults + 4]
    st   r12, [sp]
    add  r10, r10, 1
    st   r10, [count]
    iret

on_syscall:
    li   r1, m_count
    ld   r5, [count]
    call say
    li   r1, m_user
    ld   r5, [count]
    li   r0, 0
    sub  r5, r5, 11             ; the 12th fault was the cli after popf
    call say
    li   r1, 0
    out  POWER_OFF, r1
wrong:
    li   r1, m_wrong
    call puts
    li   r1, 1
    out  POWER_OFF, r1

.include "lib/io.s"

.data
vectors:  .space 9 * 4
faults:   .word p0, p1, p2, p3, p4, p5, p6, p7, p8, p9, p10, p11, p12
count:    .word 0
m_count:  .asciz "privilege violations, each at its instruction: "
m_user:   .asciz "still in user mode after popf: "
m_wrong:  .asciz "a privilege violation at the wrong pc or not from user mode\n"
          .align 4
          .space 1024
kstack_top:
          .space 1024
ustack_top:
