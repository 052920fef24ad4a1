; pv/roundrobin.s: the paravirtual twin of roundrobin.s. The same two user tasks and the same
; scheduler, with every privileged operation replaced by its hypercall:
;   lvt (vector table)        -> set_trap_table: the hypervisor copies and checks it
;   timer interrupt           -> set_timer_op + an event on the VIRQ_TIMER port, an upcall
;   lksp (kernel stack)       -> stack_switch
;   iret                      -> hcall iret
;   out CONSOLE_DATA per byte -> one console_io per string
; The tasks' system calls do not go through the hypervisor at all: the trap table's system-call
; entry has DPL 3 and no TI_IF, a direct trap (Barham et al. 2003, the "fast" handler). As a
; trap gate it cannot mask events, so the handler masks them itself, first thing. Set the entry's
; flags to TI_IF | 3 and every system call bounces through the hypervisor instead: 8 exits.
;
; expect: task A: step 1
; expect: task B: step 1
; expect: task A: step 2
; expect: task B: step 2
; expect: task A: step 3
; expect: task B: step 3
; expect: all tasks done
; exits(pv): total = 0

.paravirt

SYS_WRITE   = 1
SYS_EXIT    = 2
SLICE       = 50000
WORK        = 50000

_start:
    ld    r10, [r1 + SI_SHARED_INFO]
    st    r10, [shared]
    li    r1, traps                     ; the trap table: just the system call
    hcall set_trap_table
    li    r1, on_event
    hcall set_callbacks
    li    r2, bind                      ; struct evtchn_bind_virq: VIRQ_TIMER on vCPU 0
    li    r1, VIRQ_TIMER
    st    r1, [r2 + evtchn_bind_virq.virq]
    li    r1, EVTCHNOP_bind_virq
    hcall event_channel_op
    ld    r0, [bind + evtchn_bind_virq.port]
    st    r0, [timer_port]

    li    r1, 0
    li    r2, task_a
    li    r3, ustack_a_top
    call  make_task
    li    r1, 1
    li    r2, task_b
    li    r3, ustack_b_top
    call  make_task

    call  arm
    li    r1, 0
    st    r1, [current]
    jmp   switch_to

make_task:
    shl   r4, r1, 2
    ld    r5, [r4 + kstack_tops]
    sub   r5, r5, 12
    st    r2, [r5]                      ; pc
    li    r6, FLAG_IE | FLAG_U          ; user mode, events unmasked after the iret
    st    r6, [r5 + 4]
    st    r3, [r5 + 8]                  ; user sp
    sub   r5, r5, 15 * 4
    st    r5, [r4 + saved_sp]
    li    r6, 1
    st    r6, [r4 + alive]
    ret

; arm: the next timer event, one slice from now (lib/time.s; r10 = shared_info).
arm:
    ld    r10, [shared]
    li    r1, SLICE
    jmp   timer_in

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

; The event upcall (events masked): the timer fired.
on_event:
    save_context
    ld    r5, [shared]
    li    r1, 0
    stb   r1, [r5 + SH_UPCALL_PENDING]
    ld    r1, [r5 + SH_EVTCHN_PENDING]  ; take the timer's pending bit
    ld    r2, [timer_port]
    li    r3, 1
    shl   r3, r3, r2
    xor   r3, r3, -1
    and   r1, r1, r3
    st    r1, [r5 + SH_EVTCHN_PENDING]
    call  arm
    ld    r1, [current]
    xor   r2, r1, 1
    shl   r3, r2, 2
    ld    r4, [r3 + alive]
    beq   r4, 0, switch_to
    st    r2, [current]
    jmp   switch_to

; A system call, entered directly from the task: events are as the task had them, so mask
; them before anything else. An upcall that lands before the mask finds nothing saved yet and
; switches tasks cleanly; the system call then goes on when this task runs again.
on_syscall:
    push r0
    ld   r0, [shared]
    push r1
    li   r1, 1
    stb  r1, [r0 + SH_UPCALL_MASK]
    pop  r1
    pop  r0
    save_context
    beq   r1, SYS_WRITE, sys_write
    beq   r1, SYS_EXIT, sys_exit
    jmp   switch_to
sys_write:
    mov   r1, r2
    call  puts
    jmp   switch_to
sys_exit:
    ld    r1, [current]
    shl   r3, r1, 2
    li    r4, 0
    st    r4, [r3 + alive]
    xor   r1, r1, 1
    shl   r3, r1, 2
    ld    r4, [r3 + alive]
    beq   r4, 0, all_done
    st    r1, [current]
    jmp   switch_to
all_done:
    li    r1, done_msg
    call  puts
    li    r1, 0
    jmp   exit

switch_to:
    ld    r1, [current]
    shl   r1, r1, 2
    ld    sp, [r1 + saved_sp]
    ld    r1, [r1 + kstack_tops]
    hcall stack_switch                  ; its kernel stack for the next trap or event
    pop   r14
    pop   r13
    pop   r12
    pop   r11
    pop   r10
    pop   r9
    pop   r8
    pop   r7
    pop   r6
    pop   r5
    pop   r4
    pop   r3
    pop   r2
    pop   r1
    pop   r0
    hcall iret

; ---- the user tasks: the same code as in roundrobin.s ----

task_a:
    li    r7, msg_a
    jmp   task
task_b:
    li    r7, msg_b
task:
    li    r6, 1
1:  add   r1, r6, '0'
    stb   r1, [r7 + 13]
    li    r1, SYS_WRITE
    mov   r2, r7
    syscall
    li    r3, WORK
2:  sub   r3, r3, 1
    bne   r3, 0, 2b
    add   r6, r6, 1
    ble   r6, 3, 1b
    li    r1, SYS_EXIT
    syscall

.include "lib/console.s"
.include "lib/time.s"

.data
              .align 4
traps:        .byte VEC_SYSCALL, 3      ; struct trap_info: vector, flags (DPL 3: a direct trap),
              .half 0                   ; cs (pvm has no segments),
              .word on_syscall          ; address
              .space trap_info_size     ; the end: an entry whose address is 0
bind:         .space evtchn_bind_virq_size
shared:       .word 0
timer_port:   .word 0
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
