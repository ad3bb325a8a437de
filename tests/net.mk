# tests of src/net.
