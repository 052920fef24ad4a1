; A typo in a mnemonic.
_start:
    li   r1, 1
    addd r1, r1, 2
