; A macro that invokes itself never ends: stopped at 64 levels.
.macro forever
    nop
    forever
.endm
_start:
    forever
