# bench: side-by-side benchmarks against newsboat and sfeed (never part of make check).
EXTRA_DIST += bench
