; pv-hcall-numbers.s: a paravirtual guest calls 300,000 different hypercall numbers. Each is
; -ENOSYS, and pvm's statistics must not grow with them: numbers outside the table share one
; bucket (before, each number became an entry and ten lines of guest grew pvm past 800 MB).
;
; expect: 300000 unknown hypercalls, each -ENOSYS
; hypercalls(pv): total = 300003

.paravirt

_start:
    li    r6, 1000                  ; hypercall number, from past the table
    li    r7, 0                     ; how many answered -ENOSYS
1:  mov   r8, r6
    ; hcall takes its number in the instruction: patch it (the decode cache must notice).
    li    r9, site + 4
    st    r8, [r9]
site:
    hcall 0
    bne   r0, -ENOSYS, 2f
    add   r7, r7, 1
2:  add   r6, r6, 1
    blt   r6, 301000, 1b
    mov   r1, r7
    call  putd
    li    r1, msg
    call  puts
    li    r1, 0
    jmp   exit

.include "../../examples/pv/lib/console.s"

.data
msg:   .asciz " unknown hypercalls, each -ENOSYS\n"
