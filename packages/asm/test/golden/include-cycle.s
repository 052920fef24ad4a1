_start:
    nop
.include "inc/cycle.s"
