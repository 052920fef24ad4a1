; runaway-pv.s: a paravirtual kernel that blocks forever on a timer it re-arms each time,
; taking upcalls all the while: --max-steps stops it, exit 70.
;
; max-steps: 10000
; exit: 70

.paravirt

_start:
    ld   r9, [r1 + SI_SHARED_INFO]
    li   r1, on_event
    hcall set_callbacks
    li   r1, EVTCHNOP_bind_virq
    li   r2, bind               ; struct evtchn_bind_virq: VIRQ_TIMER (0) on vCPU 0
    hcall event_channel_op
1:  ld   r1, [r9 + SH_TIME + vcpu_time_info.tsc_timestamp]
    add  r1, r1, 1000000        ; the low word will do: the step limit comes long before 2^32
    li   r2, 0
    hcall set_timer_op
    li   r1, SCHEDOP_block
    hcall sched_op
    jmp  1b

on_event:
    stb  r0, [r9 + SH_UPCALL_PENDING]
    st   r0, [r9 + SH_EVTCHN_PENDING]
    hcall iret

.data
bind: .space evtchn_bind_virq_size
