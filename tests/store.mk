# tests of src/store.
