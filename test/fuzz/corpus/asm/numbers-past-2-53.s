; Past 2^53 a double rounds: these must be exact, or an error.
_start: li r1, 9007199254740993 - 9007199254740992
 li r2, 0xffffffffffffffff + 1
 li r3, 18446744073709551616
 li r4, 1 << 100000000000
 li r5, (0xffffffff * 0xffffffff) >> 32
