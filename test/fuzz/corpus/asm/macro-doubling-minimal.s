; A macro that invokes itself twice: 2^64 expansions, a hang before the expansion budget.
_start: nop
.macro m
 m
 m
.endm
 m
