; Comments start with ';' in pvm, not '#' as in gas for x86 or in shell scripts.
_start:
    li   r1, 5
    add  r1, r1, 1      # count one more
