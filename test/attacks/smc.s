; smc.s: self-modifying code. Each instruction below runs once (so the CPU has decoded and
; cached it), is then rewritten by the guest — a word, a byte, a half, a whole instruction,
; a push onto it, a branch target — and runs again: the new bytes must take effect at once,
; natively, under trap-and-emulate and with hardware assistance (pv: smc-pv.s).
;
; modes: native trap hvm
; expect: st over an immediate: 100 10 20
; expect: stb over an opcode (add becomes sub): 5 0
; expect: sth over half an immediate: 305419896 305441741
; expect: st of a new instruction: 7 9
; expect: push over an instruction: 7 11
; expect: a branch target rewritten: 1 2
; expect: a 12-byte instruction's middle word rewritten: 0 0

.macro show text
.data
9:  .asciz \text
.text
    li   r1, 9b
    call puts
.endm

; print a space and a register (putd clobbers r1..r4: values live in r5 and up)
.macro val reg
    li   r1, ' '
    out  CONSOLE_DATA, r1
    mov  r1, \reg
    call putd
.endm

.macro eol
    li   r1, '\n'
    out  CONSOLE_DATA, r1
.endm

_start:
    show "st over an immediate:"
    li   r6, 0
1:
imm: li  r7, 100
    val  r7
    add  r6, r6, 1
    mul  r2, r6, 10
    st   r2, [imm + 4]
    blt  r6, 3, 1b
    eol

    show "stb over an opcode (add becomes sub):"
    li   r6, 0
    li   r7, 0
1:
op: add  r7, r7, 5
    val  r7
    ldb  r2, [op]
    add  r2, r2, 2              ; add rd, rs, imm is 0x11, sub rd, rs, imm is 0x13
    stb  r2, [op]
    add  r6, r6, 1
    blt  r6, 2, 1b
    eol

    show "sth over half an immediate:"
    li   r6, 0
1:
half: li r7, 0x12345678
    val  r7
    li   r2, 0xabcd
    sth  r2, [half + 4]
    add  r6, r6, 1
    blt  r6, 2, 1b
    eol

    show "st of a new instruction:"
    li   r8, 7
    li   r9, 9
    li   r6, 0
1:
mv: mov  r7, r8
    val  r7
    ld   r1, [tmpl]             ; the bytes of `mov r7, r9`
    st   r1, [mv]
    add  r6, r6, 1
    blt  r6, 2, 1b
    eol

    show "push over an instruction:"
    li   r8, 7
    li   r10, 11
    li   r6, 0
    mov  r12, sp
1:
mv2: mov r7, r8
    val  r7
    li   sp, mv2 + 4            ; the stack pointer in the code: push writes the instruction
    ld   r1, [tmpl + 4]         ; the bytes of `mov r7, r10`
    push r1
    mov  sp, r12
    add  r6, r6, 1
    blt  r6, 2, 1b
    eol

    show "a branch target rewritten:"
    li   r6, 0
1:
br: beq  r0, 0, t1
t1: li   r7, 1
    jmp  2f
t2: li   r7, 2
2:  val  r7
    li   r1, t2
    st   r1, [br + 8]           ; beq r, imm, label: the label is the third word
    add  r6, r6, 1
    blt  r6, 2, 1b
    eol

    show "a 12-byte instruction's middle word rewritten:"
    li   r6, 0
1:  li   r7, 0
mid: beq r6, 0, 2f              ; taken while r6 is 0 ...
    li   r7, 1                  ; (a stale decoded copy would get here on the second pass)
2:  val  r7
    li   r1, 1
    st   r1, [mid + 4]          ; ... then compares with 1: taken again on the second pass
    add  r6, r6, 1
    blt  r6, 2, 1b
    eol
    li   r1, 0
    out  POWER_OFF, r1

tmpl:                           ; never run: the bytes the kernel copies
    mov  r7, r9
    mov  r7, r10

.include "lib/io.s"
