; A line that does not parse still defines its label: one error, not one per use.
_start:
loop: li r1, (3
    jmp  loop
    jmp  loop
