# src/text: (not built yet) defines TEXT_LIB = src/text/libtext.a and its subcommands.
