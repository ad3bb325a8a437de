# tests of src/parse (the lead's area).
include tests/parse-big.mk
