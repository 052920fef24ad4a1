; roundrobin.s: a preemptive round-robin kernel. Two user tasks run in user mode (FLAGS.U),
; each on its own user stack and kernel stack. The timer interrupts every 50,000 cycles; the
; kernel saves the running task's registers on its kernel stack and switches to the other one.
; Tasks print through a system call (`syscall`, vector VEC_SYSCALL): they cannot use `out`,
; which is privileged. Each task prints three lines with a long computation between them, so
; the lines interleave A, B, A, B whatever the exact preemption points.
;
; expect: task A: step 1
; expect: task B: step 1
; expect: task A: step 2
; expect: task B: step 2
; expect: task A: step 3
; expect: task B: step 3
; expect: all tasks done
; exits(native): total = 0

NUM_VECTORS = 9
SYS_WRITE   = 1                 ; r2 = NUL-terminated string
SYS_EXIT    = 2                 ; end this task
SLICE       = 50000             ; cycles per time slice
WORK        = 50000             ; loop iterations between two lines: three slices

_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, on_syscall
    st   r1, [vectors + VEC_SYSCALL * 4]
    li   r1, vectors
    lvt  r1

    li   r1, 0                  ; make task 0 (A) and task 1 (B) look interrupted at entry
    li   r2, task_a
    li   r3, ustack_a_top
    call make_task
    li   r1, 1
    li   r2, task_b
    li   r3, ustack_b_top
    call make_task

    li   r1, SLICE
    out  TIMER_PERIOD, r1
    li   r1, 0
    st   r1, [current]
    jmp  switch_to              ; "return" into task A

; make_task: r1 = task number, r2 = entry point, r3 = user stack top. Builds, on the task's
; kernel stack, the frame an interrupt from user mode would have left, plus 15 saved registers.
make_task:
    shl  r4, r1, 2
    ld   r5, [r4 + kstack_tops]
    sub  r5, r5, 12
    st   r2, [r5]               ; pc
    li   r6, FLAG_IE | FLAG_U
    st   r6, [r5 + 4]           ; FLAGS: user mode, interrupts on
    st   r3, [r5 + 8]           ; user sp
    sub  r5, r5, 15 * 4         ; r0..r14, all zero
    st   r5, [r4 + saved_sp]
    li   r6, 1
    st   r6, [r4 + alive]
    ret

; save_context: push r0..r14 under the interrupt frame and remember the stack in the task's
; slot. Every entry point starts with it; switch_to undoes it.
.macro save_context
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
    ld   r13, [current]
    shl  r13, r13, 2
    st   sp, [r13 + saved_sp]
    ld   r13, [sp + 4]              ; the task's r13, back (the handler reads r1, r2)
.endm

; ---- the kernel's entry points ----

on_timer:
    save_context
    ld   r1, [current]          ; pick the other task if it is still alive
    xor  r2, r1, 1
    shl  r3, r2, 2
    ld   r4, [r3 + alive]
    beq  r4, 0, switch_to
    st   r2, [current]
    jmp  switch_to

on_syscall:
    save_context
    beq  r1, SYS_WRITE, sys_write
    beq  r1, SYS_EXIT, sys_exit
    jmp  switch_to              ; unknown call: just return
sys_write:
    mov  r1, r2
    call puts
    jmp  switch_to
sys_exit:
    ld   r1, [current]
    shl  r3, r1, 2
    li   r4, 0
    st   r4, [r3 + alive]
    xor  r1, r1, 1
    shl  r3, r1, 2
    ld   r4, [r3 + alive]
    beq  r4, 0, all_done
    st   r1, [current]
    jmp  switch_to
all_done:
    li   r1, done_msg
    call puts
    li   r1, 0
    out  POWER_OFF, r1

; switch_to: resume the task numbered [current] from its kernel stack.
switch_to:
    ld   r1, [current]
    shl  r1, r1, 2
    ld   sp, [r1 + saved_sp]
    ld   r2, [r1 + kstack_tops]
    lksp r2                     ; its kernel stack for the next interrupt
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

; ---- the user tasks: compute, and print a line through the kernel now and then ----

task_a:
    li   r7, msg_a
    jmp  task
task_b:
    li   r7, msg_b
task:
    li   r6, 1                  ; step
1:  add  r1, r6, '0'
    stb  r1, [r7 + 13]          ; "task X: step N\n": patch N
    li   r1, SYS_WRITE
    mov  r2, r7
    syscall
    li   r3, WORK               ; the long computation
2:  sub  r3, r3, 1
    bne  r3, 0, 2b
    add  r6, r6, 1
    ble  r6, 3, 1b
    li   r1, SYS_EXIT
    syscall

.include "lib/console.s"

.data
vectors:      .space NUM_VECTORS * 4
current:      .word 0
alive:        .word 0, 0
saved_sp:     .word 0, 0
kstack_tops:  .word kstack_a_top, kstack_b_top
msg_a:        .asciz "task A: step 0\n"
msg_b:        .asciz "task B: step 0\n"
done_msg:     .asciz "all tasks done\n"
              .align 4
kstack_a:     .space 256
kstack_a_top:
kstack_b:     .space 256
kstack_b_top:
ustack_a:     .space 256
ustack_a_top:
ustack_b:     .space 256
ustack_b_top:
