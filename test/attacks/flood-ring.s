; flood-ring.s: a paravirtual kernel floods the console ring. First it claims a producer index
; far ahead of the consumer: a broken ring, whose notification the back end ignores, as
; xenconsoled does. Then it fills the ring and notifies without end: the output cap stops the
; domain at exactly 50 bytes, exit 70.
;
; output-limit: 50
; expect: flood!!!!
; expect: flood!!!!
; expect: flood!!!!
; expect: flood!!!!
; expect: flood!!!!
; exit: 70
; hypercalls(pv): event_channel_op = 2

.paravirt

_start:
    ld   r9, [r1 + SI_CONSOLE_RING]
    ld   r8, [r1 + SI_CONSOLE_EVTCHN]
    add  r1, r9, XENCONS_OUT    ; fill the output ring with "flood!!!!\n"
    add  r2, r1, XENCONS_OUT_SIZE - 8
    li   r3, line
1:  ld   r4, [r3]
    st   r4, [r1]
    ld   r4, [r3 + 4]
    st   r4, [r1 + 4]
    ldh  r4, [r3 + 8]
    sth  r4, [r1 + 8]
    add  r1, r1, 10
    blt  r1, r2, 1b
    st   r8, [send + evtchn_send.port]
    li   r1, 0x7fffffff         ; "two billion bytes are waiting": ignored
    st   r1, [r9 + XENCONS_OUT_PROD]
    li   r1, EVTCHNOP_send
    li   r2, send
    hcall event_channel_op
    li   r1, XENCONS_OUT_SIZE - 8   ; the ring full of floods
    st   r1, [r9 + XENCONS_OUT_PROD]
2:  li   r1, EVTCHNOP_send
    li   r2, send
    hcall event_channel_op
    jmp  2b

.data
send: .space evtchn_send_size
line: .ascii "flood!!!!\n"
