"""The disk edge on the way out: rewrite only changed files, remove stale ones, atomically."""
from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from build_tools.parallel import Background

# Folders and files under docs/ that the build owns; everything else there is hand-written.
GENERATED = ("index.md", "briefings", "archive", "topics", "tables", "glossary.md", "whats-new.md",
             "feed.xml", "data", "search.md")


@dataclass(frozen=True, slots=True)
class WriteReport:
    written: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: int


def _stat_key(st: os.stat_result) -> tuple:
    return st.st_size, st.st_mtime_ns, st.st_ino


def _generated_files(docs: Path) -> dict[str, tuple]:
    """Every file the build owns under docs/, with its stat key: one scandir per folder
    (many times faster than Path.rglob, or a stat per file, over tens of thousands)."""
    found = {}
    folders = []
    for name in GENERATED:
        path = os.path.join(docs, name)
        try:
            found[name] = _stat_key(os.stat(path))
        except (FileNotFoundError, NotADirectoryError):
            continue
        if os.path.isdir(path):
            del found[name]
            folders.append(name)
    while folders:
        folder = folders.pop()
        with os.scandir(os.path.join(docs, folder)) as entries:
            for entry in entries:
                rel = f"{folder}/{entry.name}"
                if entry.is_dir(follow_symlinks=False):
                    folders.append(rel)
                else:
                    found[rel] = _stat_key(entry.stat(follow_symlinks=False))
    return found


_SAFE_PATH = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]*(?:/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*")


def inside_docs(rel: str) -> str:
    """A generated file's path, checked to stay inside docs/: plain names only, no '..', no
    absolute path, whatever made it (a damaged or hostile build cache included)."""
    if not _SAFE_PATH.fullmatch(rel) or any(part.startswith("..") for part in rel.split("/")):
        raise ValueError(f"refusing to write outside docs/: {rel!r}")
    return rel


def atomic_write(path: Path, fill) -> None:
    """Write a file through `fill(handle)` into a temporary file beside it, then put it in
    place in one step: readers, and a build stopped half-way, see the old file or the new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def _read(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


class DocsFiles:
    """Writing pages under docs/, with no record of what was written: it works alike in a
    worker process, which sends back what it did."""

    def __init__(self, docs: Path, before: dict[str, tuple]):
        self.docs = docs
        self.before = before  # the generated files as they were when the build began: path -> stat key
        self._folders: set[str] = set()  # folders known to exist: one mkdir each, not one per page

    def write(self, rel: str, content: str | bytes) -> tuple[bool, tuple]:
        """Write a page unless the file holds it already: (whether it was written, its stat key)."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        path = os.path.join(self.docs, inside_docs(rel))
        if rel not in self.before:  # most pages of a first build: no stat to learn so
            try:
                return True, self._create(path, data)
            except FileExistsError:  # made since the build began
                pass
        try:
            st = os.stat(path)
        except FileNotFoundError:
            return True, self._create(path, data)
        if st.st_size == len(data) and _read(path) == data:
            return False, _stat_key(st)
        atomic_write(Path(path), lambda handle: handle.write(data))
        return True, _stat_key(os.stat(path))

    def _create(self, path: str, data: bytes) -> tuple:
        """A page that did not exist: written in place (no old version for a reader to
        keep seeing; a build stopped half-way leaves a page the next build rewrites,
        since its content differs). A third of the cost of a temporary file and a rename,
        which counts at tens of thousands of pages."""
        folder = os.path.dirname(path)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        try:
            view = memoryview(data)
            while view:  # os.write may take less than all of it
                view = view[os.write(fd, view):]
            return _stat_key(os.fstat(fd))
        finally:
            os.close(fd)


class PageWriter:
    """Takes pages one at a time (so they need not all be in memory), then removes stale ones."""

    def __init__(self, docs: Path):
        self.docs = docs
        self.seen: set[str] = set()
        self.written: list[str] = []
        self.unchanged = 0
        self._files: DocsFiles | None = None
        # The generated files as they were before this build, with their stat keys: scanned by
        # a child process while this one reads its cache and articles (a thread
        # instead slowed the build, holding the interpreter lock between the stats).
        self._found = Background(_generated_files, docs)

    def files(self) -> DocsFiles:
        """What writes the pages: for worker processes too (they report back through `took`)."""
        if self._files is None:
            self._files = DocsFiles(self.docs, self._found.result())
        return self._files

    def put(self, rel: str, content: str | bytes) -> tuple:
        """Write a page where its content changed; its stat key."""
        written, key = self.files().write(rel, content)
        self.took(rel, written)
        return key

    def took(self, rel: str, written: bool) -> None:
        """Note a page written, or found unchanged, by `files()` elsewhere."""
        self.seen.add(rel)
        if written:
            self.written.append(rel)
        else:
            self.unchanged += 1

    def keep(self, files) -> bool:
        """Leave pages as they are when each file, given as (path, stat key when written),
        is still the one written; otherwise leave them all to be written again."""
        found = self.files().before
        for rel, key in files:
            if key is None or found.get(rel) != key:
                return False
        for rel, _ in files:
            self.seen.add(rel)
        self.unchanged += len(files)
        return True

    def finish(self) -> WriteReport:
        stale = sorted(self.files().before.keys() - self.seen)
        for rel in stale:
            (self.docs / rel).unlink(missing_ok=True)
        for folder in sorted({os.path.dirname(rel) for rel in stale}, reverse=True):  # drop folders left empty
            while folder.count("/") and not os.listdir(self.docs / folder):  # below a generated folder
                os.rmdir(self.docs / folder)
                folder = os.path.dirname(folder)
        return WriteReport(tuple(sorted(self.written)), tuple(stale), self.unchanged)


class PageCollector:
    """Pages kept in memory instead of written."""

    def __init__(self) -> None:
        self.pages: dict[str, str] = {}

    def files(self) -> None:
        return None  # pages come back to this process

    def put(self, rel: str, content: str) -> None:
        self.pages[rel] = content

    def keep(self, files) -> bool:
        return False


class PageDiscarder(PageCollector):
    """Pages made and let go: for a command that needs only what the build learnt
    (`briefing topics`)."""

    def put(self, rel: str, content: str) -> None:
        pass


def write_pages(docs: Path, pages: dict[str, str | bytes]) -> WriteReport:
    writer = PageWriter(docs)
    for rel in sorted(pages):
        writer.put(rel, pages[rel])
    return writer.finish()
