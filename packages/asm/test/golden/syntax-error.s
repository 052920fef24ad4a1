; A missing comma between operands.
_start:
    li   r1 5
