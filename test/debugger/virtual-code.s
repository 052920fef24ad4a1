; Code that runs at a virtual address of its own, for the debugger's and the tracer's tests:
; an identity map of 1 MiB, and virtual 0x400000 mapped onto the frame of `far`, which is
; called there. Every instruction of far runs at an address 0x3fe000 away from its bytes.
;
; exit: 8

_start:
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    shl  r3, r1, 2
    st   r2, [r3 + table0]
    add  r1, r1, 1
    blt  r1, 256, 1b
    li   r1, table0 | PTE_P | PTE_W
    st   r1, [directory]
    li   r1, table1 | PTE_P | PTE_W
    st   r1, [directory + 4]
    li   r1, far | PTE_P | PTE_W
    st   r1, [table1]
    li   r1, directory
    mtcr CR_PTB, r1
    li   r5, 0x400000
    call r5
back:
    out  POWER_OFF, r2

.align 4096
far:
    li   r2, 7
    call helper
    add  r2, r2, 1
    ret
helper:
    li   r3, 9
    ret

.data
.align 4096
directory: .space 4096
table0:    .space 4096
table1:    .space 4096
