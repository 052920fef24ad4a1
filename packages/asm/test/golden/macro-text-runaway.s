; Each level passes its argument four times over: the text grows 4x per level.
.macro grow a
    grow \a\a\a\a
.endm
_start:
    grow x
