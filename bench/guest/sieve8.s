; sieve8.s: the sieve of Eratosthenes to 8,000,000 (about 87 M instructions) over a byte array
; (0 = still a candidate),
; then a count of the primes. Needs 9 MiB of memory: `pvm run bench/guest/sieve8.s --mem 10M`.
; The bench runs the same algorithm in JavaScript over a Uint8Array beside it.
;
; It prints 539777.

N = 8000000

.include "lib/sieve.s"
