.include "../include-cycle.s"
