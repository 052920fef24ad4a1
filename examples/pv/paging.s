; pv/paging.s: the paravirtual twin of paging.s, with Xen's direct paging. The MMU walks the
; kernel's own tables, but the kernel may not write them once they are in use: every frame has
; a type, and a frame that is a page table is never writable. So the identity map leaves the
; three table frames read-only, the hypervisor validates the tables when mmuext_op's
; MMUEXT_NEW_BASEPTR turns paging on, and the second mapping goes in through the
; update_va_mapping hypercall, which checks the new entry and flushes its page from the TLB.
; The page-fault handler is registered with set_trap_table; it reads the fault's address and
; error code from shared_info, where the hypervisor put them (mfcr is privileged).
;
; expect: paging on
; expect: virtual 0x400000 reads 1234, and so does virtual 0x80000: one frame, two addresses
; expect: wrote 4321 through 0x400000; 0x80000 reads 4321
; expect: page fault at 0x500000, code 0x0 (not present, read, supervisor)
; exit: 0
; hypercalls(pv): mmuext_op = 1
; hypercalls(pv): update_va_mapping = 1
; exits(pv): exception VEC_PAGE = 1

.paravirt

PAGES = 256                     ; 1 MiB of guest memory, all of it mapped

_start:
    ld   r10, [r1 + SI_SHARED_INFO]
    li   r1, traps
    hcall set_trap_table

    ; The page table: entry i maps virtual page i onto frame i, present, and writable unless
    ; the frame holds one of the tables (the hypervisor would refuse the whole table).
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    blt  r2, directory, 2f
    bge  r2, table1 + PAGE_SIZE, 2f
    and  r2, r2, ~PTE_W
2:  shl  r3, r1, 2
    st   r2, [r3 + table0]
    add  r1, r1, 1
    blt  r1, PAGES, 1b

    ; The directory, as in paging.s; table1 is empty for now.
    li   r1, table0 | PTE_P | PTE_W
    st   r1, [directory]
    li   r1, table1 | PTE_P | PTE_W
    st   r1, [directory + 4]

    li   r1, new_base           ; one mmuext_op: MMUEXT_NEW_BASEPTR, the directory's frame
    li   r2, 1
    li   r3, 0
    hcall mmuext_op             ; validates all three tables, then paging on
    bne  r0, 0, fail
    li   r1, on_msg
    call puts

    ; Virtual 0x400000 onto frame 0x80000: the entry lives in a page table, which this kernel
    ; can no longer write; the hypervisor writes it for us, checked.
    li   r1, 0x400000
    li   r2, 0x80000 | PTE_P | PTE_W
    li   r3, UVMF_INVLPG
    hcall update_va_mapping
    bne  r0, 0, fail

    li   r1, 1234
    st   r1, [0x80000]          ; through the identity map
    ld   r5, [0x400000]         ; through the second mapping
    ld   r6, [0x80000]
    li   r1, read_msg1
    call puts
    mov  r1, r5
    call putd
    li   r1, read_msg2
    call puts
    bne  r5, r6, fail

    li   r1, 4321
    st   r1, [0x400000]
    li   r1, wrote_msg
    call puts
    ld   r1, [0x80000]
    call putd
    li   r1, newline
    call puts

    ld   r1, [0x500000]         ; no table maps it: a page fault
fail:
    li   r1, 1
    jmp  exit

; The page-fault handler: shared_info's SH_CR2 says where, SH_PF_CODE why.
on_page_fault:
    li   r1, fault_msg
    call puts
    ld   r1, [r10 + SH_CR2]
    call puthex
    li   r1, code_msg
    call puts
    ld   r1, [r10 + SH_PF_CODE]
    call puthex
    li   r1, why_msg
    call puts
    li   r1, 0
    jmp  exit

; puthex: print r1 as 0x and hex digits. Clobbers r0..r6.
puthex:
    li   r5, hex_end
    mov  r6, r1
1:  sub  r5, r5, 1
    and  r2, r6, 15
    add  r4, r2, '0'
    blt  r2, 10, 2f
    add  r4, r2, 'a' - 10
2:  stb  r4, [r5]
    shr  r6, r6, 4
    bne  r6, 0, 1b
    sub  r5, r5, 2
    li   r4, '0'
    stb  r4, [r5]
    li   r4, 'x'
    stb  r4, [r5 + 1]
    mov  r1, r5
    jmp  puts

.include "lib/console.s"

.data
traps:     .byte VEC_PAGE, 0      ; struct trap_info: vector, flags, cs, address
           .half 0
           .word on_page_fault
           .space trap_info_size  ; the end: an entry whose address is 0
new_base:  .word MMUEXT_NEW_BASEPTR, directory / PAGE_SIZE, 0   ; struct mmuext_op: cmd, arg1 (a frame), arg2
on_msg:    .asciz "paging on\n"
read_msg1: .asciz "virtual 0x400000 reads "
read_msg2: .asciz ", and so does virtual 0x80000: one frame, two addresses\n"
wrote_msg: .asciz "wrote 4321 through 0x400000; 0x80000 reads "
newline:   .asciz "\n"
fault_msg: .asciz "page fault at "
code_msg:  .asciz ", code "
why_msg:   .asciz " (not present, read, supervisor)\n"
hex_buf:   .space 10
hex_end:   .byte 0
.align 4096
directory: .space 4096
table0:    .space 4096
table1:    .space 4096
