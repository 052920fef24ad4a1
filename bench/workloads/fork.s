; fork.s: address spaces made and unmade, like lmbench's fork proc and exec proc (Barham et al.
; 2003, Table 3). ROUNDS times the kernel creates a process: a page directory and a page table
; (from a list of clean table frames, as Linux kept pre-zeroed page-table pages), a code page
; loaded with the program (exec) and a data page copied from the parent's (fork); it switches into
; the new address space, the process sums its data and exits, and the kernel switches back, clears
; the entries it set and frees all four frames.
;
; Natively that is plain stores and two CR_PTB loads per process. Under trap each store to a
; page table the hypervisor shadows, each CR_PTB load and each first touch of a page in an
; address space exits; under hvm nothing does, and TLB misses walk two dimensions; fork.pv.s
; batches its updates in mmu_update and mmuext_op.
;
; expect: 64 forks, checksum 393184, 0 frames in use
; exits(native): total = 0
; exits(trap): mtcr CR_PTB = 129
; exits(trap): syscall = 64
; exits(trap): page-table write = 382
; exits(trap): hidden page fault (shadow fill) = 328
; exits(hvm): total = 44

ROUNDS     = 64
SYS_EXIT   = 1                  ; r2 = the result
USER_CODE  = 0x400000           ; directory slot 1: the program, then its data page
USER_DATA  = USER_CODE + PAGE_SIZE
WORDS      = 64                 ; the data the process sums

_start:
    li   r1, on_syscall
    st   r1, [vectors + VEC_SYSCALL * 4]
    li   r1, vectors
    lvt  r1
    li   r1, kstack_top
    lksp r1
    li   r1, 0                  ; the parent's data: word k is 3k + 1
1:  mul  r2, r1, 3
    add  r2, r2, 1
    shl  r3, r1, 2
    st   r2, [r3 + parent_data]
    add  r1, r1, 1
    bltu r1, WORDS, 1b

    call kernel_map_on          ; paging on: the first 1 MiB, for the supervisor (lib/kernel-map.s)

    li   r8, 0                  ; the process number
next:
    li   r1, table_frames       ; an address space: directory and table
    call alloc_from
    mov  r9, r0
    li   r1, table_frames
    call alloc_from
    mov  r10, r0
    li   r1, page_frames        ; exec: the program into a code page
    call alloc_from
    mov  r11, r0
    li   r1, program
    mov  r2, r11
    call copy_page
    li   r1, page_frames        ; fork: the parent's data, copied
    call alloc_from
    mov  r12, r0
    li   r1, parent_data
    mov  r2, r12
    call copy_page
    or   r1, r11, PTE_P | PTE_U         ; code: read-only for the process
    st   r1, [r10]
    or   r1, r12, PTE_P | PTE_W | PTE_U ; data
    st   r1, [r10 + 4]
    li   r1, kernel_table | PTE_P | PTE_W
    st   r1, [r9]
    or   r1, r10, PTE_P | PTE_W | PTE_U
    st   r1, [r9 + 4]

    mtcr CR_PTB, r9             ; into the process: an iret to USER_CODE in user mode
    st   sp, [kernel_sp]
    li   r1, USER_DATA + PAGE_SIZE
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, USER_CODE
    push r1
    mov  r1, r8
    iret

; The process's only system call, exit: back to the kernel's loop, on its own stack.
on_syscall:
    ld   sp, [kernel_sp]
    ld   r1, [checksum]
    add  r1, r1, r2
    st   r1, [checksum]
    li   r1, boot_directory
    mtcr CR_PTB, r1
    li   r1, 0                  ; clean the tables for the next process, then free everything
    st   r1, [r10]
    st   r1, [r10 + 4]
    st   r1, [r9]
    st   r1, [r9 + 4]
    li   r1, table_frames
    mov  r2, r10
    call free_to
    li   r1, table_frames
    mov  r2, r9
    call free_to
    li   r1, page_frames
    mov  r2, r12
    call free_to
    li   r1, page_frames
    mov  r2, r11
    call free_to
    add  r8, r8, 1
    bltu r8, ROUNDS, next

    li   r1, ROUNDS
    call putd
    li   r1, done_msg1
    call puts
    ld   r1, [checksum]
    call putd
    li   r1, done_msg2
    call puts
    ld   r1, [in_use]
    call putd
    li   r1, newline
    call puts
    li   r1, 0
power_off:
    out  POWER_OFF, r1

; The program, linked here and run at USER_CODE (jumps add RELOC): r1 = its number. The sum
; of its data plus its number is its result.
RELOC = USER_CODE - program
program:
    li   r3, USER_DATA
    li   r4, 0
    li   r5, WORDS
sum:
    ld   r6, [r3]
    add  r4, r4, r6
    add  r3, r3, 4
    sub  r5, r5, 1
    bne  r5, 0, sum + RELOC
    add  r4, r4, r1
    st   r4, [r3]               ; a write: its copy of the data, not the parent's
    li   r1, SYS_EXIT
    mov  r2, r4
    syscall

.include "../../examples/lib/console.s"
.include "lib/frames.s"
.include "lib/kernel-map.s"

.data
vectors:      .space (VEC_PAGE + 1) * 4
kernel_sp:    .word 0
checksum:     .word 0
table_frames: .space (LIST_MAX + 1) * 4
page_frames:  .space (LIST_MAX + 1) * 4
done_msg1:    .asciz " forks, checksum "
done_msg2:    .asciz ", "
newline:      .asciz " frames in use\n"
              .align 4
              .space 256
kstack_top:
.align 4096
parent_data:    .space 4096
kernel_table:   .space 4096
boot_directory: .space 4096
pool:
