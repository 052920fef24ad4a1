; sieve.s: the sieve of Eratosthenes to 2,000,000 over a byte array (0 = still a candidate),
; then a count of the primes. Needs 4 MiB of memory: `pvm run bench/guest/sieve.s --mem 4M`.
; The bench runs the same algorithm in JavaScript over a Uint8Array beside it.
;
; It prints 148933.

N = 2000000

.include "lib/sieve.s"
