# tests/integration: the real binary on real files, servers and caches.
TESTS += tests/integration/cli.sh
EXTRA_DIST += tests/integration/cli.sh
