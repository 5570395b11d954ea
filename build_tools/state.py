"""What the last build knew, kept in a cache folder so the next build redoes only what changed.

    <cache>/state.pickle   one file: each article's stat key, parsed article and digest, the
                           topics, glossary and mentions, and each briefing page's inputs

The state is tied to a version of the code, the taxonomy, the site settings and the working
folder: when any of them changes, the build starts afresh. A cache that cannot be read is
ignored, never trusted.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from build_tools.model import Term, Topic
from build_tools.write import atomic_write

FORMAT = 2
_CODE = Path(__file__).resolve().parent


@dataclass
class BuildState:
    version: str = ""
    started_ns: int = 0  # when that build began to look at the articles
    # Per-briefing values are kept pickled, as their workers made them: a build saves the
    # unchanged ones as they are instead of pickling every briefing again.
    sources: dict[str, tuple[tuple, bytes, bytes]] = field(default_factory=dict)  # path -> (stat key, Digest, Article)
    topics: tuple[Topic, ...] = ()
    glossary: tuple[Term, ...] = ()
    mentions: dict[str, tuple[str, bytes, bytes]] = field(default_factory=dict)  # slug -> (source hash, [Mention], link plan)
    pages: dict[str, tuple[bytes, tuple]] = field(default_factory=dict)  # briefing page -> (inputs hash, file stat key)
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


def stat_keys(paths: list[Path]) -> dict[Path, tuple]:
    """(size, modification time) of each article and of its sidecar, if any, from one
    listing of each folder."""
    found: dict[str, tuple] = {}
    for folder in {str(p.parent) for p in paths}:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.endswith((".txt", ".yml")):
                    st = entry.stat()
                    found[os.path.join(folder, entry.name)] = st.st_size, st.st_mtime_ns
    return {path: (found.get(os.path.join(str(path.parent), path.name)),
                   found.get(os.path.join(str(path.parent), path.stem + ".yml"))) for path in paths}


RACY_NS = 2_000_000_000  # a file changed twice within one clock tick keeps its stat key


def unchanged(key: tuple, before: tuple | None, started_ns: int) -> bool:
    """The same stat key as last build, and modified well before that build began: a
    file touched just before then may have changed again without a new stat key."""
    return (key == before and key[0] is not None
            and all(k is None or k[1] < started_ns - RACY_NS for k in key))


class Cache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)

    def load(self, version: str) -> BuildState:
        try:
            with open(self.folder / "state.pickle", "rb") as handle:
                state = pickle.load(handle)
        except Exception:  # missing, from another version of the code, or damaged: start afresh
            return BuildState(version)
        return state if isinstance(state, BuildState) and state.version == version else BuildState(version)

    def save(self, state: BuildState) -> None:
        # Pickled straight into the file: no copy of the whole state in memory.
        atomic_write(self.folder / "state.pickle",
                     lambda handle: pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL))
