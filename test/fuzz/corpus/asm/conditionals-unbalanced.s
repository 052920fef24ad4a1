.endif
.else
.ifdef X
.else
.else
_start: nop
.ifndef Y
.ifdef
