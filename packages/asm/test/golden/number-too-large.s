; Values are exact integers within ±(2^64 - 1); past that is an error, never rounded.
_start:
    li   r1, 0x1_0000_0000_0000_0000 >> 40
    li   r2, 0xffff_ffff_ffff_ffff * 2
