"""Loading what the build cache holds without ever running code from it.

The cache is input like any other: it may be damaged, or restored from a shared store
that someone else wrote. Plain `pickle.loads` calls whatever callable a pickle names
(`os.system`, `sys.exit`), so every load from the cache goes through this loader, which
constructs only plain data: the project's own dataclasses and named tuples, built-in
containers, paths and counters. Anything else, or bytes that are no pickle, raises
`DamagedCache`, and the build starts afresh.
"""
from __future__ import annotations

import dataclasses
import io
import pickle

from build_tools import model
from build_tools.store import MissingBlob

# Harmless built-ins and standard classes that the cache's values hold.
_STANDARD = {
    ("builtins", name) for name in ("set", "frozenset", "dict", "list", "tuple", "int", "str",
                                    "bytes", "bool", "float", "complex")
} | {("pathlib", "PosixPath"), ("pathlib", "PurePosixPath"), ("collections", "Counter"),
     ("collections", "defaultdict"), ("collections", "OrderedDict")}
# The build's own containers of indexes and records: each only holds data, and neither its
# constructor nor its __setstate__ touches anything outside itself.
_INDEXES = {("build_tools.state", "BuildState"), ("build_tools.corpus", "Corpus"),
            ("build_tools.corpus", "Briefing"), ("build_tools.corpus", "TopicPairs"),
            ("build_tools.corpus", "TopicShelf"), ("build_tools.enrich.also", "AlsoIndex"),
            ("build_tools.enrich.related", "RelatedIndex")}
_MODEL = "build_tools.model"  # the document model: frozen dataclasses and named tuples, data only


class DamagedCache(MissingBlob):
    """A cached value that is no plain data of ours: damaged, or written to run code."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if (module, name) in _STANDARD or (module, name) in _INDEXES:
            return super().find_class(module, name)
        if module == _MODEL:
            value = getattr(model, name, None)
            if isinstance(value, type) and value.__module__ == _MODEL and (
                    dataclasses.is_dataclass(value) or issubclass(value, tuple)):
                return value
        raise pickle.UnpicklingError(f"{module}.{name} is not data the build cache may hold")


def loads(data: bytes):
    """The value pickled in `data`, if it is plain data; else DamagedCache."""
    try:
        return _Unpickler(io.BytesIO(data)).load()
    except Exception as error:  # anything a damaged or hostile pickle can raise
        raise DamagedCache(f"build cache damaged: {type(error).__name__}: {error}") from None


def load(handle):
    """The value pickled in an open file, if it is plain data; else DamagedCache."""
    try:
        return _Unpickler(handle).load()
    except Exception as error:
        raise DamagedCache(f"build cache damaged: {type(error).__name__}: {error}") from None
