_start:
    nop
.data
.ascii "tab\q"
