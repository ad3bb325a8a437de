# src/model: the plain structs of the parse -> store contract.
noinst_LIBRARIES += src/model/libmodel.a
src_model_libmodel_a_SOURCES = src/model/model.c src/model/model.h
