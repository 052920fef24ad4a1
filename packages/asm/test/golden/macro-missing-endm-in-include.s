; A missing .endm in an included file is reported at the end of that file, and the rest of
; this file is still assembled.
.include "inc/unclosed.s"
_start:
    nop
