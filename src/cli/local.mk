# src/cli and main: the tidings binary; one file per subcommand.
src_tidings_SOURCES = \
	src/main.c \
	src/cli/cli.h src/cli/commands.c \
	src/cli/json_item.c src/cli/json_item.h \
	src/cli/parse.c
# Libraries in dependency order: a layer before the ones it uses.
TIDINGS_LAYERS = \
	src/parse/libparse.a \
	src/model/libmodel.a \
	src/util/libutil.a
TIDINGS_LIBS = $(XML_LIBS) $(JSONC_LIBS) $(LIBINTL)
src_tidings_LDADD = $(TIDINGS_LAYERS) $(TIDINGS_LIBS)
