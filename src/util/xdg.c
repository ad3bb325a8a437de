/* xdg.c: XDG base directory lookup and mkdir -p for the directories of a file. */
#include "config.h"

#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/xalloc.h"
#include "util/xdg.h"

static const char *
home_dir(void)
{
	const char *h = getenv("HOME");
	if (h && *h)
		return h;
	struct passwd *pw = getpwuid(getuid());
	return pw && pw->pw_dir ? pw->pw_dir : "/";
}

char *
xdg_path(enum xdg_kind kind, const char *name)
{
	static const struct { const char *env, *fallback; } base[] = {
		[XDG_CONFIG] = { "XDG_CONFIG_HOME", ".config" },
		[XDG_DATA] = { "XDG_DATA_HOME", ".local/share" },
		[XDG_STATE] = { "XDG_STATE_HOME", ".local/state" },
	};
	const char *dir = getenv(base[kind].env);
	/* the spec: a relative path in these variables is invalid, ignore it */
	if (dir && dir[0] == '/')
		return xasprintf("%s/tidings/%s", dir, name);
	return xasprintf("%s/%s/tidings/%s", home_dir(), base[kind].fallback, name);
}

int
mkdir_parents(const char *path)
{
	char *p = xstrdup(path);
	char *slash = strrchr(p, '/');
	int rc = 0;
	if (!slash || slash == p) {
		free(p);
		return 0;
	}
	*slash = '\0';
	for (char *q = p + 1; rc == 0; q++) {
		if (*q != '/' && *q != '\0')
			continue;
		char c = *q;
		*q = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST)
			rc = -1;
		*q = c;
		if (c == '\0')
			break;
	}
	free(p);
	return rc;
}
