"""Blobs and records kept between builds, read and written one by one, in SQLite.

    blobs    key -> bytes: a key names exactly what its bytes were made from (a briefing's
             source hash, say), so a blob never changes once written
    records  name -> bytes: rewritten where they changed; every build reads them all
    meta     the generation of the records, which the build state names too: a build that
             stops between writing the records and the state is seen, and not trusted
"""
from __future__ import annotations

import hashlib
import pickle
import sqlite3
from pathlib import Path
from typing import Any, Iterable

from build_tools.seal import BrokenSeal, seal, unseal

_BATCH = 500  # keys per query: SQLite caps the parameters of one statement
_HELD = 64 * 1024 * 1024  # bytes of new blobs held before they are written


class MissingBlob(KeyError):
    """The store lacks a blob the build state refers to (deleted or damaged by hand)."""


class BlobStore:
    def __init__(self, path: Path | None, key: bytes | None = None):
        """A store in the file `path`, or in memory (None); values sealed with `key` (see
        seal.py), when given, and checked on the way back."""
        self._key = key
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(":memory:" if path is None else str(path), isolation_level=None)
        # One build writes at a time, and a lost write costs a rebuild, not data: no journal to sync.
        self._db.execute("PRAGMA synchronous = OFF")
        self._db.execute("PRAGMA page_size = 16384")  # blobs of kilobytes: fewer overflow pages
        kinds = dict(self._db.execute("SELECT name, type FROM sqlite_master WHERE name IN ('blobs', 'records', 'meta')"))
        if any(kind != "table" for kind in kinds.values()):  # a view or trigger in their place: not ours
            raise sqlite3.DatabaseError("build cache store holds views where its tables belong")
        for table in ("blobs", "records", "meta"):
            # Rowid tables: rows in insertion order hold the large values, the key's index only
            # keys, which makes a first build's commit much faster (PERFORMANCE.md).
            self._db.execute(f"CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY, value BLOB NOT NULL)")
        self._pending: dict[str, bytes] = {}
        self._held = 0

    def get_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        keys = list(dict.fromkeys(keys))
        found = {k: self._pending[k] for k in keys if k in self._pending}
        rest = [k for k in keys if k not in found]
        try:
            for i in range(0, len(rest), _BATCH):
                batch = rest[i:i + _BATCH]
                marks = ",".join("?" * len(batch))
                found.update((k, self._unsealed(k, v)) for k, v in
                             self._db.execute(f"SELECT key, value FROM blobs WHERE key IN ({marks})", batch))
        except sqlite3.DatabaseError as error:
            raise MissingBlob(f"build cache unreadable: {error}") from error
        missing = [k for k in keys if k not in found]
        if missing:
            raise MissingBlob(f"build cache lacks {len(missing)} blobs, e.g. {missing[0]}")
        return found

    def get(self, key: str) -> bytes:
        return self.get_many([key])[key]

    def put(self, key: str, value: bytes) -> None:
        """Written by `commit`, or before once many are held (a first build makes hundreds of
        megabytes: held, they would add to its peak memory). A blob written early is harmless:
        no saved state names its key until the state that does is written."""
        self._pending[key] = value
        self._held += len(value)
        if self._held > _HELD:
            self.commit()

    def add(self, prefix: str, value: bytes) -> str:
        """Put a blob under a key made from its content; the key."""
        key = f"{prefix}/{hashlib.blake2b(value, digest_size=12).hexdigest()}"
        self.put(key, value)
        return key

    def records(self) -> dict[str, bytes]:
        try:
            return {k: self._unsealed(f"record/{k}", v) for k, v in self._db.execute("SELECT key, value FROM records")}
        except sqlite3.DatabaseError as error:
            raise MissingBlob(f"build cache unreadable: {error}") from error

    def generation(self) -> int | None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None

    def commit(self, records: dict[str, bytes | None] | None = None, generation: int | None = None) -> None:
        """Write what was put, the changed records (None: deleted) and their generation, in
        one transaction."""
        records = records or {}
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO blobs VALUES (?, ?)",
                                 ((k, self._sealed(k, v)) for k, v in self._pending.items()))
            self._db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?)",
                                 ((k, self._sealed(f"record/{k}", v)) for k, v in records.items() if v is not None))
            self._db.executemany("DELETE FROM records WHERE key = ?", ((k,) for k, v in records.items() if v is None))
            if generation is not None:
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (generation,))
        self._pending.clear()
        self._held = 0

    def drop(self, keys: Iterable[str]) -> None:
        with self._db:
            self._db.execute("BEGIN")
            self._db.executemany("DELETE FROM blobs WHERE key = ?", ((k,) for k in keys))

    def _sealed(self, name: str, value: bytes) -> bytes:
        return seal(self._key, name, value) if self._key else value

    def _unsealed(self, name: str, value: bytes) -> bytes:
        try:
            return unseal(self._key, name, value) if self._key else value
        except BrokenSeal as error:
            raise MissingBlob(str(error)) from None

    def close(self) -> None:
        self._db.close()


class PickledValues:
    """Values for an index (enrich.also.Values) kept in a blob store: pickled on the way in,
    and on the way out unpickled only as plain data (safe_pickle)."""

    def __init__(self, blobs: BlobStore) -> None:
        self.blobs = blobs

    def add(self, prefix: str, value: Any) -> str:
        return self.blobs.add(prefix, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        from build_tools import safe_pickle  # here: its allow-list imports the classes that use this store
        return {key: safe_pickle.loads(blob) for key, blob in self.blobs.get_many(keys).items()}
