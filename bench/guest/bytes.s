; bytes.s: a byte loop as a student writes it. Fill 1 MiB with letters (a space where the
; formula gives 26), then count the spaces and the letter e, 8 times over, one ldb and two
; compare-and-branches a byte. Prints e + 7 * spaces. Needs 4 MiB: `--mem 4M`.
;
; It prints 2097152.

N = 1048576
TEXT = 0x100000
REPS = 8

_start:
    li   r2, 0
1:  mul  r3, r2, 7
    shr  r4, r2, 5
    add  r3, r3, r4
    remu r3, r3, 27
    add  r5, r3, 97
    bne  r3, 26, 2f
    li   r5, 32
2:  stb  r5, [r2 + TEXT]
    add  r2, r2, 1
    blt  r2, N, 1b
    li   r6, 0                  ; e
    li   r7, 0                  ; spaces
    li   r8, 0                  ; passes
3:  li   r2, 0
4:  ldb  r1, [r2 + TEXT]
    bne  r1, ' ', 5f
    add  r7, r7, 1
    jmp  6f
5:  bne  r1, 'e', 6f
    add  r6, r6, 1
6:  add  r2, r2, 1
    blt  r2, N, 4b
    add  r8, r8, 1
    blt  r8, REPS, 3b
    mul  r7, r7, 7
    add  r1, r6, r7
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    li   r1, 0
    out  POWER_OFF, r1

.include "../../examples/lib/console.s"
