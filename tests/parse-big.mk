# tests/parse-big.mk: the bounded-memory test of the streaming parser (included from tests/parse.mk).
TESTS += tests/integration/parse-big.sh
EXTRA_DIST += tests/integration/parse-big.sh
