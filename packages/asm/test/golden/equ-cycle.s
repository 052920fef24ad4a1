; Three .equs that need each other.
A = B + 1
B = C * 2
C = A - 3
_start:
    li   r1, A
