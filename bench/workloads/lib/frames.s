; lib/frames.s: the frame allocator the paging workloads share (fork, ctxsw, pagefault, and their
; pv twins): frames come from a free list, or else fresh and zeroed from the pool between the
; label `pool` (page-aligned, the end of the kernel's image) and POOL_END. The includer defines
; `pool` and `power_off` (r1 = exit code). Plain loads and stores only, so every mode runs it.

POOL_END  = 0xf0000             ; below the boot stack (native: the top of memory; pv: SI_STACK_TOP)
LIST_MAX  = 32                  ; frames a list holds: word 0 is the count, the frames follow

; alloc_from: r1 = a frame list: r0 = the frame it freed last, as it was left; if the list is
; empty, a fresh frame, zeroed. Clobbers r1..r3.
alloc_from:
    ld   r2, [in_use]
    add  r2, r2, 1
    st   r2, [in_use]
    ld   r2, [r1]
    beq  r2, 0, 1f
    sub  r2, r2, 1
    st   r2, [r1]
    shl  r2, r2, 2
    add  r2, r2, r1
    ld   r0, [r2 + 4]
    ret
1:  ld   r0, [next_frame]
    add  r1, r0, PAGE_SIZE
    li   r2, POOL_END
    bltu r2, r1, out_of_memory
    st   r1, [next_frame]
    li   r2, 0
2:  sub  r1, r1, 4
    st   r2, [r1]
    bne  r1, r0, 2b
    ret

; free_to: r1 = a frame list, r2 = a frame to keep there. Clobbers r3, r4.
free_to:
    ld   r3, [in_use]
    sub  r3, r3, 1
    st   r3, [in_use]
    ld   r3, [r1]
    bgeu r3, LIST_MAX, out_of_memory
    shl  r4, r3, 2
    add  r4, r4, r1
    st   r2, [r4 + 4]
    add  r3, r3, 1
    st   r3, [r1]
    ret

; copy_page: 4096 bytes from r1 to r2 (physical, kernel-virtual). Clobbers r1..r4.
copy_page:
    add  r3, r1, PAGE_SIZE
1:  ld   r4, [r1]
    st   r4, [r2]
    add  r1, r1, 4
    add  r2, r2, 4
    bltu r1, r3, 1b
    ret

out_of_memory:
    li   r1, oom_msg
    call puts
    li   r1, 1
    jmp  power_off

.data
next_frame: .word pool
in_use:     .word 0             ; frames handed out and not yet freed
oom_msg:    .asciz "out of frames\n"
.text
