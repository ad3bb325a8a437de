# src/cmd: the command language: settings table and config reader (actions and keys later).
CMD_LIB = src/cmd/libcmd.a
noinst_LIBRARIES += src/cmd/libcmd.a
src_cmd_libcmd_a_SOURCES = \
	src/cmd/conffile.c src/cmd/conffile.h \
	src/cmd/options.c src/cmd/options.h \
	src/cmd/share.c src/cmd/share.h
# the subcommands built on it
src_tidings_SOURCES += src/cli/share.c
# the action table, keys and bindings, and refreshing inside the loop (issue 5, the interface)
src_cmd_libcmd_a_SOURCES += \
	src/cmd/act.h src/cmd/act_items.c \
	src/cmd/actions.c src/cmd/actions.h \
	src/cmd/keys.c src/cmd/keys.h src/cmd/keys_default.c \
	src/cmd/refresh_job.c src/cmd/refresh_job.h
