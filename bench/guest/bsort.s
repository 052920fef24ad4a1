; bsort.s: bubble sort of 4,000 words as a student writes it (two loads, a register-register
; compare-and-branch, maybe two stores, per step), then a checksum: the sum of a[i] * (i + 1).
;
; It prints 1858157397.

N = 4000
ARR = 0x80000

_start:
    li   r1, 0
1:  mul  r2, r1, 7919
    remu r2, r2, 10007
    shl  r3, r1, 2
    st   r2, [r3 + ARR]
    add  r1, r1, 1
    blt  r1, N, 1b
    li   r4, N - 1              ; the unsorted part's last index
2:  li   r1, 0
    li   r3, ARR
3:  ld   r2, [r3]
    ld   r5, [r3 + 4]
    ble  r2, r5, 4f
    st   r5, [r3]
    st   r2, [r3 + 4]
4:  add  r3, r3, 4
    add  r1, r1, 1
    blt  r1, r4, 3b
    sub  r4, r4, 1
    bgt  r4, 0, 2b
    li   r1, 0
    li   r7, 0
5:  shl  r3, r1, 2
    ld   r2, [r3 + ARR]
    add  r1, r1, 1
    mul  r2, r2, r1
    add  r7, r7, r2
    blt  r1, N, 5b
    mov  r1, r7
    call putd
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    li   r1, 0
    out  POWER_OFF, r1

.include "../../examples/lib/console.s"
