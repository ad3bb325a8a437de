/* prompt.h: the one-line editor on the bottom row (`:` commands, searches, a feed's URL, yes/no questions). */
#ifndef TIDINGS_PROMPT_H
#define TIDINGS_PROMPT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

#define PROMPT_HISTORY 100

enum prompt_kind {
	PROMPT_OFF,
	PROMPT_LINE,  /* a line of text, Enter ends it */
	PROMPT_YESNO, /* one key: y (or Y) is yes, anything else no */
};

enum prompt_result { PROMPT_GOING, PROMPT_DONE, PROMPT_CANCEL };

/* What happens to the answer: text is NULL when cancelled. */
struct ui;
typedef void prompt_done_fn(struct ui *ui, void *ctx, const char *text);

struct prompt {
	enum prompt_kind kind;
	char *label;
	struct buf text;
	size_t cur; /* byte offset of the cursor in text */
	prompt_done_fn *done;
	void *ctx;
	bool use_history;
	char *hist[PROMPT_HISTORY]; /* oldest first */
	size_t nhist, hpos;
	int scroll; /* first column shown of a long line */
};

void prompt_init(struct prompt *p);
void prompt_clear(struct prompt *p);
/* Start asking; label is shown before the text (copied). */
void prompt_start(struct prompt *p, enum prompt_kind kind, const char *label, const char *init,
		  bool history, prompt_done_fn *done, void *ctx);
bool prompt_active(const struct prompt *p);
/* Give a key to the editor. On PROMPT_DONE the answer is prompt_text(p);
 * the caller ends the prompt with prompt_stop. */
enum prompt_result prompt_key(struct prompt *p, int key);
const char *prompt_text(const struct prompt *p);
void prompt_stop(struct prompt *p);
/* Draw on row y; places the cursor. */
void prompt_draw(struct prompt *p, int y, int cols);

#endif
