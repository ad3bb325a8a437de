/* parse.c: the parser's front: charset decoding, then XML or JSON by the first byte. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "parse/decode.h"
#include "parse/jsonfeed.h"
#include "parse/parse.h"
#include "parse/sax.h"
#include "parse/xmlfix.h"
#include "util/i18n.h"
#include "util/str.h"
#include "util/xalloc.h"

enum kind { KIND_UNKNOWN, KIND_XML, KIND_JSON };

struct parser {
	struct parse_opts opts;
	struct parse_sink sink;
	enum kind kind;
	struct decoder *dec;
	struct xmlfix *fix;
	struct sax *sax;
	struct jsonfeed *json;
	struct buf utf8;  /* decoded bytes not yet handed on */
	struct buf fixed; /* repaired XML for libxml2 */
	bool stopped;
};

void
parse_init(void)
{
	xmlInitParser();
}

struct parser *
parser_new(const struct parse_opts *opts, const struct parse_sink *sink)
{
	struct parser *p = xcalloc(1, sizeof *p);
	p->opts = *opts;
	p->sink = *sink;
	p->dec = decoder_new(opts->charset);
	buf_init(&p->utf8, 0);
	buf_init(&p->fixed, 0);
	return p;
}

void
parser_free(struct parser **pp)
{
	struct parser *p = *pp;
	if (!p)
		return;
	decoder_free(&p->dec);
	xmlfix_free(&p->fix);
	sax_free(&p->sax);
	jsonfeed_free(&p->json);
	buf_free(&p->utf8);
	buf_free(&p->fixed);
	free(p);
	*pp = NULL;
}

/* JSON starts with '{' (after whitespace); anything else is read as XML. */
static void
choose_kind(struct parser *p, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && str_is_space((unsigned char)s[i]))
		i++;
	if (i == n)
		return; /* only whitespace so far (at the end: an empty document) */
	if (i < n && s[i] == '{') {
		p->kind = KIND_JSON;
		p->json = jsonfeed_new(&p->opts, &p->sink);
	} else {
		p->kind = KIND_XML;
		p->fix = xmlfix_new();
		p->sax = sax_new(&p->opts, &p->sink);
	}
}

/* Hand decoded UTF-8 on to the JSON or XML parser. Until the first
 * non-space byte tells which one, the text is held in p->utf8. */
static void
hand_on(struct parser *p, const char *s, size_t n, bool at_end)
{
	if (p->kind == KIND_UNKNOWN) {
		buf_append(&p->utf8, s ? s : "", n);
		choose_kind(p, buf_str(&p->utf8), p->utf8.len);
		if (p->kind == KIND_UNKNOWN)
			return;
		s = buf_str(&p->utf8);
		n = p->utf8.len;
	}
	if (!s)
		s = "";
	if (p->kind == KIND_JSON) {
		jsonfeed_push(p->json, s, n);
	} else {
		xmlfix_push(p->fix, s, n, &p->fixed);
		if (at_end)
			xmlfix_finish(p->fix, &p->fixed);
		if (p->fixed.len && sax_push(p->sax, p->fixed.data, p->fixed.len) == PARSE_STOPPED)
			p->stopped = true;
		buf_reset(&p->fixed);
	}
	buf_reset(&p->utf8);
}

int
parser_push(struct parser *p, const char *data, size_t n)
{
	if (p->stopped)
		return PARSE_STOPPED;
	/* valid UTF-8 goes on in place; only the rest is copied by the decoder */
	size_t direct = decoder_passthrough(p->dec, data, n);
	if (direct) {
		hand_on(p, data, direct, false);
		data += direct;
		n -= direct;
	}
	if (n && !p->stopped) {
		struct buf out = BUF_INIT;
		decoder_push(p->dec, data, n, &out);
		if (out.len)
			hand_on(p, out.data, out.len, false);
		buf_free(&out);
	}
	return p->stopped ? PARSE_STOPPED : PARSE_OK;
}

int
parser_finish(struct parser *p, struct feed_info *feed, const char **why)
{
	static const char empty[] = N_("not a feed (empty document)");
	if (!p->stopped) {
		struct buf out = BUF_INIT;
		decoder_finish(p->dec, &out);
		hand_on(p, out.data, out.len, true);
		buf_free(&out);
	}
	feed_info_init(feed);
	*why = NULL;
	if (p->kind == KIND_JSON)
		return jsonfeed_finish(p->json, feed, why);
	if (p->kind == KIND_XML)
		return sax_finish(p->sax, feed, why);
	*why = empty;
	return PARSE_NOT_FEED;
}
