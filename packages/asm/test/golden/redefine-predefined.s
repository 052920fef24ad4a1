; A predefined ABI name cannot be redefined.
CONSOLE_DATA = 0x42
_start:
    nop
