; pv/clock.s: shared_info's clock, a struct vcpu_time_info as in Xen. The hypervisor rewrites it
; on every return to the guest: the version goes odd, the fields change, the version goes even.
; So a guest reads it as Xen's guests must: the version, the fields, the version again, and from
; the start again while the version is odd (the hypervisor is writing) or has changed (it wrote
; in between: a hypercall, an upcall, the end of a time slice between two loads). pvm writes all
; of it between two guest instructions, so the version is never odd here; it does change.
;
; The kernel then sleeps on a one-shot timer 26,600 cycles away (set_timer_op takes cycles) and
; reads the clock again. tsc_timestamp counts cycles; system_time counts nanoseconds at the
; clock rate of the CPU the costs come from (--cpu; the default core2 runs at 2.66 GHz), as
; tsc_to_system_mul and tsc_shift say.
;
; expect: one return from the hypervisor moves the version by 2
; expect: slept 26600 cycles
; expect: that is 10000 ns of system time
; expect: so the CPU runs at 2660 MHz
; exits(pv): total = 0

.paravirt

NAP = 26600

_start:
    ld    r10, [r1 + SI_SHARED_INFO]    ; r10 = shared_info
    ld    r6, [r10 + SH_TIME + vcpu_time_info.version]
    li    r1, XENVER_version            ; any hypercall: the clock is rewritten on the way back
    hcall xen_version
    ld    r7, [r10 + SH_TIME + vcpu_time_info.version]
    li    r1, moves_msg
    call  puts
    sub   r1, r7, r6
    call  putd
    li    r1, newline
    call  puts

    li    r2, bind                      ; VIRQ_TIMER on a port, so the timer can wake us
    li    r1, VIRQ_TIMER
    st    r1, [r2 + evtchn_bind_virq.virq]
    li    r1, EVTCHNOP_bind_virq
    hcall event_channel_op
    call  read
    mov   r8, r4                        ; r8 = cycles, r9 = ns, before
    mov   r9, r5
    li    r1, NAP                       ; lib/time.s: set_timer_op at now + NAP
    call  timer_in
    li    r1, SCHEDOP_block             ; sleep until the timer's event
    hcall sched_op
    call  read
    sub   r6, r4, r8                    ; r6 = cycles slept
    sub   r7, r5, r9                    ; r7 = ns slept
    li    r1, slept_msg
    call  puts
    mov   r1, r6
    call  putd
    li    r1, cycles_msg
    call  puts
    mov   r1, r7
    call  putd
    li    r1, ns_msg
    call  puts
    mul   r1, r6, 1000                  ; cycles per microsecond
    divu  r1, r1, r7
    call  putd
    li    r1, mhz_msg
    call  puts
    li    r1, 0
    jmp   exit

; read: r4 = the cycle count, r5 = system time in ns (low words), from one consistent update.
; Clobbers r0, r3.
read:
1:  ld    r0, [r10 + SH_TIME + vcpu_time_info.version]
    and   r3, r0, 1
    bne   r3, 0, 1b                     ; odd: the hypervisor is writing it
    ld    r4, [r10 + SH_TIME + vcpu_time_info.tsc_timestamp]
    ld    r5, [r10 + SH_TIME + vcpu_time_info.system_time]
    ld    r3, [r10 + SH_TIME + vcpu_time_info.version]
    bne   r3, r0, 1b                    ; it changed while we read: the fields may not match
    ret

.include "lib/console.s"
.include "lib/time.s"

.data
            .align 4
bind:       .space evtchn_bind_virq_size
moves_msg:  .asciz "one return from the hypervisor moves the version by "
newline:    .asciz "\n"
slept_msg:  .asciz "slept "
cycles_msg: .asciz " cycles\nthat is "
ns_msg:     .asciz " ns of system time\nso the CPU runs at "
mhz_msg:    .asciz " MHz\n"
