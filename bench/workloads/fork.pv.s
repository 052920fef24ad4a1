; fork.pv.s: the paravirtual twin of fork.s: the same processes, created, run and freed with
; Xen's direct paging. The kernel fills a new directory and table while they are ordinary frames
; it may write, then one mmu_update of six entries takes its own writable mappings of both away
; and links them, and one mmuext_op pins both and loads the directory as the base (the hypervisor
; validates them). Teardown is the mirror: one mmuext_op (base back to the boot directory, unpin
; both), one mmu_update of six entries (clear what was set, both frames writable again).
; --stats shows the updates per hypercall and the tables validated.
;
; expect: 64 forks, checksum 393184, 0 frames in use
; exits(pv): total = 0
; hypercalls(pv): mmu_update = 128
; hypercalls(pv): mmuext_op = 129

.paravirt

ROUNDS     = 64
SYS_EXIT   = 1
USER_CODE  = 0x400000
USER_DATA  = USER_CODE + PAGE_SIZE
WORDS      = 64

_start:
    li   r1, traps
    hcall set_trap_table
    bne  r0, 0, refused
    li   r1, kstack_top
    hcall stack_switch
    bne  r0, 0, refused
    li   r1, 0                  ; the parent's data: word k is 3k + 1
1:  mul  r2, r1, 3
    add  r2, r2, 1
    shl  r3, r1, 2
    st   r2, [r3 + parent_data]
    add  r1, r1, 1
    bltu r1, WORDS, 1b

    call kernel_map_on          ; paging on: both boot tables validated (lib/kernel-map.pv.s)

    li   r8, 0
next:
    li   r1, table_frames
    call alloc_from
    mov  r9, r0
    li   r1, table_frames
    call alloc_from
    mov  r10, r0
    li   r1, page_frames
    call alloc_from
    mov  r11, r0
    li   r1, program
    mov  r2, r11
    call copy_page
    li   r1, page_frames
    call alloc_from
    mov  r12, r0
    li   r1, parent_data
    mov  r2, r12
    call copy_page

    ; One batch: the directory and table read-only in the kernel's map, then their entries
    ; (while neither is a table yet, a checked plain write each).
    shr  r1, r9, 12
    shl  r1, r1, 2
    add  r1, r1, kernel_table
    st   r1, [updates + 0 * mmu_update_size + mmu_update.ptr]
    or   r1, r9, PTE_P
    st   r1, [updates + 0 * mmu_update_size + mmu_update.val]
    shr  r1, r10, 12
    shl  r1, r1, 2
    add  r1, r1, kernel_table
    st   r1, [updates + 1 * mmu_update_size + mmu_update.ptr]
    or   r1, r10, PTE_P
    st   r1, [updates + 1 * mmu_update_size + mmu_update.val]
    st   r10, [updates + 2 * mmu_update_size + mmu_update.ptr]
    or   r1, r11, PTE_P | PTE_U
    st   r1, [updates + 2 * mmu_update_size + mmu_update.val]
    add  r1, r10, 4
    st   r1, [updates + 3 * mmu_update_size + mmu_update.ptr]
    or   r1, r12, PTE_P | PTE_W | PTE_U
    st   r1, [updates + 3 * mmu_update_size + mmu_update.val]
    st   r9, [updates + 4 * mmu_update_size + mmu_update.ptr]
    li   r1, kernel_table | PTE_P | PTE_W
    st   r1, [updates + 4 * mmu_update_size + mmu_update.val]
    add  r1, r9, 4
    st   r1, [updates + 5 * mmu_update_size + mmu_update.ptr]
    or   r1, r10, PTE_P | PTE_W | PTE_U
    st   r1, [updates + 5 * mmu_update_size + mmu_update.val]
    li   r1, updates
    call mmu6
    ; One more: pin both, and switch to the directory.
    li   r1, MMUEXT_PIN_L1_TABLE
    st   r1, [ext_ops + 0 * mmuext_op_size + mmuext_op.cmd]
    shr  r1, r10, 12
    st   r1, [ext_ops + 0 * mmuext_op_size + mmuext_op.arg1]
    li   r1, MMUEXT_PIN_L2_TABLE
    st   r1, [ext_ops + 1 * mmuext_op_size + mmuext_op.cmd]
    shr  r1, r9, 12
    st   r1, [ext_ops + 1 * mmuext_op_size + mmuext_op.arg1]
    li   r2, MMUEXT_NEW_BASEPTR
    st   r2, [ext_ops + 2 * mmuext_op_size + mmuext_op.cmd]
    st   r1, [ext_ops + 2 * mmuext_op_size + mmuext_op.arg1]
    li   r1, ext_ops
    li   r2, 3
    call mmuext

    st   sp, [kernel_sp]
    li   r1, USER_DATA + PAGE_SIZE
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, USER_CODE
    push r1
    mov  r1, r8
    hcall iret

; The process's exit, through a direct trap: back to the kernel's loop, on its own stack.
on_syscall:
    ld   sp, [kernel_sp]
    ld   r1, [checksum]
    add  r1, r1, r2
    st   r1, [checksum]
    li   r1, MMUEXT_NEW_BASEPTR ; one batch: the boot directory, then unpin both
    st   r1, [ext_ops + 0 * mmuext_op_size + mmuext_op.cmd]
    li   r1, boot_directory / PAGE_SIZE
    st   r1, [ext_ops + 0 * mmuext_op_size + mmuext_op.arg1]
    li   r1, MMUEXT_UNPIN_TABLE
    st   r1, [ext_ops + 1 * mmuext_op_size + mmuext_op.cmd]
    st   r1, [ext_ops + 2 * mmuext_op_size + mmuext_op.cmd]
    shr  r1, r9, 12
    st   r1, [ext_ops + 1 * mmuext_op_size + mmuext_op.arg1]
    shr  r1, r10, 12
    st   r1, [ext_ops + 2 * mmuext_op_size + mmuext_op.arg1]
    li   r1, ext_ops
    li   r2, 3
    call mmuext
    ; One batch: clear the entries (no longer tables: checked plain writes), then both frames
    ; writable again in the kernel's map, clean for the next process.
    li   r2, 0
    st   r10, [updates + 0 * mmu_update_size + mmu_update.ptr]
    st   r2, [updates + 0 * mmu_update_size + mmu_update.val]
    add  r1, r10, 4
    st   r1, [updates + 1 * mmu_update_size + mmu_update.ptr]
    st   r2, [updates + 1 * mmu_update_size + mmu_update.val]
    st   r9, [updates + 2 * mmu_update_size + mmu_update.ptr]
    st   r2, [updates + 2 * mmu_update_size + mmu_update.val]
    add  r1, r9, 4
    st   r1, [updates + 3 * mmu_update_size + mmu_update.ptr]
    st   r2, [updates + 3 * mmu_update_size + mmu_update.val]
    shr  r1, r9, 12
    shl  r1, r1, 2
    add  r1, r1, kernel_table
    st   r1, [updates + 4 * mmu_update_size + mmu_update.ptr]
    or   r1, r9, PTE_P | PTE_W
    st   r1, [updates + 4 * mmu_update_size + mmu_update.val]
    shr  r1, r10, 12
    shl  r1, r1, 2
    add  r1, r1, kernel_table
    st   r1, [updates + 5 * mmu_update_size + mmu_update.ptr]
    or   r1, r10, PTE_P | PTE_W
    st   r1, [updates + 5 * mmu_update_size + mmu_update.val]
    li   r1, updates
    call mmu6
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
    jmp  exit

; mmu6: r1 = six mmu_update requests: one hypercall. mmuext: r1, r2 = mmuext_op requests and
; how many. Either ends the machine if the hypervisor refuses. Clobbers r0..r3.
mmu6:
    li   r2, 6
    li   r3, 0
    hcall mmu_update
    bne  r0, 0, refused
    ret
mmuext:
    li   r3, 0
    hcall mmuext_op
    bne  r0, 0, refused
    ret
refused:
    li   r1, refused_msg
    call puts
    li   r1, 1
    jmp  exit

; The program, the same bytes as in fork.s.
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
    st   r4, [r3]
    li   r1, SYS_EXIT
    mov  r2, r4
    syscall

.include "../../examples/pv/lib/console.s"
.include "lib/frames.s"
.include "lib/kernel-map.pv.s"

.data
traps:        .byte VEC_SYSCALL, 3      ; struct trap_info: a direct trap (DPL 3, no TI_IF)
              .half 0
              .word on_syscall
              .space trap_info_size     ; the end
updates:      .space 6 * mmu_update_size
ext_ops:      .space 3 * mmuext_op_size
kernel_sp:    .word 0
checksum:     .word 0
table_frames: .space (LIST_MAX + 1) * 4
page_frames:  .space (LIST_MAX + 1) * 4
done_msg1:    .asciz " forks, checksum "
done_msg2:    .asciz ", "
newline:      .asciz " frames in use\n"
refused_msg:  .asciz "the hypervisor refused a page-table update\n"
              .align 4
              .space 256
kstack_top:
.align 4096
parent_data:    .space 4096
kernel_table:   .space 4096
boot_directory: .space 4096
pool:
