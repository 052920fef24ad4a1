; Helpers for the console.
putc:
    out  CONSOL_DATA, r1
    ret
