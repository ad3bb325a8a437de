# bench: side-by-side benchmarks against newsboat and sfeed (never part of make check).
EXTRA_DIST += bench
# bench/node_modules (npm, for bench/extract.sh) is never shipped.
dist-hook:
	rm -rf "$(distdir)/bench/node_modules"
