; paging.s: hostile page tables and accesses, natively, under shadow paging (trap) and nested
; paging (hvm). Every one is a fault the kernel sees, with the right error code, or a
; consistent translation, never a host error: user mode reading and writing a supervisor page,
; user mode writing a read-only page, the kernel writing a read-only page (supervisor writes
; obey PTE_W), a fetch from a page that is not present, a directory that maps itself as a page
; table (legal: every mode reads the same entry through it), and last a page-table entry naming
; a frame past the end of memory: a memory fault in every mode, which under hvm is first an EPT
; violation (the guest walk reached a guest-physical address outside the domain).
;
; expect: user read of a supervisor page: 5
; expect: user write of a supervisor page: 7
; expect: user write of a read-only page: 7
; expect: kernel write of a read-only page: 3
; expect: fetch from a page not present: 16
; expect: the directory read as a table, entry 0: 1
; expect: a frame past the end of memory: 3
; exits(native): total = 0
; exits(trap): exception VEC_PAGE = 5
; exits(trap): exception VEC_MEMORY = 1
; exits(hvm): EPT_VIOLATION = 1

SUPER = 0x7000                  ; a supervisor page
RDONLY = 0x6000                 ; a user page, read-only
ABSENT = 0x300000               ; nothing maps it
SELF = 0x800000                 ; directory slot 2 names the directory itself
FAR = 0x9000                    ; its entry names a frame past the end of memory

_start:
    li   r1, on_page_fault
    st   r1, [vectors + VEC_PAGE * 4]
    li   r1, on_memory
    st   r1, [vectors + VEC_MEMORY * 4]
    li   r1, vectors
    lvt  r1
    li   r1, kstack_top
    lksp r1
    ; Identity-map the first 1 MiB for user and kernel, then take some pages back.
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W | PTE_U
    shl  r3, r1, 2
    st   r2, [r3 + table]
    add  r1, r1, 1
    blt  r1, 256, 1b
    li   r1, SUPER | PTE_P | PTE_W
    st   r1, [table + (SUPER >> 12) * 4]
    li   r1, RDONLY | PTE_P | PTE_U
    st   r1, [table + (RDONLY >> 12) * 4]
    li   r1, 0x100000 | PTE_P | PTE_W           ; the first frame past 1 MiB of memory
    st   r1, [table + (FAR >> 12) * 4]
    li   r1, table | PTE_P | PTE_W | PTE_U
    st   r1, [directory]
    li   r1, directory | PTE_P | PTE_W
    st   r1, [directory + (SELF >> 22) * 4]
    li   r1, directory
    mtcr CR_PTB, r1

    li   r1, msg_user_read
    li   r2, t1
    jmp  in_user
t1: li   r1, msg_user_write
    li   r2, t2
    jmp  in_user
t2: li   r1, msg_user_ro
    li   r2, t3
    jmp  in_user
t3: li   r1, msg_kernel_ro
    st   r1, [resume_msg]
    li   r1, t4
    st   r1, [resume]
    st   r1, [RDONLY]            ; the kernel, too, obeys PTE_W
t4: li   r1, msg_fetch
    st   r1, [resume_msg]
    li   r1, t5
    st   r1, [resume]
    li   r1, ABSENT
    jmp  r1
t5: ld   r5, [SELF]              ; directory entry 2 -> the directory as a table -> its entry 0's frame
    and  r5, r5, PTE_P
    li   r1, msg_self
    call say
    li   r1, msg_far
    st   r1, [resume_msg]
    li   r1, t6
    st   r1, [resume]
    ld   r1, [FAR]
t6: li   r1, 0
    out  POWER_OFF, r1

; in_user: r1 = the message for the fault, r2 = where the kernel goes on. Runs `user_r`,
; `user_w` or `user_ro` by the message's order, in user mode.
in_user:
    st   r1, [resume_msg]
    st   r2, [resume]
    ld   r3, [which]
    add  r4, r3, 1
    st   r4, [which]
    shl  r3, r3, 2
    ld   r3, [r3 + user_code]
    li   r1, ustack_top
    push r1
    li   r1, FLAG_U
    push r1
    push r3
    iret

user_r:
    ld   r1, [SUPER]
user_w:
    st   r1, [SUPER]
user_ro:
    st   r1, [RDONLY]

; A fault: print its error code, and go on in the kernel where [resume] says.
on_page_fault:
    mfcr r5, CR_FAULT_CODE
    ld   r1, [resume_msg]
    call say
    jmp  go_on
on_memory:
    li   r5, 3                   ; VEC_MEMORY
    ld   r1, [resume_msg]
    call say
go_on:
    li   sp, kstack_top          ; drop the frame: supervisor, back on the kernel stack
    ld   r1, [resume]
    jmp  r1

.include "lib/io.s"

.data
vectors:      .space (VEC_PAGE + 1) * 4
resume:       .word 0
resume_msg:   .word 0
which:        .word 0
user_code:    .word user_r, user_w, user_ro
msg_user_read:  .asciz "user read of a supervisor page: "
msg_user_write: .asciz "user write of a supervisor page: "
msg_user_ro:    .asciz "user write of a read-only page: "
msg_kernel_ro:  .asciz "kernel write of a read-only page: "
msg_fetch:      .asciz "fetch from a page not present: "
msg_self:       .asciz "the directory read as a table, entry 0: "
msg_far:        .asciz "a frame past the end of memory: "
              .align 4
              .space 256
kstack_top:
              .space 256
ustack_top:
.align 4096
directory:    .space 4096
table:        .space 4096
