_start:
    push 5
