; Each level passes its argument four times over: 4^n text, killed the process at 4.2 GB.
.macro m a
 m \a\a\a\a
.endm
_start: m x
