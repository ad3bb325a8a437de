/* i18n.h: the gettext shorthands every user-visible string goes through. */
#ifndef TIDINGS_I18N_H
#define TIDINGS_I18N_H

#include <libintl.h>

#define _(s) gettext(s)
#define N_(s) (s)

#endif
