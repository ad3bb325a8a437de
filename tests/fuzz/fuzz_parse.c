/* fuzz_parse.c: libFuzzer target for the feed parser, fed in chunks of varying size. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "parse/parse.h"
#include "util/utf8.h"

/*
 * The first input byte is not part of the document: it chooses how the rest
 * is handed to the parser, so the fuzzer can move chunk boundaries and
 * options independently of the bytes. (bench/fuzz.sh prefixes the corpus
 * files with such a byte before using them as seeds.)
 *
 *   bits 0-2  chunk plan: whole, 1, 2, 3, 7, 64, 4093 bytes, or pseudo-random 1..256
 *   bits 3-5  charset override (mostly none: the override is the rarer case)
 *   bit  6    a base URL for relative links
 *   bit  7    the sink asks to stop at the second item; the parser is then
 *             abandoned without parser_finish, as a caller that gives up would
 *
 * Every run is repeated with the whole document in one push and the two
 * results must agree: the poller hands bytes over as they arrive, so a
 * result that depends on where the network split the stream is a bug even
 * when nothing crashes.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const charsets[8] = {
	NULL, NULL, NULL, NULL, "windows-1252", "ISO-8859-1", "UTF-16", "x-no-such-charset",
};

static const size_t fixed_chunks[7] = { 0, 1, 2, 3, 7, 64, 4093 };

struct run {
	uint64_t digest;   /* FNV-1a over everything the parser reported */
	unsigned items;
	unsigned stop_at;  /* 0: never stop */
	FILE *dump;        /* when set, every field is also written here as text */
};

static void
mix(struct run *r, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++) {
		r->digest ^= b[i];
		r->digest *= 0x100000001b3ULL;
	}
}

/* A string the parser hands out must be valid UTF-8 (the model's contract). */
static void
mix_str(struct run *r, const char *what, const char *s)
{
	if (r->dump)
		fprintf(r->dump, "%s: %s\n", what, s ? s : "(null)");
	if (!s) {
		mix(r, "\xff", 1);
		return;
	}
	size_t n = strlen(s);
	if (!utf8_valid(s, n)) {
		fprintf(stderr, "fuzz_parse: %s is not valid UTF-8\n", what);
		abort();
	}
	mix(r, s, n + 1);
}

static void
mix_item(struct run *r, const struct item *it)
{
	mix_str(r, "item id", it->id);
	mix_str(r, "item title", it->title);
	mix_str(r, "item link", it->link);
	mix_str(r, "item author", it->author);
	mix(r, &it->published, sizeof it->published);
	mix(r, &it->updated, sizeof it->updated);
	mix_str(r, "item summary", it->summary);
	mix_str(r, "item content", it->content);
	for (size_t i = 0; i < it->n_enclosures; i++) {
		if (!it->enclosures[i].url) {
			fprintf(stderr, "fuzz_parse: enclosure without a url\n");
			abort();
		}
		mix_str(r, "enclosure url", it->enclosures[i].url);
		mix_str(r, "enclosure type", it->enclosures[i].type);
		mix(r, &it->enclosures[i].length, sizeof it->enclosures[i].length);
	}
	for (size_t i = 0; i < it->n_categories; i++)
		mix_str(r, "category", it->categories[i]);
}

static int
sink_item(void *ctx, const struct feed_info *feed, struct item *it)
{
	struct run *r = ctx;
	mix_str(r, "feed title so far", feed->title);
	mix_item(r, it);
	/* The sink may move fields out: take one, as the store would. */
	free(it->title);
	it->title = NULL;
	r->items++;
	return r->stop_at && r->items >= r->stop_at;
}

static size_t
next_chunk(uint8_t ctl, uint32_t *rng, size_t left)
{
	unsigned plan = ctl & 7u;
	size_t n;
	if (plan < 7) {
		n = fixed_chunks[plan];
	} else {
		*rng ^= *rng << 13; /* xorshift32: deterministic per input */
		*rng ^= *rng >> 17;
		*rng ^= *rng << 5;
		n = 1 + *rng % 256;
	}
	return n == 0 || n > left ? left : n;
}

/* Parse doc[0..size) in the chunks ctl asks for; returns the digest. */
static uint64_t
parse_once(uint8_t ctl, const uint8_t *doc, size_t size, FILE *dump)
{
	struct parse_opts opts = {
		charsets[(ctl >> 3) & 7],
		ctl & 0x40 ? "http://example.org/dir/feed.xml" : NULL,
	};
	struct run r = { 0xcbf29ce484222325ULL, 0, ctl & 0x80 ? 2 : 0, dump };
	struct parse_sink sink = { &r, sink_item };
	struct parser *p = parser_new(&opts, &sink);
	uint32_t rng = 0x9e3779b9u ^ (uint32_t)size ^ ((uint32_t)ctl << 24);
	size_t off = 0;
	int rc = PARSE_OK;
	while (off < size && rc == PARSE_OK) {
		size_t n = next_chunk(ctl, &rng, size - off);
		rc = parser_push(p, (const char *)doc + off, n);
		off += n;
	}
	mix(&r, &rc, sizeof rc);
	if (dump)
		fprintf(dump, "push: %d\n", rc);
	if (rc == PARSE_OK) {
		struct feed_info feed;
		const char *why = NULL;
		rc = parser_finish(p, &feed, &why);
		mix(&r, &rc, sizeof rc);
		mix(&r, &feed.format, sizeof feed.format);
		if (dump)
			fprintf(dump, "finish: %d (%s), format %d\n", rc, why ? why : "", (int)feed.format);
		mix_str(&r, "feed title", feed.title);
		mix_str(&r, "feed link", feed.link);
		mix_str(&r, "feed description", feed.description);
		/* PARSE_STOPPED is the sink's own doing and needs no reason */
		if ((rc == PARSE_NOT_FEED || rc == PARSE_BROKEN) && (!why || !*why)) {
			fprintf(stderr, "fuzz_parse: failure %d without a reason\n", rc);
			abort();
		}
		feed_info_clear(&feed);
	}
	parser_free(&p);
	if (p) {
		fprintf(stderr, "fuzz_parse: parser_free left the pointer set\n");
		abort();
	}
	return r.digest;
}

/* Only after a mismatch: say which field differs, for whoever reads the crash. */
static void
explain(uint8_t ctl, const uint8_t *doc, size_t size)
{
	char *text[2] = { NULL, NULL };
	size_t len[2];
	for (int i = 0; i < 2; i++) {
		FILE *f = open_memstream(&text[i], &len[i]);
		if (!f)
			return;
		parse_once(i ? ctl & ~7u : ctl, doc, size, f);
		fclose(f);
	}
	const char *a = text[0], *b = text[1];
	while (*a && *b) {
		size_t na = strcspn(a, "\n"), nb = strcspn(b, "\n");
		if (na != nb || memcmp(a, b, na) != 0) {
			/* the field's name, then the text around the first difference */
			size_t d = 0, name = strcspn(a, ":");
			while (d < na && d < nb && a[d] == b[d])
				d++;
			size_t from = d > name + 60 ? d - 60 : 0;
			fprintf(stderr, "fuzz_parse: %.*s differs at byte %zu\n", (int)name, a, d);
			fprintf(stderr, "fuzz_parse: chunked:  ...%.*s\nfuzz_parse: one push: ...%.*s\n",
				(int)((na - from) > 160 ? 160 : na - from), a + from,
				(int)((nb - from) > 160 ? 160 : nb - from), b + from);
			break;
		}
		a += na + (a[na] != 0);
		b += nb + (b[nb] != 0);
	}
	free(text[0]);
	free(text[1]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	uint8_t ctl = data[0];
	uint64_t chunked = parse_once(ctl, data + 1, size - 1, NULL);
	/* FUZZ_PARSE_NO_COMPARE=1 skips the second parse: for hunting memory
	 * errors at twice the speed once chunk findings are known. */
	if ((ctl & 7) != 0 && !getenv("FUZZ_PARSE_NO_COMPARE")) {
		uint64_t whole = parse_once(ctl & ~7u, data + 1, size - 1, NULL);
		if (whole != chunked) {
			explain(ctl, data + 1, size - 1);
			fprintf(stderr, "fuzz_parse: chunk plan %u gives another result than one push\n",
				ctl & 7u);
			abort();
		}
	}
	return 0;
}
