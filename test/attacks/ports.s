; ports.s: I/O to ports that do not exist — unmapped, past the 256-port bus, negative, huge —
; and device commands with wild values. An unmapped port reads 0xffffffff and ignores
; writes, natively and under trap-and-emulate (where each is still one counted exit);
; the devices answer nonsense with an error status, never a host error.
;
; expect: in port 0x99: -1
; expect: in port 0x100: -1
; expect: in port 0xffffffff: -1
; expect: in port 0x80000000 (by register): -1
; expect: block status after a command with no disk: -5
; expect: block status after command 77: -22
; expect: block data read without a command: 0
; expect: its status: -22
; expect: console status: 2
; exits(trap): in port out of range = 3
; exits(trap): out port out of range = 3

.macro result text
.data
9:  .asciz \text
.text
    mov  r5, r0
    li   r1, 9b
    call say
.endm

_start:
    li   r6, 0x12345678
    out  0x99, r6               ; unmapped: ignored
    li   r2, 0x100              ; past the bus (the assembler refuses such a port constant;
    out  r2, r6                 ; a register can hold anything)
    li   r2, 0xffffffff
    out  r2, r6
    li   r2, 0x80000000
    out  r2, r6
    in   r0, 0x99
    result "in port 0x99: "
    li   r2, 0x100
    in   r0, r2
    result "in port 0x100: "
    li   r2, 0xffffffff
    in   r0, r2
    result "in port 0xffffffff: "
    li   r2, 0x80000000
    in   r0, r2
    result "in port 0x80000000 (by register): "
    li   r1, BLOCK_READ
    out  BLOCK_CMD, r1
    in   r0, BLOCK_STATUS
    result "block status after a command with no disk: "
    li   r1, 77
    out  BLOCK_CMD, r1
    in   r0, BLOCK_STATUS
    result "block status after command 77: "
    in   r0, BLOCK_DATA
    result "block data read without a command: "
    in   r0, BLOCK_STATUS
    result "its status: "
    in   r0, CONSOLE_STATUS
    result "console status: "
    li   r1, 0
    out  POWER_OFF, r1

.include "lib/io.s"
