# src/cmd: the command language: the settings table and the config reader, the
# action table and its one dispatcher, keys and their bindings, share links.
CMD_LIB = src/cmd/libcmd.a
noinst_LIBRARIES += src/cmd/libcmd.a
src_cmd_libcmd_a_SOURCES = \
	src/cmd/conffile.c src/cmd/conffile.h \
	src/cmd/options.c src/cmd/options.h \
	src/cmd/share.c src/cmd/share.h
# the action table, keys and bindings (issue 5, the interface)
src_cmd_libcmd_a_SOURCES += \
	src/cmd/act.h src/cmd/act_items.c \
	src/cmd/actions.c src/cmd/actions.h \
	src/cmd/keys.c src/cmd/keys.h src/cmd/keys_conf.c src/cmd/keys_default.c
# scripting (issue 6): the config language, per-feed settings, macros, exec/pipe, undo, hooks
src_cmd_libcmd_a_SOURCES += \
	src/cmd/act_exec.c src/cmd/act_script.c \
	src/cmd/article_text.c src/cmd/article_text.h \
	src/cmd/colors.c src/cmd/colors.h \
	src/cmd/complete.c src/cmd/complete.h \
	src/cmd/conf_lines.c src/cmd/conf_lines.h \
	src/cmd/confdump.c src/cmd/confdump.h \
	src/cmd/confscan.c src/cmd/confscan.h \
	src/cmd/feedopts.c src/cmd/feedopts.h \
	src/cmd/history.c src/cmd/history.h \
	src/cmd/item_json.c src/cmd/item_json.h \
	src/cmd/hooks.c src/cmd/hooks.h \
	src/cmd/newsboat_conf.c src/cmd/newsboat_conf.h \
	src/cmd/urls_conf.c src/cmd/urls_conf.h
# podcasts: the episode to the player
src_cmd_libcmd_a_SOURCES += src/cmd/act_play.c
