/* place.h: a download's path, unique among files and other downloads (private to src/download). */
#ifndef TIDINGS_DOWNLOAD_PLACE_H
#define TIDINGS_DOWNLOAD_PLACE_H

#include <stdint.h>

#include "store/downloads.h"

/* dir/name, or dir/name with " (N)" before its extension when a file (or
 * a .part) is there or another of the downloads (others, but self) has
 * that path in any case. Caller frees. */
char *download_place(const char *dir, const char *name, const struct store_downloads *others,
		     int64_t self);

#endif
