# src/net: (not built yet) defines NET_LIB = src/net/libnet.a and its subcommands.
