; pv/processes.s: the paravirtual twin of processes.s: the same processes in the same address
; spaces, with Xen's direct paging. The kernel may not write a page table once the hypervisor
; knows it as one, so it builds each new directory and table while they are still ordinary
; writable frames, then seals them: one mmu_update takes its own writable mappings of both
; frames away (a page table is never writable), one mmuext_op flushes the TLB and pins both
; (the hypervisor validates them). A demand-zero fault maps its frame with update_va_mapping; a
; context switch is mmuext_op's MMUEXT_NEW_BASEPTR; the timer is an event; the fault's address
; is in shared_info (SH_CR2). --stats shows the updates per hypercall and the tables validated.
;
; expect: exec: process 0 runs count(300)
; expect: exec: process 1 runs count(500)
; expect: process 0 exited with 45150 after 1 page fault
; expect: process 1 exited with 125250 after 1 page fault
; expect: process 2 exited with 90300 after 0 page faults
; expect: process 3 exited with 250500 after 0 page faults
; hypercalls(pv): mmu_update = 4
; hypercalls(pv): update_va_mapping = 2

.paravirt

SYS_EXIT     = 1
SYS_FORK     = 2
NPROC        = 4
SLICE        = 20000
USER_CODE    = 0x400000
USER_STACK   = 0x800000
POOL         = 0x80000
POOL_END     = 0xf0000
KERNEL_PAGES = 256
CONTEXT      = 18 * 4
SAVED_R0     = 14 * 4

_start:
    ld   r10, [r1 + SI_SHARED_INFO]
    st   r10, [shared]
    li   r1, traps
    hcall set_trap_table
    li   r1, on_event
    hcall set_callbacks
    li   r2, bind                ; VIRQ_TIMER on vCPU 0
    li   r1, VIRQ_TIMER
    st   r1, [r2 + evtchn_bind_virq.virq]
    li   r1, EVTCHNOP_bind_virq
    hcall event_channel_op
    ld   r0, [bind + evtchn_bind_virq.port]
    st   r0, [timer_port]

    ; The kernel's page table, as in processes.s, except that the two frames that will be the
    ; boot tables are mapped read-only: the hypervisor refuses a table mapped writable.
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    blt  r2, kernel_table, 2f
    bge  r2, boot_directory + PAGE_SIZE, 2f
    and  r2, r2, ~PTE_W
2:  shl  r3, r1, 2
    st   r2, [r3 + kernel_table]
    add  r1, r1, 1
    blt  r1, KERNEL_PAGES, 1b
    li   r1, kernel_table | PTE_P | PTE_W
    st   r1, [boot_directory]
    li   r1, boot_directory / PAGE_SIZE
    call new_base               ; paging on: both tables validated

    li   r1, 0
    li   r2, 300
    call exec
    li   r1, 1
    li   r2, 500
    call exec
    li   r1, 2
    st   r1, [nprocs]

    call arm
    jmp  switch_to

; arm: the next timer event, one slice from now (lib/time.s). Clobbers r0..r4, r10.
arm:
    ld   r10, [shared]
    li   r1, SLICE
    jmp  timer_in

; new_base: r1 = a directory's frame number: load it as the base pointer. Clobbers r0..r3.
new_base:
    li   r0, MMUEXT_NEW_BASEPTR
    st   r0, [ext_ops + mmuext_op.cmd]
    st   r1, [ext_ops + mmuext_op.arg1]
    li   r1, ext_ops
    li   r2, 1
    li   r3, 0
    hcall mmuext_op
    bne  r0, 0, refused
    ret

refused:
    li   r1, refused_msg
    call puts
    li   r1, 1
    jmp  exit

; ---- address spaces ----

; alloc_frame: r0 = the physical (and kernel-virtual) address of a zeroed frame. Clobbers r1, r2.
alloc_frame:
    ld   r0, [next_frame]
    add  r1, r0, PAGE_SIZE
    bgt  r1, POOL_END, out_of_memory
    st   r1, [next_frame]
    li   r2, 0
1:  sub  r1, r1, 4
    st   r2, [r1]
    bne  r1, r0, 1b
    ret

; new_space: r1 = process. Its directory and page table, still writable frames: fill them with
; plain stores, then seal. Clobbers r0..r5.
new_space:
    shl  r5, r1, 2
    call alloc_frame
    st   r0, [r5 + directories]
    mov  r3, r0
    call alloc_frame
    st   r0, [r5 + tables]
    or   r2, r0, PTE_P | PTE_W | PTE_U
    st   r2, [r3 + 4]
    li   r2, kernel_table | PTE_P | PTE_W
    st   r2, [r3]
    ret

; seal: r1 = process. One mmu_update makes the kernel's mappings of its directory and table
; read-only; one mmuext_op flushes the TLB and pins both: from now on only the hypervisor
; writes them. Clobbers r0..r5.
seal:
    shl  r5, r1, 2
    ld   r3, [r5 + tables]
    shr  r4, r3, 12
    shl  r4, r4, 2
    add  r4, r4, kernel_table   ; the kernel's entry for the table's frame
    st   r4, [updates + 0 * mmu_update_size + mmu_update.ptr]
    or   r2, r3, PTE_P
    st   r2, [updates + 0 * mmu_update_size + mmu_update.val]
    shr  r2, r3, 12
    st   r2, [ext_ops + 1 * mmuext_op_size + mmuext_op.arg1]
    ld   r3, [r5 + directories]
    shr  r4, r3, 12
    shl  r4, r4, 2
    add  r4, r4, kernel_table
    st   r4, [updates + 1 * mmu_update_size + mmu_update.ptr]
    or   r2, r3, PTE_P
    st   r2, [updates + 1 * mmu_update_size + mmu_update.val]
    shr  r2, r3, 12
    st   r2, [ext_ops + 2 * mmuext_op_size + mmuext_op.arg1]
    li   r1, updates
    li   r2, 2
    li   r3, 0
    hcall mmu_update
    bne  r0, 0, refused
    li   r1, MMUEXT_TLB_FLUSH_LOCAL
    st   r1, [ext_ops + 0 * mmuext_op_size + mmuext_op.cmd]
    li   r1, MMUEXT_PIN_L1_TABLE
    st   r1, [ext_ops + 1 * mmuext_op_size + mmuext_op.cmd]
    li   r1, MMUEXT_PIN_L2_TABLE
    st   r1, [ext_ops + 2 * mmuext_op_size + mmuext_op.cmd]
    li   r1, ext_ops
    li   r2, 3
    li   r3, 0
    hcall mmuext_op
    bne  r0, 0, refused
    ret

copy_page:
    add  r3, r1, PAGE_SIZE
1:  ld   r4, [r1]
    st   r4, [r2]
    add  r1, r1, 4
    add  r2, r2, 4
    blt  r1, r3, 1b
    ret

; exec: r1 = process, r2 = argument, as in processes.s; the table is sealed last. Clobbers r0..r7.
exec:
    mov  r6, r1
    mov  r7, r2
    call new_space
    call alloc_frame
    mov  r2, r0
    li   r1, program
    call copy_page
    shl  r5, r6, 2
    ld   r1, [r5 + tables]
    or   r2, r0, PTE_P | PTE_U
    st   r2, [r1]
    mov  r1, r6
    call seal
    shl  r5, r6, 2
    ld   r4, [r5 + kstack_tops]
    sub  r4, r4, CONTEXT
    st   r4, [r5 + saved_sp]
    li   r1, USER_CODE
    st   r1, [r4 + 15 * 4]
    li   r1, FLAG_IE | FLAG_U       ; user mode, events unmasked after the iret
    st   r1, [r4 + 16 * 4]
    li   r1, USER_STACK
    st   r1, [r4 + 17 * 4]
    st   r7, [r4 + 13 * 4]
    li   r1, 1
    st   r1, [r5 + alive]
    li   r1, exec_msg1
    call puts
    mov  r1, r6
    call putd
    li   r1, exec_msg2
    call puts
    mov  r1, r7
    call putd
    li   r1, exec_msg3
    jmp  puts

out_of_memory:
    li   r1, oom_msg
    call puts
    li   r1, 1
    jmp  exit

; ---- the kernel's entry points ----

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
    ld   r13, [sp + 4]
.endm

; The event upcall (events masked): the timer fired.
on_event:
    save_context
    ld   r5, [shared]
    li   r1, 0
    stb  r1, [r5 + SH_UPCALL_PENDING]
    ld   r1, [r5 + SH_EVTCHN_PENDING]   ; take the timer's pending bit
    ld   r2, [timer_port]
    li   r3, 1
    shl  r3, r3, r2
    xor  r3, r3, -1
    and  r1, r1, r3
    st   r1, [r5 + SH_EVTCHN_PENDING]
    call arm
    call pick_next
    jmp  switch_to

; A system call through a direct trap: mask events first (pv/roundrobin.s says why).
on_syscall:
    push r0
    ld   r0, [shared]
    push r1
    li   r1, 1
    stb  r1, [r0 + SH_UPCALL_MASK]
    pop  r1
    pop  r0
    save_context
    beq  r1, SYS_EXIT, sys_exit
    beq  r1, SYS_FORK, sys_fork
    jmp  switch_to

sys_exit:
    ld   r1, [current]
    shl  r1, r1, 2
    st   r2, [r1 + exit_codes]
    li   r3, 0
    st   r3, [r1 + alive]
    call pick_next
    jmp  switch_to

sys_fork:
    ld   r6, [nprocs]
    li   r0, -1
    bge  r6, NPROC, 5f
    add  r1, r6, 1
    st   r1, [nprocs]
    mov  r1, r6
    call new_space
    ld   r7, [current]
    shl  r7, r7, 2
    ld   r7, [r7 + tables]
    shl  r8, r6, 2
    ld   r8, [r8 + tables]
    li   r9, 0
1:  add  r11, r7, r9
    ld   r10, [r11]
    and  r1, r10, PTE_P
    beq  r1, 0, 2f
    call alloc_frame
    and  r1, r10, PTE_FRAME
    mov  r2, r0
    call copy_page
    and  r1, r10, PTE_P | PTE_W | PTE_U
    or   r1, r1, r0
    add  r11, r8, r9
    st   r1, [r11]              ; the child's table is not sealed yet: a plain store
2:  add  r9, r9, 4
    blt  r9, PAGE_SIZE, 1b
    mov  r1, r6
    call seal
    shl  r5, r6, 2
    ld   r2, [r5 + kstack_tops]
    sub  r2, r2, CONTEXT
    st   r2, [r5 + saved_sp]
    mov  r1, sp
    li   r3, CONTEXT / 4
3:  ld   r4, [r1]
    st   r4, [r2]
    add  r1, r1, 4
    add  r2, r2, 4
    sub  r3, r3, 1
    bne  r3, 0, 3b
    ld   r2, [r5 + saved_sp]
    li   r1, 0
    st   r1, [r2 + SAVED_R0]
    li   r1, 1
    st   r1, [r5 + alive]
    mov  r0, r6
5:  st   r0, [sp + SAVED_R0]
    jmp  switch_to

; A page fault, bounced by the hypervisor with events masked (TI_IF): the stack page on demand,
; mapped by update_va_mapping, which also forgets the page's old translation.
on_page_fault:
    push r0
    push r1
    push r2
    push r3
    ld   r1, [shared]
    ld   r3, [r1 + SH_CR2]
    ld   r1, [r1 + SH_PF_CODE]
    and  r1, r1, PF_P
    bne  r1, 0, bad_fault
    bltu r3, USER_STACK - PAGE_SIZE, bad_fault
    bgeu r3, USER_STACK, bad_fault
    call alloc_frame
    or   r2, r0, PTE_P | PTE_W | PTE_U
    li   r1, USER_STACK - PAGE_SIZE
    li   r3, UVMF_INVLPG
    hcall update_va_mapping
    bne  r0, 0, refused
    ld   r1, [current]
    shl  r1, r1, 2
    ld   r2, [r1 + faults]
    add  r2, r2, 1
    st   r2, [r1 + faults]
    pop  r3
    pop  r2
    pop  r1
    pop  r0
    hcall iret

bad_fault:
    li   r1, fault_msg
    call puts
    mov  r1, r3
    call putd
    li   r1, newline
    call puts
    li   r1, 1
    jmp  exit

pick_next:
    ld   r1, [current]
    li   r2, NPROC
1:  add  r1, r1, 1
    remu r1, r1, NPROC
    shl  r3, r1, 2
    ld   r4, [r3 + alive]
    bne  r4, 0, 2f
    sub  r2, r2, 1
    bne  r2, 0, 1b
    jmp  all_done
2:  st   r1, [current]
    ret

; switch_to: resume process [current]: its address space, its kernel stack, its registers.
switch_to:
    ld   r1, [current]
    shl  r1, r1, 2
    ld   r1, [r1 + directories]
    shr  r1, r1, 12
    call new_base
    ld   r1, [current]
    shl  r1, r1, 2
    ld   sp, [r1 + saved_sp]
    ld   r1, [r1 + kstack_tops]
    hcall stack_switch
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
    hcall iret

all_done:
    li   r6, 0
1:  li   r1, done_msg1
    call puts
    mov  r1, r6
    call putd
    li   r1, done_msg2
    call puts
    shl  r7, r6, 2
    ld   r1, [r7 + exit_codes]
    call putd
    li   r1, done_msg3
    call puts
    ld   r1, [r7 + faults]
    call putd
    ld   r1, [r7 + faults]
    li   r2, plural_msg
    bne  r1, 1, 2f
    li   r2, singular_msg
2:  mov  r1, r2
    call puts
    add  r6, r6, 1
    ld   r1, [nprocs]
    blt  r6, r1, 1b
    li   r1, 0
    jmp  exit

; ---- the program every process runs: the same bytes as in processes.s ----

RELOC = USER_CODE - program

program:
    push r1
    li   r1, SYS_FORK
    syscall
    pop  r3
    li   r4, 0
    li   r5, 1
count:
    li   r6, 100
delay:
    sub  r6, r6, 1
    bne  r6, 0, delay + RELOC
    add  r4, r4, r5
    add  r5, r5, 1
    ble  r5, r3, count + RELOC
    bne  r0, 0, done + RELOC
    shl  r4, r4, 1
done:
    li   r1, SYS_EXIT
    mov  r2, r4
    syscall

.include "lib/console.s"
.include "lib/time.s"

.data
traps:        .byte VEC_SYSCALL, 3      ; struct trap_info: a direct trap (DPL 3, no TI_IF)
              .half 0
              .word on_syscall
              .byte VEC_PAGE, TI_IF     ; page faults bounce, events masked
              .half 0
              .word on_page_fault
              .space trap_info_size     ; the end
bind:         .space evtchn_bind_virq_size
timer_port:   .word 0
shared:       .word 0
updates:      .space 2 * mmu_update_size
ext_ops:      .space 3 * mmuext_op_size
next_frame:   .word POOL
nprocs:       .word 0
current:      .word 0
directories:  .space NPROC * 4
tables:       .space NPROC * 4
saved_sp:     .space NPROC * 4
alive:        .space NPROC * 4
exit_codes:   .space NPROC * 4
faults:       .space NPROC * 4
kstack_tops:  .word kstacks + 256, kstacks + 512, kstacks + 768, kstacks + 1024
kstacks:      .space NPROC * 256
exec_msg1:    .asciz "exec: process "
exec_msg2:    .asciz " runs count("
exec_msg3:    .asciz ")\n"
done_msg1:    .asciz "process "
done_msg2:    .asciz " exited with "
done_msg3:    .asciz " after "
singular_msg: .asciz " page fault\n"
plural_msg:   .asciz " page faults\n"
fault_msg:    .asciz "unexpected page fault at "
refused_msg:  .asciz "the hypervisor refused a page-table update\n"
oom_msg:      .asciz "out of frames\n"
newline:      .asciz "\n"
.align 4096
kernel_table:   .space 4096
boot_directory: .space 4096
