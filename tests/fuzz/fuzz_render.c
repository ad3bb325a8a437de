/* fuzz_render.c: libFuzzer target for the HTML renderer and its layout. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/render.h"
#include "util/utf8.h"
#include "util/width.h"

/*
 * The first input byte chooses the options, the rest is the HTML:
 *   bits 0-5  width: 0 (no wrapping) or 8..70 columns
 *   bit  6    a base URL for relative links
 *   bit  7    render without link numbers and placeholders
 * Whatever the page, every span must be valid UTF-8 with no control
 * character, every link number must name a link, link URLs and texts
 * must be clean too, every line must know its own width, and the same flow
 * laid out again must come out the same.
 */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check_span(const struct text_span *sp, size_t nlinks)
{
	if (!utf8_valid(sp->text, sp->len))
		abort();
	for (size_t i = 0; i < sp->len; i++) {
		unsigned char c = (unsigned char)sp->text[i];
		if (c < 0x20 || c == 0x7F)
			abort();
		if (c == 0xC2 && i + 1 < sp->len && (unsigned char)sp->text[i + 1] < 0xA0)
			abort(); /* U+0080..U+009F */
	}
	if (sp->link < 0 || (size_t)sp->link > nlinks)
		abort();
}

static uint64_t
digest(const struct text_doc *d)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < d->nlines; i++) {
		size_t w = 0;
		for (size_t s = 0; s < d->lines[i].nspans; s++) {
			const struct text_span *sp = &d->lines[i].spans[s];
			check_span(sp, d->nlinks);
			w += width_str(sp->text, sp->len);
			for (size_t k = 0; k < sp->len; k++)
				h = (h ^ (unsigned char)sp->text[k]) * 1099511628211ull;
			h = (h ^ sp->style) * 1099511628211ull;
		}
		h = (h ^ '\n') * 1099511628211ull;
		if (w != d->lines[i].width)
			abort();
	}
	return h;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned ctl = data[0];
	int width = (ctl & 63) == 0 ? 0 : 8 + (int)(ctl & 63) % 63;
	const char *base = (ctl & 64) ? "http://example.org/dir/page.html" : NULL;
	unsigned flags = (ctl & 128) ? TEXT_NO_MARKERS : 0;
	struct text_flow *f = text_flow_from_html((const char *)data + 1, size - 1, base, flags);
	struct text_doc *a = text_layout(f, width), *b = text_layout(f, width);
	if (digest(a) != digest(b))
		abort();
	for (size_t i = 0; i < a->nlinks; i++) {
		const struct text_link *l = &a->links[i];
		if (l->n != (int)i + 1 || !l->url || !l->text)
			abort();
		struct text_span u = { l->url, strlen(l->url), 0, 0 }, t = { l->text, strlen(l->text), 0, 0 };
		check_span(&u, a->nlinks);
		check_span(&t, a->nlinks);
	}
	struct buf out = BUF_INIT;
	text_doc_write(a, &out, TEXT_WRITE_LINKS);
	buf_free(&out);
	text_doc_free(&a);
	text_doc_free(&b);
	text_flow_free(&f);
	return 0;
}
