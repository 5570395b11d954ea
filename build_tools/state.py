"""What the last build knew, kept in a cache folder so the next build redoes only what changed.

    <cache>/state.pickle   what every build reads whole: each article file's stat key, the
                           corpus indexes (corpus.Corpus), the topics and glossary, and the
                           files written
    <cache>/blobs.sqlite   (store.BlobStore) the corpus's record of each briefing, which every
                           build reads but writes only where it changed; and what a build
                           reads only where something changed: parsed articles, link plans,
                           topic page entries

The state is tied to a version of the code, the taxonomy, the site settings and the working
folder: when any of them changes, the build starts afresh. A cache that cannot be read is
ignored, never trusted. The blobs are written before the state, and a blob's key names
what it was made from, so a build stopped half-way leaves the last state whole.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import re
import shutil
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from build_tools import safe_pickle
from build_tools.corpus import Corpus
from build_tools.seal import SEAL_BYTES, BrokenSeal, cache_key
from build_tools.model import Term, Topic
from build_tools.store import BlobStore
from build_tools.write import atomic_write

FORMAT = 4
_CODE = Path(__file__).resolve().parent


@dataclass
class BuildState:
    version: str = ""
    generation: int = 0  # of the corpus records in the blob store that go with this state
    started_ns: int = 0  # when that build began to look at the articles
    sources: dict[str, tuple[tuple, str]] = field(default_factory=dict)  # article path -> (stat key, slug)
    corpus: Corpus = field(default_factory=Corpus)
    topics: tuple[Topic, ...] = ()
    glossary: tuple[Term, ...] = ()
    pages: dict[str, tuple] = field(default_factory=dict)  # briefing page -> its file's stat key
    page_keys: dict[str, bytes] = field(default_factory=dict)  # briefing -> the key of what its page is made of
    term_stamps: dict[str, bytes] = field(default_factory=dict)  # briefing -> its page's stamp of the glossary
    # Collection pages made from one topic or one briefing's tables (see render_collection):
    # group -> (inputs hash or None, ((page, file stat key), ...))
    groups: dict[str, tuple[bytes | None, tuple]] = field(default_factory=dict)


def version_of(taxonomy, settings: dict) -> str:
    """Everything a page depends on besides the articles."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(_CODE.rglob("*.py")):
        h.update(path.relative_to(_CODE).as_posix().encode() + b"\0" + path.read_bytes())
    h.update(repr((FORMAT, sys.version, metadata.version("pycountry"), os.getcwd(), tuple(taxonomy),
                   sorted(settings.items()))).encode())
    return h.hexdigest()


def stat_keys(paths: list[Path]) -> dict[str, tuple]:
    """(size, modification time) of each article and of its sidecar, if any, from one
    listing of each folder."""
    listings: dict[str, dict[str, tuple]] = {}  # folder -> file name -> (size, mtime)
    keys = {}
    for path in paths:
        folder, name = os.path.split(str(path))
        if folder not in listings:
            listings[folder] = _listing(folder or ".")
        found = listings[folder]
        keys[str(path)] = found.get(name), found.get(os.path.splitext(name)[0] + ".yml")
    return keys


def _listing(folder: str) -> dict[str, tuple]:
    """name -> (size, mtime) of the folder's articles and sidecars; one deleted while being
    listed is simply not there."""
    found = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.lower().endswith((".txt", ".yml")):
                try:
                    st = entry.stat(follow_symlinks=False)
                except OSError:
                    continue
                found[entry.name] = (st.st_size, st.st_mtime_ns)
    return found


_SLUG = re.compile(r"[a-z0-9_-]+")  # as parse.article.slug_for makes them: fit for file names


def _records_fit(state: BuildState) -> bool:
    """Each record is the briefing it is filed under, and every article the state knows has
    one: records swapped, lost or left over mean a damaged cache."""
    briefings = state.corpus.briefings
    return (all(getattr(record, "listing", None) is not None and record.listing.slug == slug
                and _SLUG.fullmatch(slug) for slug, record in briefings.items())
            and {slug for _, slug in state.sources.values()} == briefings.keys())


RACY_NS = 2_000_000_000  # a file changed twice within one clock tick keeps its stat key


def unchanged(key: tuple, before: tuple | None, started_ns: int) -> bool:
    """The same stat key as last build, and modified well before that build began: a
    file touched just before then may have changed again without a new stat key."""
    return (key == before and key[0] is not None
            and all(k is None or k[1] < started_ns - RACY_NS for k in key))


class _Sealing:
    """A file handle that feeds an HMAC with what is written through it."""

    def __init__(self, handle, key: bytes):
        self.handle, self.mac = handle, hmac.new(key, b"state\0", hashlib.sha256)

    def write(self, data) -> int:
        self.mac.update(data)
        return self.handle.write(data)


def _seal_of(handle, key: bytes) -> bytes:
    """The HMAC of a sealed file's content (all but its last SEAL_BYTES), read in chunks."""
    size = os.fstat(handle.fileno()).st_size - SEAL_BYTES
    mac, left = hmac.new(key, b"state\0", hashlib.sha256), size
    handle.seek(0)
    while left > 0:
        chunk = handle.read(min(left, 1 << 20))
        if not chunk:
            break
        mac.update(chunk)
        left -= len(chunk)
    return mac.digest()


class Cache:
    def __init__(self, folder: Path, key: bytes | None = None):
        """The cache in `folder`, sealed with `key` (seal.cache_key() by default)."""
        self.folder = Path(folder)
        self._blobs = self.folder / "blobs.sqlite"
        self.key = key or cache_key()

    def load(self, version: str) -> tuple[BuildState, BlobStore]:
        """The last build's state and blobs; or, when they are missing, from another version
        or damaged, an empty state and store."""
        store = None
        try:
            with open(self.folder / "state.pickle", "rb") as handle:
                mac = _seal_of(handle, self.key)
                handle.seek(-SEAL_BYTES, os.SEEK_END)
                if not hmac.compare_digest(mac, handle.read(SEAL_BYTES)):
                    raise BrokenSeal("build cache: the state was not written by a build with this key")
                handle.seek(0)
                state = safe_pickle.load(handle)
            if isinstance(state, BuildState) and state.version == version:
                store = BlobStore(self._blobs, self.key)
                if store.generation() == state.generation:
                    state.corpus.briefings = {slug: safe_pickle.loads(record) for slug, record in store.records().items()}
                    if _records_fit(state):
                        return state, store
        except Exception:  # missing, from another version of the code, or damaged: start afresh
            pass
        if store is not None:
            store.close()
        return self.clear(version)

    def clear(self, version: str) -> tuple[BuildState, BlobStore]:
        """An empty state and store, as for a first build. A cache path that is no folder, or
        a store that is no file, is taken away first: the cache is the build's own."""
        if self.folder.exists() and not self.folder.is_dir() or self.folder.is_symlink():
            self.folder.unlink()
        if self._blobs.is_dir() and not self._blobs.is_symlink():
            shutil.rmtree(self._blobs)
        else:
            self._blobs.unlink(missing_ok=True)
        return BuildState(version), BlobStore(self._blobs, self.key)

    def save(self, state: BuildState, store: BlobStore, unused: set[str]) -> None:
        """The new blobs and changed records, then the state that refers to them, then the blobs
        only the last state referred to: at every step the saved state finds all its blobs."""
        briefings = state.corpus.briefings
        state.generation += 1
        store.commit({slug: pickle.dumps(briefings[slug], protocol=pickle.HIGHEST_PROTOCOL)
                      if slug in briefings else None for slug in sorted(state.corpus.dirty)}, state.generation)
        # Pickled straight into the file (no copy of the whole state in memory), then sealed.
        def fill(handle) -> None:
            sealing = _Sealing(handle, self.key)
            pickle.dump(state, sealing, protocol=pickle.HIGHEST_PROTOCOL)
            handle.write(sealing.mac.digest())
        atomic_write(self.folder / "state.pickle", fill)
        store.drop(unused)
