; A typo in a directive.
_start:
    nop
.data
table: .wrod 1, 2, 3
