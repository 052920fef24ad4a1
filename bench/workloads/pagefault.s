; pagefault.s: page faults, like lmbench's page fault (Barham et al. 2003, Table 5): one process
; touches PAGES pages of a region no table entry maps yet; each first touch is a page fault, and
; the kernel maps a zeroed frame there (demand-zero) and returns to the store. Then the process
; reads every page back, the word it wrote and one it did not (zero), and exits with the sum.
;
; Natively a fault is an exception into the kernel, a zeroed frame, a store to the page table and
; an iret. Under trap the fault is reflected through the hypervisor, the store to the table and
; the iret exit, and the retried store is a hidden fault that fills the shadow; under hvm nothing
; exits; pagefault.pv.s maps each frame with update_va_mapping.
;
; expect: 128 page faults, sum 8128
; exits(native): total = 0
; exits(trap): exception VEC_PAGE = 128
; exits(trap): page-table write = 128
; exits(trap): hidden page fault (shadow fill) = 268
; exits(hvm): total = 27

PAGES     = 128
SYS_EXIT  = 1                   ; r2 = the result
USER_CODE = 0x400000            ; directory slot 1: the program
REGION    = 0x800000            ; directory slot 2: a table with no entries yet

_start:
    li   r1, on_syscall
    st   r1, [vectors + VEC_SYSCALL * 4]
    li   r1, on_page_fault
    st   r1, [vectors + VEC_PAGE * 4]
    li   r1, vectors
    lvt  r1
    li   r1, kstack_top
    lksp r1

    call kernel_map_on          ; paging on: the first 1 MiB, for the supervisor (lib/kernel-map.s)

    li   r1, frames             ; exec: a directory, a table for the program, one for the region
    call alloc_from
    mov  r9, r0
    li   r1, frames
    call alloc_from
    mov  r10, r0
    li   r1, frames
    call alloc_from
    mov  r11, r0
    st   r11, [region_table]
    li   r1, frames
    call alloc_from
    mov  r12, r0
    li   r1, program
    mov  r2, r12
    call copy_page
    or   r1, r12, PTE_P | PTE_U
    st   r1, [r10]
    li   r1, kernel_table | PTE_P | PTE_W
    st   r1, [r9]
    or   r1, r10, PTE_P | PTE_W | PTE_U
    st   r1, [r9 + 4]
    or   r1, r11, PTE_P | PTE_W | PTE_U
    st   r1, [r9 + 8]

    mtcr CR_PTB, r9             ; into the process: an iret to USER_CODE in user mode
    li   r1, USER_CODE + PAGE_SIZE
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, USER_CODE
    push r1
    li   r1, PAGES
    iret

; A page fault: a first touch in the region gets a zeroed frame; anything else ends the machine.
on_page_fault:
    push r0
    push r1
    push r2
    push r3
    mfcr r3, CR_FAULT_ADDR
    mfcr r1, CR_FAULT_CODE
    and  r1, r1, PF_P
    bne  r1, 0, bad_fault
    bltu r3, REGION, bad_fault
    bgeu r3, REGION + PAGES * PAGE_SIZE, bad_fault
    li   r1, frames
    call alloc_from
    or   r0, r0, PTE_P | PTE_W | PTE_U
    sub  r3, r3, REGION
    shr  r3, r3, 12
    shl  r3, r3, 2
    ld   r1, [region_table]
    add  r1, r1, r3
    st   r0, [r1]
    ld   r1, [faults]
    add  r1, r1, 1
    st   r1, [faults]
    pop  r3
    pop  r2
    pop  r1
    pop  r0
    iret

bad_fault:
    li   r1, fault_msg
    call puts
    li   r1, 1
    jmp  power_off

; The process's exit: r2 = its sum.
on_syscall:
    mov  r8, r2
    ld   r1, [faults]
    call putd
    li   r1, msg1
    call puts
    mov  r1, r8
    call putd
    li   r1, newline
    call puts
    li   r1, 0
power_off:
    out  POWER_OFF, r1

; The program, linked here and run at USER_CODE (jumps add RELOC): r1 = how many pages. Page i
; gets i in its first word; then the sum of every page's first two words.
RELOC = USER_CODE - program
program:
    li   r3, REGION
    li   r4, 0
touch:
    st   r4, [r3]               ; the first touch: a page fault
    add  r3, r3, PAGE_SIZE
    add  r4, r4, 1
    bltu r4, r1, touch + RELOC
    li   r3, REGION
    li   r4, 0
    li   r5, 0
sum:
    ld   r6, [r3]
    add  r5, r5, r6
    ld   r6, [r3 + 4]           ; never written: zero
    add  r5, r5, r6
    add  r3, r3, PAGE_SIZE
    add  r4, r4, 1
    bltu r4, r1, sum + RELOC
    li   r1, SYS_EXIT
    mov  r2, r5
    syscall

.include "../../examples/lib/console.s"
.include "lib/frames.s"
.include "lib/kernel-map.s"

.data
vectors:      .space (VEC_PAGE + 1) * 4
region_table: .word 0
faults:       .word 0
frames:       .space (LIST_MAX + 1) * 4
msg1:         .asciz " page faults, sum "
newline:      .asciz "\n"
fault_msg:    .asciz "unexpected page fault\n"
              .align 4
              .space 256
kstack_top:
.align 4096
kernel_table:   .space 4096
boot_directory: .space 4096
pool:
