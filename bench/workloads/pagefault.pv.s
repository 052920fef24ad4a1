; pagefault.pv.s: the paravirtual twin of pagefault.s: the same process touching the same
; region. Its address space is filled while its frames are ordinary, then sealed (one mmu_update
; makes the kernel's mappings of the three tables read-only, one mmuext_op pins them and loads
; the directory). A page fault bounces through the hypervisor, which leaves the address in
; shared_info (Barham et al. 2003, §2.1.2: only ring 0 can read CR2); the kernel maps a zeroed
; frame with update_va_mapping and returns with hcall iret: two hypervisor entries per fault, as
; the paper counts them (§4.2).
;
; expect: 128 page faults, sum 8128
; exits(pv): exception VEC_PAGE = 128
; hypercalls(pv): update_va_mapping = 128

.paravirt

PAGES     = 128
SYS_EXIT  = 1                   ; r2 = the result
USER_CODE = 0x400000            ; directory slot 1: the program
REGION    = 0x800000            ; directory slot 2: a table with no entries yet

_start:
    ld   r1, [r1 + SI_SHARED_INFO]
    st   r1, [shared]
    li   r1, traps
    hcall set_trap_table
    bne  r0, 0, refused
    li   r1, kstack_top
    hcall stack_switch
    bne  r0, 0, refused

    call kernel_map_on          ; paging on: both boot tables validated (lib/kernel-map.pv.s)

    li   r1, frames             ; exec: a directory, a table for the program, one for the region
    call alloc_from
    mov  r9, r0
    li   r1, frames
    call alloc_from
    mov  r10, r0
    li   r1, frames
    call alloc_from
    mov  r11, r0
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

    li   r1, 0                  ; seal: one batch of three read-only mappings, one of three ops
    mov  r2, r9
    call readonly
    li   r1, 1
    mov  r2, r10
    call readonly
    li   r1, 2
    mov  r2, r11
    call readonly
    li   r1, updates
    li   r2, 3
    li   r3, 0
    hcall mmu_update
    bne  r0, 0, refused
    li   r1, MMUEXT_PIN_L1_TABLE
    st   r1, [ext_ops + 0 * mmuext_op_size + mmuext_op.cmd]
    st   r1, [ext_ops + 1 * mmuext_op_size + mmuext_op.cmd]
    shr  r1, r10, 12
    st   r1, [ext_ops + 0 * mmuext_op_size + mmuext_op.arg1]
    shr  r1, r11, 12
    st   r1, [ext_ops + 1 * mmuext_op_size + mmuext_op.arg1]
    li   r1, MMUEXT_NEW_BASEPTR ; the directory: validated, pinned while it is the base
    st   r1, [ext_ops + 2 * mmuext_op_size + mmuext_op.cmd]
    shr  r1, r9, 12
    st   r1, [ext_ops + 2 * mmuext_op_size + mmuext_op.arg1]
    li   r1, ext_ops
    li   r2, 3
    call mmuext
    ; into the process: an iret to USER_CODE in user mode
    li   r1, USER_CODE + PAGE_SIZE
    push r1
    li   r1, FLAG_U
    push r1
    li   r1, USER_CODE
    push r1
    li   r1, PAGES
    hcall iret

; readonly: r1 = a slot of `updates`, r2 = a frame: the request that maps it read-only in the
; kernel's table. Clobbers r1, r3.
readonly:
    shl  r1, r1, 3
    add  r1, r1, updates
    shr  r3, r2, 12
    shl  r3, r3, 2
    add  r3, r3, kernel_table
    st   r3, [r1 + mmu_update.ptr]
    or   r3, r2, PTE_P
    st   r3, [r1 + mmu_update.val]
    ret

; mmuext: r1, r2 = mmuext_op requests and how many; the machine ends if the hypervisor refuses.
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

; A page fault, bounced by the hypervisor with its address and code in shared_info: a first
; touch in the region gets a zeroed frame, mapped by update_va_mapping; anything else ends the
; machine.
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
    bltu r3, REGION, bad_fault
    bgeu r3, REGION + PAGES * PAGE_SIZE, bad_fault
    li   r1, frames
    call alloc_from
    or   r2, r0, PTE_P | PTE_W | PTE_U
    and  r1, r3, PTE_FRAME
    li   r3, UVMF_INVLPG
    hcall update_va_mapping
    bne  r0, 0, refused
    ld   r1, [faults]
    add  r1, r1, 1
    st   r1, [faults]
    pop  r3
    pop  r2
    pop  r1
    pop  r0
    hcall iret

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
    jmp  exit

; The program, the same bytes as in pagefault.s, run at USER_CODE (jumps add RELOC): r1 = how many pages. Page i
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

.include "../../examples/pv/lib/console.s"
.include "lib/frames.s"
.include "lib/kernel-map.pv.s"

.data
traps:        .byte VEC_SYSCALL, 3      ; struct trap_info: a direct trap (DPL 3, no TI_IF)
              .half 0
              .word on_syscall
              .byte VEC_PAGE, TI_IF     ; page faults bounce, events masked
              .half 0
              .word on_page_fault
              .space trap_info_size     ; the end
shared:       .word 0
updates:      .space 3 * mmu_update_size
ext_ops:      .space 3 * mmuext_op_size
faults:       .word 0
frames:       .space (LIST_MAX + 1) * 4
msg1:         .asciz " page faults, sum "
newline:      .asciz "\n"
fault_msg:    .asciz "unexpected page fault\n"
refused_msg:  .asciz "the hypervisor refused a page-table update\n"
              .align 4
              .space 256
kstack_top:
.align 4096
kernel_table:   .space 4096
boot_directory: .space 4096
pool:
