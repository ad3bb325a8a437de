# src/model: the plain structs of the parse -> store contract, and an item
# written as the JSON of that contract (tidings parse, the tests).
noinst_LIBRARIES += src/model/libmodel.a
src_model_libmodel_a_SOURCES = \
	src/model/json_item.c src/model/json_item.h \
	src/model/model.c src/model/model.h
