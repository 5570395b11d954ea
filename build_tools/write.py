"""The disk edge on the way out: rewrite only changed files, remove stale ones, atomically."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

# Folders and files under docs/ that the build owns; everything else there is hand-written.
GENERATED = ("index.md", "briefings", "archive", "topics", "tables", "glossary.md", "whats-new.md",
             "feed.xml", "data")


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int


def _generated_files(docs: Path) -> set[str]:
    found = set()
    for name in GENERATED:
        path = docs / name
        if path.is_file():
            found.add(name)
        elif path.is_dir():
            found.update(p.relative_to(docs).as_posix() for p in path.rglob("*") if p.is_file())
    return found


def _atomic_write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_pages(docs: Path, pages: dict[str, str | bytes]) -> WriteReport:
    written, unchanged = [], 0
    for rel in sorted(pages):
        content = pages[rel]
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = docs / rel
        if path.is_file() and path.read_bytes() == data:
            unchanged += 1
            continue
        _atomic_write(path, data)
        written.append(rel)
    stale = sorted(_generated_files(docs) - set(pages))
    for rel in stale:
        (docs / rel).unlink()
    for name in GENERATED:  # drop folders left empty
        folder = docs / name
        if folder.is_dir():
            for sub in sorted((p for p in folder.rglob("*") if p.is_dir()), reverse=True):
                if not any(sub.iterdir()):
                    sub.rmdir()
    return WriteReport(tuple(written), tuple(stale), unchanged)
