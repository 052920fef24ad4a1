; lib/kernel-map.s: paging on for the unmodified paging workloads: the kernel's page table maps
; the first 1 MiB, frame i at virtual page i, for the supervisor only; boot_directory names it.
; The includer defines kernel_table and boot_directory (page-aligned). Clobbers r1..r3.
kernel_map_on:
    li   r1, 0
1:  shl  r2, r1, 12
    or   r2, r2, PTE_P | PTE_W
    shl  r3, r1, 2
    st   r2, [r3 + kernel_table]
    add  r1, r1, 1
    bltu r1, 256, 1b
    li   r1, kernel_table | PTE_P | PTE_W
    st   r1, [boot_directory]
    li   r1, boot_directory
    mtcr CR_PTB, r1
    ret
