# src/store: (not built yet) defines STORE_LIB = src/store/libstore.a and its subcommands.
