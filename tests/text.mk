# tests of src/text.
