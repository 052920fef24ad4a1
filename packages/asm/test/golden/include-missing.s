_start:
    nop
.include "inc/no-such-file.s"
