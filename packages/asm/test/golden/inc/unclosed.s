.macro halt_forever
1:  jmp 1b
