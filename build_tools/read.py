"""The disk edge on the way in: decode articles and their sidecar metadata."""
from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import stat
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import yaml

from build_tools.errors import SourceError
from build_tools.model import Diagnostic, Metadata, Source

SIDECAR_FIELDS = ("title", "date", "updated", "summary", "source_url", "author", "structure")
# structure: {role: [line, ...]}: the editor sets a line's role, the converter's guess aside.
STRUCTURE_ROLES = {"headings": "heading", "subheadings": "subheading", "paragraphs": "paragraph",
                   "drop": "drop", "keep": "keep"}
# C0 controls other than tab, newline, carriage return and form feed mark binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# libyaml's loader where PyYAML has it (its wheels do): much faster over a sidecar,
# with the same nodes and line marks. A sidecar it rejects is read again by PyYAML's own,
# whose messages (and so ours) do not depend on whether libyaml is there.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _compose(text: str):
    try:
        return yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError:
        return yaml.compose(text, Loader=yaml.SafeLoader)


def decode(data: bytes, path) -> tuple[str, str]:
    """Return (text, encoding): UTF-8 (with or without BOM), UTF-16 with its BOM, else
    Windows-1252; a file that mixes UTF-8 and Windows-1252 lines is read line by line."""
    text, encoding, _ = decode_with_notes(data, path)
    return text, encoding


def decode_with_notes(data: bytes, path) -> tuple[str, str, tuple[Diagnostic, ...]]:
    """decode(), and a warning naming the first line read as Windows-1252 in a mixed file."""
    notes: tuple[Diagnostic, ...] = ()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, encoding = data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise SourceError(path, 1, "cannot decode: starts like UTF-16 but is not") from None
        return _checked(text, path), encoding, notes
    if data.startswith(b"\xef\xbb\xbf"):
        data, bom = data[3:], True
    else:
        bom = False
    try:
        text, encoding = data.decode("utf-8"), "utf-8-sig" if bom else "utf-8"
    except UnicodeDecodeError as utf8_error:
        lines = data.split(b"\n")
        utf8 = [_utf8_line(line) for line in lines]
        if any(line is not None and not line.isascii() for line in utf8):  # real UTF-8 beside other bytes
            first = next(n for n, line in enumerate(utf8, start=1) if line is None)
            text = "\n".join(line if line is not None else raw.decode("cp1252", errors="replace")
                             for line, raw in zip(utf8, lines))
            notes = (Diagnostic(str(path), first, "warning", "not UTF-8 like the rest of the file: read as "
                                "Windows-1252; save the file as UTF-8 to be sure of every character"),)
            return _checked(text, path), "mixed", notes
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            line = data[: utf8_error.start].count(b"\n") + 1
            raise SourceError(path, line, f"cannot decode byte 0x{data[utf8_error.start]:02x}: "
                              "not UTF-8 or Windows-1252 text") from None
    return _checked(text, path), encoding, notes


def _utf8_line(raw: bytes) -> str | None:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _checked(text: str, path) -> str:
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise SourceError(path, line, f"control character U+{ord(bad.group()):04X}: "
                          "this looks like a binary file, not article text")
    return text


def split_lines(text: str) -> tuple[str, ...]:
    """Normalise CRLF/CR newlines and trailing blanks; line i is index i-1."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return tuple(line.rstrip() for line in text.split("\n"))


def read_metadata(path: Path) -> tuple[Metadata, tuple[Diagnostic, ...]]:
    """A sidecar's valid fields, and a diagnostic naming the sidecar and line for each
    problem: a bad field is left out, never the briefing."""
    if not os.path.lexists(path):
        return Metadata(), ()
    problems: list[Diagnostic] = []
    try:
        values = _sidecar_values(path, problems)
    except SourceError as error:  # the whole sidecar unreadable
        return Metadata(), (Diagnostic(error.path, error.line, "error", error.message),)
    return Metadata(**values), tuple(problems)


def _sidecar_values(path: Path, problems: list[Diagnostic]) -> dict[str, Any]:
    text, _ = decode(_read_bytes(path), path)
    try:
        node = _compose(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise SourceError(path, line, f"invalid YAML: {getattr(error, 'problem', error)}") from None
    if node is None:
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise SourceError(path, node.start_mark.line + 1, "sidecar must be a mapping of field: value")
    values: dict[str, Any] = {}
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        key = str(key_node.value)
        try:
            if key not in SIDECAR_FIELDS:
                close = difflib.get_close_matches(key, SIDECAR_FIELDS, n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"expected one of {', '.join(SIDECAR_FIELDS)}"
                raise SourceError(path, line, f"unknown field {key!r}; {hint}")
            if key in values:
                raise SourceError(path, line, f"field {key!r} given twice")
            if key == "structure":
                values[key] = _structure(path, value_node, problems)
                continue
            if not isinstance(value_node, yaml.ScalarNode) or not str(value_node.value).strip():
                raise SourceError(path, line, f"field {key!r} must be a non-empty text value")
            values[key] = _check_field(path, line, key, " ".join(str(value_node.value).split()))
        except SourceError as error:
            problems.append(Diagnostic(error.path, error.line, "error", error.message + "; this field is not used"))
    return values


def _structure(path: Path, node, problems: list[Diagnostic]) -> tuple[tuple[str, str, int], ...]:
    """(role, quoted line, sidecar line) for each line the editor gives a role."""
    if not isinstance(node, yaml.MappingNode):
        raise SourceError(path, node.start_mark.line + 1,
                          "structure must map roles (headings, subheadings, paragraphs, drop, keep) to lists of lines")
    found = []
    for key_node, list_node in node.value:
        role, line = str(key_node.value), key_node.start_mark.line + 1
        if role not in STRUCTURE_ROLES:
            close = difflib.get_close_matches(role, STRUCTURE_ROLES, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"expected one of {', '.join(STRUCTURE_ROLES)}"
            problems.append(Diagnostic(str(path), line, "error", f"unknown structure role {role!r}; {hint}"))
            continue
        items = list_node.value if isinstance(list_node, yaml.SequenceNode) else [list_node]
        for item in items:
            if not isinstance(item, yaml.ScalarNode) or not str(item.value).strip():
                problems.append(Diagnostic(str(path), item.start_mark.line + 1, "error",
                                           f"structure: {role} must list lines of the article as text"))
                continue
            found.append((STRUCTURE_ROLES[role], " ".join(str(item.value).split()), item.start_mark.line + 1))
    return tuple(found)


def _check_field(path, line: int, key: str, value: str) -> str:
    if key in ("date", "updated"):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            raise SourceError(path, line, f"{key} {value!r} is not a calendar date like 2025-03-14") from None
    if key == "source_url" and not re.match(r"https?://[^\s/]+", value):
        raise SourceError(path, line, f"source_url {value!r} must start with http:// or https://")
    return value


def read_site_settings(config: Path) -> dict:
    """site_name, site_url, site_description, use_directory_urls from mkdocs.yml: the one place they are set."""
    try:
        data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise SourceError(config, 1, f"cannot read site settings: {error}") from None
    return {"site_name": str(data.get("site_name", "Briefings")),
            "site_url": str(data.get("site_url") or "").rstrip("/") + "/",
            "site_description": str(data.get("site_description", "")),
            "use_directory_urls": bool(data.get("use_directory_urls", True))}


def shown(path: Path) -> Path:
    """A path as messages show it: relative to the working folder when inside it."""
    try:
        # The folder resolved, not the file: a file may be a link, even a dangling one.
        return (_resolved(str(path.parent)) / path.name).relative_to(_resolved(os.getcwd()))
    except ValueError:
        return path


@lru_cache(maxsize=4)
def _resolved(folder: str) -> Path:
    return Path(folder).resolve()


def read_source(path: Path) -> Source:
    """Read one article and its sidecar; raise SourceError on bad input."""
    path = shown(path)
    text, encoding, decoding = decode_with_notes(_read_bytes(path), path)
    lines = split_lines(text)
    if not any(line.strip() for line in lines):
        raise SourceError(path, 1, "article is empty")
    meta, problems = read_metadata(sidecar_of(path))
    problems = decoding + problems
    if meta.structure:
        meta, problems = _quoted_lines_found(sidecar_of(path), meta, lines, problems)
    return Source(path=path, name=path.name, lines=lines, meta=meta, encoding=encoding, problems=problems)


def _quoted_lines_found(sidecar: Path, meta: Metadata, lines, problems):
    """Keep the roles whose quoted line is in the article; an error naming the sidecar line
    for each that is not (a typo would otherwise do nothing)."""
    present = {"".join(line.split()) for line in lines}
    kept, problems = [], list(problems)
    for role, text, line in cast(tuple[tuple[str, str, int], ...], meta.structure):  # as _structure read them
        if "".join(text.split()) in present:
            kept.append((role, text))
        else:
            problems.append(Diagnostic(str(shown(sidecar)), line, "error",
                                       f"structure: this line is not in the article: {text!r}"))
    return replace(meta, structure=tuple(kept)), tuple(problems)


def _read_bytes(path: Path) -> bytes:
    """A file's bytes, never through a symbolic link: articles arrive by pull request, and a
    link could publish any file of the machine that builds (O_NOFOLLOW: no check-then-open race)."""
    try:
        # O_NONBLOCK: a FIFO in the folder must not hang the build before it is seen to be one.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        if path.is_symlink():
            raise SourceError(path, 1, "is a symbolic link; links are never followed: "
                              "put the file itself in the folder") from None
        raise SourceError(path, 1, f"cannot read: {error.strerror}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise SourceError(path, 1, "is not a regular file")
    with os.fdopen(fd, "rb") as handle:
        return handle.read()


def is_article_name(name: str) -> bool:
    return name.lower().endswith(".txt") and not name.startswith(".")


def sidecar_of(path: Path) -> Path:
    return path.with_suffix(".yml")


def article_paths(folder: Path) -> list[Path]:
    """Every raw article in a folder, in a stable order (by file name: sorting names is
    many times faster than sorting paths, which counts at tens of thousands)."""
    return scan_articles(folder)[0]


def scan_articles(folder: Path) -> tuple[list[Path], list[Diagnostic]]:
    """The articles a build reads, and a word on everything else in the folder.

    A build reads regular files directly in the folder named *.txt (in any case), each with
    its sidecar <name>.yml. A symbolic link is refused; any other entry is named, so that
    nothing an editor put there is ignored without a word. Hidden files (.gitkeep) are left alone.
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(((e.name, e.is_symlink(), e.is_file(follow_symlinks=False)) for e in scan))
    except (FileNotFoundError, NotADirectoryError):
        return [], []
    names = {name for name, _, _ in entries}
    stems = {name[:-4] for name, link, regular in entries if is_article_name(name)}
    paths, notes = [], []

    def note(name: str, level: str, message: str) -> None:
        notes.append(Diagnostic(str(shown(folder / name)), 1, level, message))

    for name, link, regular in entries:
        stem, _, ext = name.rpartition(".")
        if name.startswith("."):
            continue
        if link and ext.lower() == "yml" and stem in stems:
            continue  # reported when its article is read, which builds without it
        if link:
            note(name, "error", "is a symbolic link; links are never followed: put the file itself in the folder")
        elif is_article_name(name) and regular:
            paths.append(folder / name)
        elif ext.lower() in ("yml", "yaml") and regular:
            if stem not in stems:
                note(name, "warning", f"sidecar without an article: no {stem}.txt here, so it is not read")
            elif ext != "yml":
                level = "warning" if f"{stem}.yml" in names else "error"
                note(name, level, f"not read: a sidecar is named {stem}.yml")
        else:
            kind = "folder" if not regular else "file"
            note(name, "warning", f"not an article ({kind}): a build reads *.txt files and their .yml sidecars")
    return paths, notes
