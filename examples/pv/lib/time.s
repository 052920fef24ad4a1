; pv/lib/time.s: reading shared_info's clock, a struct vcpu_time_info, the way Xen's guests do:
; the version, then the fields, then the version again; start over while it is odd (the
; hypervisor is writing) or has changed (it wrote in between). Each routine needs r10 = the
; address of shared_info.

; cycles_now: r1 = low, r2 = high word of the cycle count at the last update (tsc_timestamp).
; Clobbers r0, r3, r4.
cycles_now:
    li   r4, vcpu_time_info.tsc_timestamp
    jmp  time_u64

; ns_now: r1 = low, r2 = high word of system time in nanoseconds at the last update.
; Clobbers r0, r3, r4.
ns_now:
    li   r4, vcpu_time_info.system_time

; time_u64: r1, r2 = the u64 field at offset r4 of the vcpu_time_info, from one update.
time_u64:
    add  r4, r4, r10
1:  ld   r0, [r10 + SH_TIME + vcpu_time_info.version]
    and  r3, r0, 1
    bne  r3, 0, 1b
    ld   r1, [r4 + SH_TIME]
    ld   r2, [r4 + SH_TIME + 4]
    ld   r3, [r10 + SH_TIME + vcpu_time_info.version]
    bne  r3, r0, 1b
    ret

; timer_in: one timer event r1 cycles from the last update (set_timer_op takes an absolute
; time in cycles, low word r1, high word r2). Clobbers r0..r4.
timer_in:
    push r1
    call cycles_now
    pop  r3
    add  r0, r1, r3
    bgeu r0, r1, 1f             ; the low word wrapped: carry into the high word
    add  r2, r2, 1
1:  mov  r1, r0
    hcall set_timer_op
    ret
