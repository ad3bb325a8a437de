# man: the manual pages (issue 7); tests/i18n/man.sh keeps them true to the code's tables.
dist_man_MANS += man/tidings.1 man/tidings.conf.5
