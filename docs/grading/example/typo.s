; typo.s: a kernel whose expectations have typos (docs/grading.md, "The expectation block").
; This kernel prints hi.
;
; expect: hi
; exitz: 0
; modes: native trap
; exits(trap): out CONSOLE_DAT <= 3

_start:
    li   r1, 'h'
    out  CONSOLE_DATA, r1
    li   r1, 'i'
    out  CONSOLE_DATA, r1
    li   r1, '\n'
    out  CONSOLE_DATA, r1
    li   r1, 0
    out  POWER_OFF, r1
