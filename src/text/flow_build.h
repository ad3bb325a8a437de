/* flow_build.h: the state of building a flow, and the steps flow.c drives (private). */
#ifndef TIDINGS_FLOW_BUILD_H
#define TIDINGS_FLOW_BUILD_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "text/flow.h"
#include "text/html.h"
#include "util/buf.h"

enum { FB_NONE = 0, FB_BREAK = 1, FB_BLANK = 2 };

enum fb_container_kind { FB_QUOTE, FB_ULIST, FB_OLIST, FB_ITEM, FB_INDENT };

/* What a block's prefix is made of: quote bars, list markers, indents. */
struct fb_container {
	enum fb_container_kind kind;
	long counter;     /* lists: the last number given */
	bool pending;     /* items: the marker is not shown yet */
	char marker[24];  /* items: "• " or "12. " */
};

/* The state an element may change, restored when it closes. */
struct fb_frame {
	unsigned style;
	enum flow_kind kind;
	int level;
	size_t ncont;
	bool link_owner;
	unsigned table;
};

struct flow_builder {
	struct text_flow *f;
	unsigned flags;         /* enum text_flags */
	char *base;             /* resolves links; owned */
	size_t blk_off, blk_run; /* where the open block starts */
	bool space;             /* a collapsed space is pending */
	int margin;             /* FB_* wanted before the next block */
	enum flow_kind kind;
	int level;
	unsigned style;
	int pre, cell, row_cells;
	unsigned table, tables; /* the table rows belong to (0: none); how many began */
	bool row;               /* the open block is a table row */
	size_t blk_sep;         /* the open block's first separator, in flow.seps */
	size_t blk_span;        /* and its first cell's span, in flow.spans */
	size_t pre_col;
	/* the open link: its URL (owned) and where its runs and text start */
	char *link_url;
	size_t link_run, link_text;
	struct fb_container *cont;
	size_t ncont, cont_cap;
	struct fb_frame *stack;
	size_t depth, stack_cap;
	struct buf scratch;
	size_t *slots;          /* link dedup: open addressing, index + 1 */
	size_t nslots;
};

void fb_init(struct flow_builder *b, const char *base, unsigned flags);
/* Close the last block, free the builder and hand over the flow. */
struct text_flow *fb_finish(struct flow_builder *b);

void fb_save(struct flow_builder *b);
void fb_restore(struct flow_builder *b);

/* Put the separator between two cells of a table row (and remember where). */
void fb_cell_sep(struct flow_builder *b);
/* The columns and rows the table cell that starts takes. */
void fb_cell_span(struct flow_builder *b, unsigned cols, unsigned rows);
/* Append bytes as they are, in a style, to the open block. */
void fb_put(struct flow_builder *b, const char *s, size_t n, unsigned style, int link);
/* Add text from the page (sanitized, whitespace collapsed unless in pre). */
void fb_text(struct flow_builder *b, const char *s, size_t n);
/* True at the start of a line or after a space. */
bool fb_at_line_start(const struct flow_builder *b);
/* A pending space (between table cells, flattened blocks). */
void fb_space(struct flow_builder *b);
/* br */
void fb_newline(struct flow_builder *b);
/* End the open block (if it has text) and ask for margin before the next. */
void fb_break(struct flow_builder *b, int margin);
void fb_rule(struct flow_builder *b);
void fb_push_container(struct flow_builder *b, enum fb_container_kind kind, xmlNode *n);
/* A link, image or media URL in the flow's list: its number (1-based); the
 * same kind and URL get the same number. */
int fb_register(struct flow_builder *b, enum text_link_kind kind, const char *url,
		const char *text, size_t text_len);
/* Lists open around the current position (nested lists get no margin). */
bool fb_in_list(const struct flow_builder *b);
bool fb_in_list_outer(const struct flow_builder *b);

void fb_image(struct flow_builder *b, xmlNode *n);
void fb_media(struct flow_builder *b, xmlNode *n, enum html_tag t);
void fb_link_open(struct flow_builder *b, xmlNode *n);
void fb_link_close(struct flow_builder *b);

#endif
