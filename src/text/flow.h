/* flow.h: the width-independent form of a rendered document (private to src/text). */
#ifndef TIDINGS_FLOW_H
#define TIDINGS_FLOW_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "text/render.h"
#include "util/buf.h"

enum flow_kind {
	FLOW_PARA,    /* wrapped text; '\n' inside is a hard line break */
	FLOW_HEADING, /* wrapped, with blank lines around */
	FLOW_PRE,     /* verbatim lines, never wrapped */
	FLOW_RULE,    /* hr: a line across the width */
};

struct flow_run {
	size_t off, len; /* in flow.text */
	unsigned style;
	int link;
};

struct flow_block {
	enum flow_kind kind;
	int level;                 /* heading level */
	size_t off, len;           /* the text, in flow.text */
	size_t run, nruns;         /* its runs, in flow.runs */
	size_t pfx1_off, pfx1_len; /* prefix of the first line (quote bars, bullet) */
	size_t pfx2_off, pfx2_len; /* prefix of the other lines */
	unsigned pfx_style;
	size_t quotes;             /* quote bars in the prefix */
	bool blank_before;
	/* a table row: which table (0: not a row) and where its cells after
	 * the first start (offsets in flow.text right after each
	 * FLOW_CELL_SEP, in flow.seps; after an empty first cell the
	 * separator has no leading space) */
	unsigned table;
	size_t sep, nseps;
	size_t span, nspans;       /* its cells' spans, in flow.spans */
};

/* How many columns and rows a table cell takes (colspan, rowspan: 1-64). */
struct flow_span {
	unsigned char cols, rows;
};

/* What parts the cells of a table row in flow.text. */
#define FLOW_CELL_SEP " \xe2\x94\x82 "
#define FLOW_CELL_SEP_LEN 5

struct text_flow {
	struct buf text;           /* the blocks' text, one after the other */
	struct buf pfx;            /* the blocks' prefixes */
	struct flow_block *blocks;
	size_t nblocks, blocks_cap;
	struct flow_run *runs;
	size_t nruns, runs_cap;
	struct text_link *links;
	size_t nlinks, links_cap;
	size_t *seps;              /* table rows' cell separators (flow_block.sep) */
	size_t nseps, seps_cap;
	struct flow_span *spans;   /* table cells' spans (flow_block.span) */
	size_t nspans, spans_cap;
};

/* Build the flow of the subtree at node (the node itself included) from a
 * parsed document. base resolves links; flags are enum text_flags. */
struct text_flow *flow_from_node(xmlNode *node, const char *base, unsigned flags);
/* The document's <base href> resolved against base, or a copy of base
 * (NULL when neither exists). Caller frees. */
char *flow_doc_base(xmlDoc *doc, const char *base);
/* The flow as extraction text: blocks on their own lines, separated by a
 * blank line, nothing wrapped. */
void flow_write_plain(const struct text_flow *f, struct buf *out);

#endif
