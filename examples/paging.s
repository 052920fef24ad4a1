; paging.s: first steps with the MMU. The kernel builds a page directory and one page table
; that maps the first 1 MiB of virtual addresses onto the same physical addresses (an identity
; map: the kernel keeps running where it is when paging comes on), turns paging on, then maps
; the virtual page at 0x400000 onto the frame at 0x80000, which already has an address of its
; own. The same word is then reachable through two virtual addresses. Last, it touches a page
; nobody mapped: the page-fault handler reads the faulting address and the error code.
;
; The same kernel runs unmodified in every mode; what the hypervisor does about its page
; tables differs (pvm run --stats shows it): trap shadows them (the stores to the tables and
; the base load exit, the first touch of each page is a hidden fault), hvm walks two
; dimensions on every TLB miss with no exits at all.
;
; modes: native trap hvm
; expect: paging on
; expect: virtual 0x400000 reads 1234, and so does virtual 0x80000: one frame, two addresses
; expect: wrote 4321 through 0x400000; 0x80000 reads 4321
; expect: page fault at 0x500000, code 0x0 (not present, read, supervisor)
; exit: 0
; exits(trap): mtcr CR_PTB = 1
; exits(trap): hidden page fault (shadow fill) = 5
; exits(trap): exception VEC_PAGE = 1
; exits(hvm): total = 207

PAGES = 256                     ; 1 MiB of guest memory, all of it mapped

_start:
    li   r1, on_page_fault
    st   r1, [vectors + VEC_PAGE * 4]
    li   r1, vectors
    lvt  r1

    ; The page table: entry i maps virtual page i onto frame i, present and writable.
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    shl  r3, r1, 2
    st   r2, [r3 + table0]
    add  r1, r1, 1
    blt  r1, PAGES, 1b

    ; The directory: entry 0 (virtual 0 to 4 MiB) names table0; entry 1 (4 to 8 MiB) names
    ; table1, whose entry 0 maps virtual 0x400000 onto frame 0x80000.
    li   r1, table0 | PTE_P | PTE_W
    st   r1, [directory]
    li   r1, table1 | PTE_P | PTE_W
    st   r1, [directory + 4]
    li   r1, 0x80000 | PTE_P | PTE_W
    st   r1, [table1]

    li   r1, directory
    mtcr CR_PTB, r1             ; paging on: from here every address is virtual
    li   r1, on_msg
    call puts

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
    li   r1, '\n'
    out  CONSOLE_DATA, r1

    ld   r1, [0x500000]         ; no table maps it: a page fault
fail:
    li   r1, 1
    out  POWER_OFF, r1

; The page-fault handler: CR_FAULT_ADDR says where, CR_FAULT_CODE why.
on_page_fault:
    li   r1, fault_msg
    call puts
    mfcr r1, CR_FAULT_ADDR
    call puthex
    li   r1, code_msg
    call puts
    mfcr r1, CR_FAULT_CODE
    call puthex
    li   r1, why_msg
    call puts
    li   r1, 0
    out  POWER_OFF, r1

; puthex: print r1 as 0x and hex digits. Clobbers r1, r2, r3, r4.
puthex:
    mov  r4, r1
    li   r1, '0'
    out  CONSOLE_DATA, r1
    li   r1, 'x'
    out  CONSOLE_DATA, r1
    li   r3, 28                 ; skip leading zeros, but print at least one digit
1:  shr  r2, r4, r3
    bne  r2, 0, 2f
    beq  r3, 0, 2f
    sub  r3, r3, 4
    jmp  1b
2:  shr  r2, r4, r3
    and  r2, r2, 15
    add  r1, r2, '0'
    blt  r2, 10, 3f
    add  r1, r2, 'a' - 10
3:  out  CONSOLE_DATA, r1
    sub  r3, r3, 4
    bge  r3, 0, 2b
    ret

.include "lib/console.s"

.data
vectors:   .space (VEC_PAGE + 1) * 4   ; one handler address per vector, VEC_PAGE the last
on_msg:    .asciz "paging on\n"
read_msg1: .asciz "virtual 0x400000 reads "
read_msg2: .asciz ", and so does virtual 0x80000: one frame, two addresses\n"
wrote_msg: .asciz "wrote 4321 through 0x400000; 0x80000 reads "
fault_msg: .asciz "page fault at "
code_msg:  .asciz ", code "
why_msg:   .asciz " (not present, read, supervisor)\n"
.align 4096
directory: .space 4096
table0:    .space 4096
table1:    .space 4096
