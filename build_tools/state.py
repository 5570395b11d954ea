"""What the last build knew, kept in a cache folder so the next build redoes only what changed.

    <cache>/state.pickle            one file: each article's stat key and digest, the topics,
                                    glossary and mentions, and each briefing page's inputs
    <cache>/articles/<file>.pickle  each parsed article, read back only when its page is
                                    rendered again

The state is tied to a version of the code, the taxonomy, the site settings and the working
folder: when any of them changes, the build starts afresh. A cache that cannot be read is
ignored, never trusted.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from build_tools.model import Article, Digest, Mention, Term, Topic

FORMAT = 1
_CODE = Path(__file__).resolve().parent


@dataclass
class BuildState:
    version: str = ""
    started_ns: int = 0  # when that build began to look at the articles
    sources: dict[str, tuple[tuple, Digest]] = field(default_factory=dict)  # article path -> (stat key, digest)
    topics: tuple[Topic, ...] = ()
    glossary: tuple[Term, ...] = ()
    mentions: dict[str, tuple[str, list[Mention]]] = field(default_factory=dict)  # slug -> (source hash, mentions)
    pages: dict[str, tuple[bytes, tuple]] = field(default_factory=dict)  # briefing page -> (inputs hash, file stat key)


def version_of(taxonomy, settings: dict) -> str:
    """Everything a page depends on besides the articles."""
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(_CODE.rglob("*.py")):
        h.update(path.relative_to(_CODE).as_posix().encode() + b"\0" + path.read_bytes())
    h.update(repr((FORMAT, sys.version, metadata.version("pycountry"), os.getcwd(), tuple(taxonomy),
                   sorted(settings.items()))).encode())
    return h.hexdigest()


def stat_key(path: Path) -> tuple:
    """(size, modification time) of an article and of its sidecar, if any."""
    keys = []
    for file in (path, path.with_suffix(".yml")):
        try:
            st = file.stat()
            keys.append((st.st_size, st.st_mtime_ns))
        except FileNotFoundError:
            keys.append(None)
    return tuple(keys)


RACY_NS = 2_000_000_000  # a file changed twice within one clock tick keeps its stat key


def unchanged(key: tuple, before: tuple | None, started_ns: int) -> bool:
    """The same stat key as last build, and modified well before that build began: a
    file touched just before then may have changed again without a new stat key."""
    return key == before and all(k is None or k[1] < started_ns - RACY_NS for k in key)


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


class Cache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.articles = self.folder / "articles"

    def load(self, version: str) -> BuildState:
        try:
            with open(self.folder / "state.pickle", "rb") as handle:
                state = pickle.load(handle)
        except Exception:  # missing, from another version of the code, or damaged: start afresh
            return BuildState(version)
        return state if isinstance(state, BuildState) and state.version == version else BuildState(version)

    def save(self, state: BuildState) -> None:
        _atomic_write(self.folder / "state.pickle", pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))

    def save_article(self, name: str, article: Article) -> None:
        _atomic_write(self.articles / f"{name}.pickle", pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))

    def load_article(self, name: str, source_hash: str) -> Article:
        with open(self.articles / f"{name}.pickle", "rb") as handle:
            article = pickle.load(handle)
        if article.source_hash != source_hash:
            raise RuntimeError(f"build cache {self.folder} is out of step; delete it and build again")
        return article

    def keep_only(self, names: set[str]) -> None:
        """Drop the parsed articles whose files are gone."""
        if self.articles.is_dir():
            for path in self.articles.glob("*.pickle"):
                if path.name.removesuffix(".pickle") not in names:
                    path.unlink()
