; A register name is not a label.
sp:
    nop
