"""The pipeline without disk or console: sources to pages and diagnostics."""
from __future__ import annotations

import gc
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from build_tools.check import describe_missing, lost_words
from build_tools.enrich.anchors import with_anchors
from build_tools.enrich.matcher import TopicMatcher
from build_tools.enrich.site import enrich, names_of
from build_tools.errors import SourceError
from build_tools.model import Article, Diagnostic, Site, Source, Topic
from build_tools.parallel import context, parallel_imap, parallel_map
from build_tools.parse import parse_article
from build_tools.read import read_source, shown
from build_tools.render.briefing import render_briefing
from build_tools.render.search import render_search_page
from build_tools.render.site import link_context, render_collection, render_linked_briefing

DEFAULT_SETTINGS = {"site_name": "Briefings", "site_url": "/", "site_description": "",
                    "use_directory_urls": True}


@dataclass(frozen=True, slots=True)
class Result:
    pages: dict[str, str]  # path under docs/ -> content; empty when pages went to `emit`
    site: Site
    diagnostics: tuple[Diagnostic, ...]


def parse(source: Source) -> tuple[Article, list[Diagnostic]]:
    article, notes = parse_article(source)
    return with_anchors(article), notes


def read_and_parse(path: Path) -> tuple[Article | None, list[Diagnostic]]:
    """One article file: its parsed article, or None and the error naming file and line."""
    try:
        return parse(read_source(path))
    except SourceError as error:
        return None, [Diagnostic(error.path, error.line, "error", error.message)]


def check_page(source: Source, page: str) -> list[Diagnostic]:
    """The nothing-lost check: an error naming the article and the words its page lacks."""
    missing = lost_words("\n".join(source.lines), page)
    return [Diagnostic(str(source.path), 1, "error", describe_missing(missing))] if missing else []


def convert(source: Source) -> tuple[Article, str, list[Diagnostic]]:
    """One article on its own (no corpus links), with its nothing-lost check."""
    article, notes = parse(source)
    page = render_briefing(article)
    return article, page, notes + check_page(source, page)


def _read_parse_and_name(path: Path) -> tuple[Article | None, list[Diagnostic], tuple | None]:
    """One worker pass per article: parse it and find the names discovery needs."""
    article, notes = read_and_parse(path)
    return article, notes, names_of(article) if article else None


def _render(article: Article) -> str:
    return render_linked_briefing(article, context())


def _render_and_check(item: tuple[Article, Path]) -> tuple[str, list[Diagnostic]]:
    article, path = item
    page = _render(article)
    return page, check_page(read_source(path), page)


@contextmanager
def _no_cycle_collection():
    """A build makes millions of long-lived objects and next to no reference cycles; the
    cycle collector would walk them all again and again (measured: 74 s -> 65 s at
    N = 10,000, one run each on a noisy machine). Reference counting still frees everything else."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build_site(paths: list[Path], read_errors: list[Diagnostic],
               taxonomy: tuple[Topic, ...] = (), settings: dict = DEFAULT_SETTINGS,
               emit: Callable[[str, str], None] | None = None,
               search_page: bool = False, check: bool = False) -> Result:
    """Every page of the site, given to `emit(path, content)` as it is made, or collected.

    Each article file is read where it is parsed (in a worker), so the sources never
    all sit in memory at once.

    `check`: run the nothing-lost check on every briefing page here (`briefing check`);
    otherwise `briefing build` runs it on the built HTML (`check_site.py`).
    """
    with _no_cycle_collection():
        return _build_site(paths, read_errors, taxonomy, settings, emit, search_page, check)


def _build_site(paths, read_errors, taxonomy, settings, emit, search_page, check) -> Result:
    collected: dict[str, str] = {}
    emit = emit or collected.__setitem__
    diagnostics = list(read_errors)
    articles, names, by_slug = [], [], {}
    for path, (article, notes, found) in zip(paths, parallel_map(_read_parse_and_name, paths), strict=True):
        diagnostics.extend(notes)
        if article is None:
            continue
        if article.slug in by_slug:
            diagnostics.append(Diagnostic(str(shown(path)), 1, "error",
                                          f"page name {article.slug!r} is taken by "
                                          f"{shown(by_slug[article.slug])}; rename one file"))
            continue
        by_slug[article.slug] = path
        articles.append(article)
        names.append(found)
    site = enrich(articles, taxonomy, names)
    for path, page in render_collection(site, settings):
        emit(path, page)
    if search_page:
        emit("search.md", render_search_page(settings))
    ctx = link_context(site, TopicMatcher(site.topics), settings)
    if check:
        rendered = parallel_imap(_render_and_check, [(a, by_slug[a.slug]) for a in site.articles], ctx)
    else:
        rendered = ((page, []) for page in parallel_imap(_render, site.articles, ctx))
    for article, (page, problems) in zip(site.articles, rendered, strict=True):
        emit(f"briefings/{article.slug}.md", page)
        diagnostics.extend(problems)
    return Result(collected, site, tuple(diagnostics))
