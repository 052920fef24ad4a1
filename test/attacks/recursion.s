; recursion.s: a kernel that calls itself forever. Its return addresses (0x1008) run down
; through memory until one lands on the call's own target word: the CPU must see that store
; (the call is decoded and cached), so the call now goes to 0x1008, whose bytes are a return
; address, not an instruction. The machine stops there with one line, exit 70, after a
; bounded 261,120 steps — never a hang, never a stale decoded call looping on.
;
; exit: 70
; max-steps: 1000000

_start:
    call _start
