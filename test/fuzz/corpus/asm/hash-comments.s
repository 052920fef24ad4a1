# a comment the gas way
_start: add r1, r1, 1  # x
 li r1, #5
