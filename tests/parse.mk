# tests of src/parse (the lead's area).
