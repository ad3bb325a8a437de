/* download_row.h: one row of the downloads list (view_downloads.c draws them through list.h). */
#ifndef TIDINGS_UI_DOWNLOAD_ROW_H
#define TIDINGS_UI_DOWNLOAD_ROW_H

#include <stdbool.h>

#include "download/download.h"

/* Draw d on screen row y: state, a bar, percent, size, speed, the file
 * (or URL) and a failed one's error. live: its bytes and rate now when it
 * runs here (NULL: the cache's numbers, which move once a second). */
void download_row_draw(const struct store_download *d, const struct download_progress *live, int y,
		       int cols, bool selected);

/* What the list and messages call a download: its file's name, else
 * its URL (untrusted: drawn clean). */
const char *download_row_name(const struct store_download *d);

#endif
