; processes.s: processes in separate address spaces. The kernel lives in the first 1 MiB,
; identity-mapped for the supervisor only; each process has its own page directory, whose
; slot 1 (virtual 4 to 8 MiB) is the process: its program at USER_CODE, its stack below
; USER_STACK. The kernel
;   - loads a program into a new address space (exec: a fresh frame, the code copied in, mapped
;     read-only for user mode), twice, with different arguments;
;   - copies an address space on SYS_FORK: a new directory and page table, every page copied;
;   - fills the stack on demand: a process's first push is a page fault, and the handler maps
;     a zeroed frame (demand-zero);
;   - switches processes on the timer, loading the next one's directory into CR_PTB.
; Every process computes a sum and exits with it; the kernel prints the results in order.
;
; The same kernel runs in every mode, and --stats shows what its address spaces cost: under
; trap each store to a page table and each CR_PTB load is an exit and each page's first touch a
; hidden fault; under hvm nothing exits, and each TLB miss walks two dimensions.
; pv/processes.s does the same through Xen's hypercalls, its page-table updates batched.
;
; expect: exec: process 0 runs count(300)
; expect: exec: process 1 runs count(500)
; expect: process 0 exited with 45150 after 1 page fault
; expect: process 1 exited with 125250 after 1 page fault
; expect: process 2 exited with 90300 after 0 page faults
; expect: process 3 exited with 250500 after 0 page faults
; exits(native): total = 0
; exits(trap): mtcr CR_PTB = 25
; exits(trap): page-table write = 2
; exits(trap): hidden page fault (shadow fill) = 39
; exits(trap): exception VEC_PAGE = 2

SYS_EXIT     = 1                ; r2 = exit code
SYS_FORK     = 2                ; returns the child's number in the parent, 0 in the child
NPROC        = 4
SLICE        = 20000            ; cycles per time slice
USER_CODE    = 0x400000         ; a process's program: directory slot 1, table entry 0
USER_STACK   = 0x800000         ; the top of its stack: table entry 1023, filled on demand
POOL         = 0x80000          ; frames alloc_frame hands out, up to POOL_END
POOL_END     = 0xf0000
KERNEL_PAGES = 256              ; the first 1 MiB
CONTEXT      = 18 * 4           ; what an entry from user mode leaves: 3 words of frame, 15 registers
SAVED_R0     = 14 * 4           ; where save_context put r0, above r14..r1

_start:
    li   r1, on_timer
    st   r1, [vectors + VEC_TIMER * 4]
    li   r1, on_syscall
    st   r1, [vectors + VEC_SYSCALL * 4]
    li   r1, on_page_fault
    st   r1, [vectors + VEC_PAGE * 4]
    li   r1, vectors
    lvt  r1

    ; The kernel's page table: the first 1 MiB, frame i at virtual page i, supervisor only.
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    shl  r3, r1, 2
    st   r2, [r3 + kernel_table]
    add  r1, r1, 1
    blt  r1, KERNEL_PAGES, 1b
    li   r1, kernel_table | PTE_P | PTE_W
    st   r1, [boot_directory]
    li   r1, boot_directory
    mtcr CR_PTB, r1             ; paging on, in an address space with the kernel alone

    li   r1, 0                  ; process 0 runs count(300), process 1 count(500)
    li   r2, 300
    call exec
    li   r1, 1
    li   r2, 500
    call exec
    li   r1, 2
    st   r1, [nprocs]

    li   r1, SLICE
    out  TIMER_PERIOD, r1
    jmp  switch_to              ; into process 0

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

; new_space: r1 = process. A page directory whose slot 0 is the kernel's table and whose slot 1
; is a new, empty page table for the process. Clobbers r0..r5.
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

; copy_page: 4096 bytes from r1 to r2 (physical, kernel-virtual). Clobbers r1..r4.
copy_page:
    add  r3, r1, PAGE_SIZE
1:  ld   r4, [r1]
    st   r4, [r2]
    add  r1, r1, 4
    add  r2, r2, 4
    blt  r1, r3, 1b
    ret

; exec: r1 = process, r2 = argument. Loads the program into a new address space and leaves,
; on the process's kernel stack, what an interrupt from user mode at USER_CODE would have left,
; with r1 = the argument. Clobbers r0..r7.
exec:
    mov  r6, r1
    mov  r7, r2
    call new_space
    call alloc_frame
    mov  r2, r0
    li   r1, program
    call copy_page              ; the program and what follows it: one page
    shl  r5, r6, 2
    ld   r1, [r5 + tables]
    or   r2, r0, PTE_P | PTE_U  ; read-only for the process
    st   r2, [r1]
    ld   r4, [r5 + kstack_tops]
    sub  r4, r4, CONTEXT
    st   r4, [r5 + saved_sp]
    li   r1, USER_CODE
    st   r1, [r4 + 15 * 4]      ; pc
    li   r1, FLAG_IE | FLAG_U
    st   r1, [r4 + 16 * 4]      ; FLAGS: user mode, interrupts on
    li   r1, USER_STACK
    st   r1, [r4 + 17 * 4]      ; user sp
    st   r7, [r4 + 13 * 4]      ; its r1 (the registers below are zero)
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
    out  POWER_OFF, r1

; ---- the kernel's entry points ----

; save_context: push r0..r14 under the frame and remember the stack in the process's slot.
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
    ld   r13, [sp + 4]          ; the process's r13, back (the handlers read r1, r2)
.endm

on_timer:
    save_context
    call pick_next
    jmp  switch_to

on_syscall:
    save_context
    beq  r1, SYS_EXIT, sys_exit
    beq  r1, SYS_FORK, sys_fork
    jmp  switch_to              ; unknown call: just return

sys_exit:
    ld   r1, [current]
    shl  r1, r1, 2
    st   r2, [r1 + exit_codes]
    li   r3, 0
    st   r3, [r1 + alive]
    call pick_next
    jmp  switch_to

; fork: the child gets a copy of every page the parent's table maps, and the parent's saved
; context, so it returns from the same syscall, with 0.
sys_fork:
    ld   r6, [nprocs]           ; the child's number
    li   r0, -1
    bge  r6, NPROC, 5f
    add  r1, r6, 1
    st   r1, [nprocs]
    mov  r1, r6
    call new_space
    ld   r7, [current]
    shl  r7, r7, 2
    ld   r7, [r7 + tables]      ; the parent's page table
    shl  r8, r6, 2
    ld   r8, [r8 + tables]      ; the child's
    li   r9, 0                  ; entry offset
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
    st   r1, [r11]
2:  add  r9, r9, 4
    blt  r9, PAGE_SIZE, 1b
    shl  r5, r6, 2              ; the parent's context onto the child's kernel stack
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
    st   r1, [r2 + SAVED_R0]    ; the child's result
    li   r1, 1
    st   r1, [r5 + alive]
    mov  r0, r6
5:  st   r0, [sp + SAVED_R0]    ; the parent's result
    jmp  switch_to

; A page fault. The process's first push reaches the stack page no table entry maps yet: map a
; zeroed frame there and return to the push. Any other fault ends the machine.
on_page_fault:
    push r0
    push r1
    push r2
    push r3
    mfcr r3, CR_FAULT_ADDR
    mfcr r1, CR_FAULT_CODE
    and  r1, r1, PF_P
    bne  r1, 0, bad_fault
    bltu r3, USER_STACK - PAGE_SIZE, bad_fault
    bgeu r3, USER_STACK, bad_fault
    call alloc_frame
    or   r0, r0, PTE_P | PTE_W | PTE_U
    ld   r1, [current]
    shl  r1, r1, 2
    ld   r2, [r1 + tables]
    st   r0, [r2 + 1023 * 4]
    ld   r2, [r1 + faults]
    add  r2, r2, 1
    st   r2, [r1 + faults]
    pop  r3
    pop  r2
    pop  r1
    pop  r0
    iret

bad_fault:
    li   r1, fault_msg
    call puts
    mov  r1, r3
    call putd
    li   r1, newline
    call puts
    li   r1, 1
    out  POWER_OFF, r1

; pick_next: current = the next process still alive after it, round robin; if none is, print
; what each process returned and power off. Clobbers r1..r4.
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

; switch_to: resume process [current] in its own address space.
switch_to:
    ld   r1, [current]
    shl  r1, r1, 2
    ld   r2, [r1 + directories]
    mtcr CR_PTB, r2             ; its address space: the TLB starts empty
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
    out  POWER_OFF, r1

; ---- the program every process runs, at USER_CODE in its address space ----
; count(n), r1 = n: fork; then the sum 1 + 2 + ... + n, slowly (something for the timer to
; preempt); the child doubles it. Exits with the result. Linked for the kernel's address,
; copied to USER_CODE: jumps add RELOC.

RELOC = USER_CODE - program

program:
    push r1                     ; the first touch of the stack page: a page fault
    li   r1, SYS_FORK
    syscall                     ; r0: the child's number here, 0 in the child
    pop  r3
    li   r4, 0                  ; the sum
    li   r5, 1                  ; i
count:
    li   r6, 100
delay:
    sub  r6, r6, 1
    bne  r6, 0, delay + RELOC
    add  r4, r4, r5
    add  r5, r5, 1
    ble  r5, r3, count + RELOC
    bne  r0, 0, done + RELOC
    shl  r4, r4, 1              ; the child
done:
    li   r1, SYS_EXIT
    mov  r2, r4
    syscall

.include "lib/console.s"

.data
vectors:      .space (VEC_PAGE + 1) * 4
next_frame:   .word POOL
nprocs:       .word 0
current:      .word 0
directories:  .space NPROC * 4  ; per process: its page directory, page table, ...
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
oom_msg:      .asciz "out of frames\n"
newline:      .asciz "\n"
.align 4096
kernel_table:   .space 4096
boot_directory: .space 4096
