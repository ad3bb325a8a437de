/* place.c: where downloads go: download-path or the user's download directory, and a path no other download has. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "download/download.h"
#include "download/place.h"
#include "util/str.h"
#include "util/xalloc.h"

static char *
home_path(const char *rest)
{
	const char *home = getenv("HOME");
	return xasprintf("%s/%s", home && *home ? home : ".", rest);
}

/* XDG_DOWNLOAD_DIR="$HOME/..." from user-dirs.dirs, or NULL. */
static char *
xdg_download_dir(void)
{
	const char *cfg = getenv("XDG_CONFIG_HOME");
	char *path = cfg && *cfg == '/' ? xasprintf("%s/user-dirs.dirs", cfg) : home_path(".config/user-dirs.dirs");
	FILE *fp = fopen(path, "r");
	free(path);
	if (!fp)
		return NULL;
	char line[4096];
	char *dir = NULL;
	while (!dir && fgets(line, sizeof line, fp)) {
		if (!str_starts_with(line, "XDG_DOWNLOAD_DIR=\""))
			continue;
		char *v = line + strlen("XDG_DOWNLOAD_DIR=\"");
		char *end = strchr(v, '"');
		if (!end)
			break;
		*end = '\0';
		/* the file's own form: "$HOME/Name" or an absolute path */
		if (str_starts_with(v, "$HOME/"))
			dir = home_path(v + 6);
		else if (v[0] == '/')
			dir = xstrdup(v);
	}
	fclose(fp);
	return dir;
}

char *
download_dir(const struct options *o)
{
	const char *set = options_str(o, OPT_DOWNLOAD_PATH);
	if (set && *set)
		return str_starts_with(set, "~/") ? home_path(set + 2) : xstrdup(set);
	char *xdg = xdg_download_dir();
	char *dir = xdg ? xasprintf("%s/podcasts", xdg) : home_path("Downloads/podcasts");
	free(xdg);
	return dir;
}

static bool
exists(const char *path)
{
	struct stat sb;
	return lstat(path, &sb) == 0;
}

/* Taken: a file is there (finished or partly), or another download has
 * the name (also in another case: a file system may not tell them apart). */
static bool
taken(const char *path, const struct store_downloads *others, int64_t self)
{
	char *part = xasprintf("%s.part", path);
	bool t = exists(path) || exists(part);
	free(part);
	for (size_t i = 0; !t && i < others->n; i++)
		t = others->v[i].id != self && others->v[i].path && strcasecmp(others->v[i].path, path) == 0;
	return t;
}

char *
download_place(const char *dir, const char *name, const struct store_downloads *others, int64_t self)
{
	char *first = xasprintf("%s/%s", dir, name);
	const char *slash = strrchr(first, '/');
	const char *dot = strrchr(slash + 1, '.');
	/* "Name (2).mp3": the number goes before the extension */
	size_t base = dot && dot > slash + 1 ? (size_t)(dot - first) : strlen(first);
	char *path = xstrdup(first);
	for (int n = 2; taken(path, others, self) && n < 10000; n++) {
		free(path);
		path = xasprintf("%.*s (%d)%s", (int)base, first, n, first + base);
	}
	free(first);
	return path;
}
