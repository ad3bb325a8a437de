/* article_text.c: the text an external program gets for an article: a short header and the rendered body. */
#include "config.h"

#include <string.h>

#include "cmd/article_text.h"
#include "text/render.h"
#include "text/sanitize.h"
#include "util/buf.h"
#include "util/date.h"

static void
header(struct buf *b, const char *name, const char *value)
{
	if (!value || !*value)
		return;
	buf_printf(b, "%s: ", name);
	text_sanitize_buf(b, value, strlen(value), 0);
	buf_putc(b, '\n');
}

char *
article_text(const struct store_item *it)
{
	struct buf b = BUF_INIT;
	char date[DATE_ISO_LEN];
	int64_t when = it->item.published != DATE_NONE ? it->item.published : it->item.updated;
	/* the names stay English: programs read them */
	header(&b, "Title", it->item.title);
	header(&b, "Feed", it->feed_title ? it->feed_title : it->feed_url);
	header(&b, "Author", it->item.author);
	if (when != DATE_NONE && date_format_iso(when, date) == 0)
		header(&b, "Date", date);
	header(&b, "Link", it->item.link);
	const char *html = it->article_html ? it->article_html
			 : it->item.content ? it->item.content : it->item.summary;
	if (html && *html) {
		buf_putc(&b, '\n');
		struct text_doc *d = text_render_html(html, strlen(html), it->item.link, ARTICLE_TEXT_WIDTH);
		text_doc_write(d, &b, TEXT_WRITE_LINKS);
		text_doc_free(&d);
	}
	return buf_take(&b);
}
