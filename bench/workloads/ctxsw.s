; ctxsw.s: context switches, like lmbench's ctxsw 2p/0K (Barham et al. 2003, Table 4): two
; processes in separate address spaces pass a token back and forth, ROUNDS times each. A pass is
; a system call: the kernel saves the caller's registers, loads the other process's directory
; into CR_PTB and its registers, and returns into it with the token plus one. Little else.
;
; Natively a switch is the system call, one CR_PTB load and an iret. Under trap all three exit,
; and the TLB refills after each load are hidden faults the first time only (the shadows of both
; address spaces are kept); under hvm none exits, and each TLB miss walks two dimensions;
; ctxsw.pv.s switches with MMUEXT_NEW_BASEPTR.
;
; expect: 2000 yields, 2001 switches, token 2000
; exits(native): total = 0
; exits(trap): mtcr CR_PTB = 2003
; exits(trap): syscall = 2002
; exits(hvm): total = 40

ROUNDS    = 1000                ; yields per process
SYS_EXIT  = 1                   ; r2 = the result
SYS_YIELD = 2                   ; r2 = the token for the other process; returns the one it passes back
USER_CODE = 0x400000
CONTEXT   = 18 * 4              ; r14..r0, then the frame: pc, FLAGS, user sp

_start:
    li   r1, on_syscall
    st   r1, [vectors + VEC_SYSCALL * 4]
    li   r1, vectors
    lvt  r1
    li   r1, kstack_top
    lksp r1

    call kernel_map_on          ; paging on: the first 1 MiB, for the supervisor (lib/kernel-map.s)

    li   r8, 0                  ; exec both: a directory, a table, the program
1:  li   r1, frames
    call alloc_from
    mov  r9, r0
    li   r1, frames
    call alloc_from
    mov  r10, r0
    li   r1, frames
    call alloc_from
    mov  r11, r0
    li   r1, program
    mov  r2, r11
    call copy_page
    or   r1, r11, PTE_P | PTE_U
    st   r1, [r10]
    li   r1, kernel_table | PTE_P | PTE_W
    st   r1, [r9]
    or   r1, r10, PTE_P | PTE_W | PTE_U
    st   r1, [r9 + 4]
    shl  r2, r8, 2
    st   r9, [r2 + directories]
    li   r1, CONTEXT            ; its first context: r1 = ROUNDS, at USER_CODE in user mode
    mul  r2, r8, r1
    add  r2, r2, contexts
    li   r1, ROUNDS
    st   r1, [r2 + 13 * 4]
    li   r1, USER_CODE
    st   r1, [r2 + 15 * 4]
    li   r1, FLAG_U
    st   r1, [r2 + 16 * 4]
    li   r1, USER_CODE + PAGE_SIZE
    st   r1, [r2 + 17 * 4]
    add  r8, r8, 1
    bltu r8, 2, 1b
    li   r1, 2
    st   r1, [alive]
    li   r1, CONTEXT            ; into process 0, as if returning from a system call
    sub  sp, sp, r1
    jmp  resume

on_syscall:
    push r0
    push r1
    push r2
    push r3
    push r4
    push r5
    push r6
    push r7
    push r8
    push r9
    push r10
    push r11
    push r12
    push r13
    push r14
    ld   r3, [current]          ; keep the caller's context
    li   r4, CONTEXT
    mul  r4, r3, r4
    add  r4, r4, contexts
    mov  r5, sp
    add  r6, sp, CONTEXT
2:  ld   r7, [r5]
    st   r7, [r4]
    add  r4, r4, 4
    add  r5, r5, 4
    bltu r5, r6, 2b
    st   r2, [token]
    beq  r1, SYS_YIELD, sys_yield
    ld   r1, [alive]            ; exit
    sub  r1, r1, 1
    st   r1, [alive]
    beq  r1, 0, all_done
    ld   r1, [yields]           ; the other one's turn, for good (it is inside a yield)
    sub  r1, r1, 1
    st   r1, [yields]
sys_yield:
    ld   r1, [yields]
    add  r1, r1, 1
    st   r1, [yields]
    xor  r3, r3, 1              ; the other process
    st   r3, [current]
    ld   r1, [switches]
    add  r1, r1, 1
    st   r1, [switches]
; resume: run process [current]: its address space, its registers, the token in its r0.
resume:
    ld   r3, [current]
    shl  r1, r3, 2
    ld   r1, [r1 + directories]
    mtcr CR_PTB, r1
    li   r4, CONTEXT
    mul  r4, r3, r4
    add  r4, r4, contexts
    mov  r5, sp
    add  r6, sp, CONTEXT
2:  ld   r7, [r4]
    st   r7, [r5]
    add  r4, r4, 4
    add  r5, r5, 4
    bltu r5, r6, 2b
    ld   r1, [token]
    st   r1, [sp + 14 * 4]      ; r0
    pop  r14
    pop  r13
    pop  r12
    pop  r11
    pop  r10
    pop  r9
    pop  r8
    pop  r7
    pop  r6
    pop  r5
    pop  r4
    pop  r3
    pop  r2
    pop  r1
    pop  r0
    iret

all_done:
    ld   r1, [yields]
    call putd
    li   r1, msg1
    call puts
    ld   r1, [switches]
    call putd
    li   r1, msg2
    call puts
    ld   r1, [token]
    call putd
    li   r1, newline
    call puts
    li   r1, 0
power_off:
    out  POWER_OFF, r1

; The program both processes run, at USER_CODE (jumps add RELOC): r1 = how many passes, r0 =
; the token so far. Pass the token plus one, ROUNDS times; exit with the last one received.
RELOC = USER_CODE - program
program:
    mov  r3, r1
pass:
    li   r1, SYS_YIELD
    add  r2, r0, 1
    syscall
    sub  r3, r3, 1
    bne  r3, 0, pass + RELOC
    li   r1, SYS_EXIT
    mov  r2, r0
    syscall

.include "../../examples/lib/console.s"
.include "lib/frames.s"
.include "lib/kernel-map.s"

.data
vectors:     .space (VEC_PAGE + 1) * 4
current:     .word 0
alive:       .word 0
token:       .word 0
yields:      .word 0
switches:    .word 0
directories: .space 2 * 4
contexts:    .space 2 * CONTEXT
frames:      .space (LIST_MAX + 1) * 4
msg1:        .asciz " yields, "
msg2:        .asciz " switches, token "
newline:     .asciz "\n"
             .align 4
             .space 256
kstack_top:
.align 4096
kernel_table:   .space 4096
boot_directory: .space 4096
pool:
