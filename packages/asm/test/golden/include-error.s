; The error is in the included file, and is reported there.
_start:
    nop
.include "inc/console.s"
