; lib/kernel-map.pv.s: paging on for the paravirtual paging workloads: the kernel's page table
; as in lib/kernel-map.s, except that the frames of the two boot tables are mapped read-only (the
; hypervisor refuses a table mapped writable); MMUEXT_NEW_BASEPTR validates both and turns paging
; on. The includer defines kernel_table and boot_directory (adjacent, page-aligned) and
; `refused`. Clobbers r0..r3.
kernel_map_on:
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    bltu r2, kernel_table, 2f
    bgeu r2, boot_directory + PAGE_SIZE, 2f
    and  r2, r2, ~PTE_W
2:  shl  r3, r1, 2
    st   r2, [r3 + kernel_table]
    add  r1, r1, 1
    bltu r1, 256, 1b
    li   r1, kernel_table | PTE_P | PTE_W
    st   r1, [boot_directory]
    li   r1, MMUEXT_NEW_BASEPTR
    st   r1, [boot_op + mmuext_op.cmd]
    li   r1, boot_directory / PAGE_SIZE
    st   r1, [boot_op + mmuext_op.arg1]
    li   r1, boot_op
    li   r2, 1
    li   r3, 0
    hcall mmuext_op
    bne  r0, 0, refused
    ret

.data
boot_op: .space mmuext_op_size
.text
