; pv-paging.s: a paravirtual kernel attacking Xen's direct paging. Once paging is on, its page
; tables are frames of type "page table", which nothing may map writable; every update goes
; through a hypercall that validates it. Each attempt here gets Xen's errno and the kernel
; carries on: making its own page table writable, mapping a frame past the end of memory,
; filling a directory slot in the hypervisor's part of the address space, a directory that
; names itself, unpinning what is not pinned, a batch with one bad request in the middle (the
; ones before it done, the count written back), a request array wrapping around 2^32, and at
; last a plain store to a page table: a page fault (protection, write) its handler sees.
;
; expect: paging on: 0
; expect: own page table made writable: -22
; expect: a frame past the end of memory: -22
; expect: the hypervisor's slot 1008: -22
; expect: a directory naming itself: -22
; expect: unpin the directory, never pinned: -22
; expect: pin the directory: 0
; expect: unpin it while in use: 0
; expect: the directory made writable, still in use: -22
; expect: batch with a bad second request: -22
; expect: requests done: 1
; expect: the third request's entry untouched: 532483
; expect: requests wrapping around 2^32: -14
; expect: store to a page table, fault code: 3
; exits(pv): exception VEC_PAGE = 1

.paravirt

SPARE = 0x80000                 ; a free frame, mapped writable

_start:
    ld   r10, [r1 + SI_SHARED_INFO]
    li   r1, traps
    hcall set_trap_table
    ; The identity map, the two table frames read-only.
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    blt  r2, directory, 2f
    bge  r2, table + PAGE_SIZE, 2f
    and  r2, r2, ~PTE_W
2:  shl  r3, r1, 2
    st   r2, [r3 + table]
    add  r1, r1, 1
    blt  r1, 256, 1b
    li   r1, table | PTE_P | PTE_W
    st   r1, [directory]
    li   r1, MMUEXT_NEW_BASEPTR
    li   r2, directory / PAGE_SIZE
    call ext
    li   r1, msg_on
    call say

    li   r1, table + (table / PAGE_SIZE) * 4
    li   r2, table | PTE_P | PTE_W
    li   r6, msg_writable
    call update
    li   r1, table + (SPARE / PAGE_SIZE) * 4
    li   r2, 0x100000 | PTE_P
    li   r6, msg_far
    call update
    li   r1, directory + 1008 * 4
    li   r2, table | PTE_P
    li   r6, msg_hole
    call update
    li   r1, directory + 4
    li   r2, directory | PTE_P
    li   r6, msg_self
    call update

    li   r1, MMUEXT_UNPIN_TABLE
    li   r2, directory / PAGE_SIZE
    call ext
    li   r1, msg_unpin_never
    call say
    li   r1, MMUEXT_PIN_L2_TABLE
    li   r2, directory / PAGE_SIZE
    call ext
    li   r1, msg_pin
    call say
    li   r1, MMUEXT_UNPIN_TABLE
    li   r2, directory / PAGE_SIZE
    call ext
    li   r1, msg_unpin
    call say
    li   r1, table + (directory / PAGE_SIZE) * 4
    li   r2, directory | PTE_P | PTE_W
    li   r6, msg_still
    call update

    li   r1, batch               ; three requests, the second one bad
    li   r2, 3
    li   r3, done
    hcall mmu_update
    mov  r5, r0
    li   r1, msg_batch
    call say
    ld   r5, [done]
    li   r1, msg_done
    call say
    ld   r5, [table + 0x82 * 4]
    li   r1, msg_third
    call say
    li   r1, 0xfffffff8
    li   r2, 2
    li   r3, 0
    hcall mmu_update
    mov  r5, r0
    li   r1, msg_wrap
    call say

    li   r1, 1
    st   r1, [table]             ; a page table: read-only to the kernel
    li   r1, 1
    jmp  exit

; update: one mmu_update {r1, r2}; print r6 and the result. Clobbers r0..r5.
update:
    st   r1, [req + mmu_update.ptr]
    st   r2, [req + mmu_update.val]
    li   r1, req
    li   r2, 1
    li   r3, 0
    hcall mmu_update
    mov  r5, r0
    mov  r1, r6
    jmp  say

; ext: one mmuext_op {r1, r2}; r5 = the result. Clobbers r0..r3.
ext:
    st   r1, [op + mmuext_op.cmd]
    st   r2, [op + mmuext_op.arg1]
    li   r1, op
    li   r2, 1
    li   r3, 0
    hcall mmuext_op
    mov  r5, r0
    ret

on_page_fault:
    ld   r5, [r10 + SH_PF_CODE]
    li   r1, msg_fault
    call say
    li   r1, 0
    jmp  exit

.include "lib/pv.s"

.data
traps:   .byte VEC_PAGE, TI_IF
         .half 0
         .word on_page_fault
         .space trap_info_size
req:     .space mmu_update_size
op:      .space mmuext_op_size
done:    .word 0xeeee
batch:   .word table + 0x80 * 4, SPARE | PTE_P                 ; fine: read-only now
         .word table + 0x81 * 4, table | PTE_P | PTE_W          ; the table itself, writable
         .word table + 0x82 * 4, 0                              ; never reached
msg_on:          .asciz "paging on: "
msg_writable:    .asciz "own page table made writable: "
msg_far:         .asciz "a frame past the end of memory: "
msg_hole:        .asciz "the hypervisor's slot 1008: "
msg_self:        .asciz "a directory naming itself: "
msg_unpin_never: .asciz "unpin the directory, never pinned: "
msg_pin:         .asciz "pin the directory: "
msg_unpin:       .asciz "unpin it while in use: "
msg_still:       .asciz "the directory made writable, still in use: "
msg_batch:       .asciz "batch with a bad second request: "
msg_done:        .asciz "requests done: "
msg_third:       .asciz "the third request's entry untouched: "
msg_wrap:        .asciz "requests wrapping around 2^32: "
msg_fault:       .asciz "store to a page table, fault code: "
.align 4096
directory: .space 4096
table:     .space 4096
