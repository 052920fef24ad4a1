; pv/lib/time.s: reading shared_info's clock, a struct vcpu_time_info, the way Xen's guests do:
; the version, then the fields, then the version again; start over while it is odd (the
; hypervisor is writing) or has changed (it wrote in between). Each routine needs r10 = the
; address of shared_info.

; cycles_now: r1 = low, r2 = high word of the cycle count at the last update (tsc_timestamp).
; Clobbers r0, r3.
cycles_now:
1:  ld   r0, [r10 + SH_TIME + vcpu_time_info.version]
    and  r3, r0, 1
    bne  r3, 0, 1b
    ld   r1, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]
    ld   r2, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp + 4]
    ld   r3, [r10 + SH_TIME + vcpu_time_info.version]
    bne  r3, r0, 1b
    ret

; ns_now: r1 = low, r2 = high word of system time in nanoseconds at the last update.
; Clobbers r0, r3.
ns_now:
1:  ld   r0, [r10 + SH_TIME + vcpu_time_info.version]
    and  r3, r0, 1
    bne  r3, 0, 1b
    ld   r1, [r10 + SH_TIME + vcpu_time_info.system_time]
    ld   r2, [r10 + SH_TIME + vcpu_time_info.system_time + 4]
    ld   r3, [r10 + SH_TIME + vcpu_time_info.version]
    bne  r3, r0, 1b
    ret

; timer_in: one timer event r1 cycles from the last update (set_timer_op takes an absolute
; time in cycles, low word r1, high word r2). Clobbers r0..r4.
timer_in:
    mov  r4, r1
    call cycles_now
    add  r0, r1, r4
    bgeu r0, r1, 1f             ; the low word wrapped: carry into the high word
    add  r2, r2, 1
1:  mov  r1, r0
    hcall set_timer_op
    ret
