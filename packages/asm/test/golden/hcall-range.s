.paravirt
_start:
    hcall 64
