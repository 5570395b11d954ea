"""The pipeline without console: sources to pages and diagnostics.

With a cache (`state.Cache`) a build redoes only what changed since the last one: it
parses only articles whose files changed, matches topics again only in briefings a
changed topic may touch (their word signatures tell), and renders only briefing pages
whose inputs changed. The corpus passes (glossary, topics, related briefings, "also
covered in", indexes) run on every build, on digests instead of texts. Without a cache
everything is done, the same way; both give byte-identical pages.
"""
from __future__ import annotations

import gc
import pickle
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from build_tools.changes import alias_masks, briefing_inputs, term_masks, topic_inputs, touched_topics
from build_tools.check import describe_missing, lost_words
from build_tools.enrich.anchors import with_anchors
from build_tools.enrich.digest import digest_of
from build_tools.enrich.matcher import TopicMatcher
from build_tools.enrich.site import assemble, glossary_and_topics
from build_tools.enrich.topics import Scans, link_plan, mentions_of
from build_tools.enrich.wordset import may_hold, signature
from build_tools.errors import SourceError
from build_tools.model import Article, Diagnostic, Site, Source, Topic
from build_tools.parallel import context, parallel_imap
from build_tools.parse import parse_article
from build_tools.read import read_source, shown
from build_tools.render.briefing import render_briefing
from build_tools.render.links import link_labels
from build_tools.render.search import render_search_page
from build_tools.render.site import briefing_links, link_context, render_collection
from build_tools.render.topics import related_topics
from build_tools.state import BuildState, Cache, stat_keys, unchanged, version_of
from build_tools.write import PageCollector

DEFAULT_SETTINGS = {"site_name": "Briefings", "site_url": "/", "site_description": "",
                    "use_directory_urls": True}


@dataclass(frozen=True, slots=True)
class Result:
    pages: dict[str, str]  # path under docs/ -> content; empty when pages went to a writer
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


@dataclass
class _Shared:
    """What workers need besides their items (inherited when they fork)."""
    articles: dict  # briefing slug -> its parsed article, pickled (compact; unpickled where used)
    paths: dict  # briefing slug -> article file path
    matcher: object = None
    plans: dict | None = None  # briefing slug -> its link plan, pickled
    links: object = None  # LinkContext
    check: bool = False


def _pickled(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _read_parse_and_digest(path: Path) -> tuple[bytes | None, bytes | None, list[Diagnostic]]:
    """One worker pass per changed article: parse and digest it, both pickled here, once
    (the build state keeps them so); or the error naming file and line."""
    article, notes = read_and_parse(path)
    if article is None:
        return None, None, notes
    return _pickled(article), _pickled(digest_of(article, notes)), []


def _article(shared: _Shared, shell: Article) -> Article:
    return pickle.loads(shared.articles[shell.slug])


def _mentions(shell: Article) -> tuple[bytes, bytes]:
    """A briefing's topic mentions and its link plan, from one scan of each text."""
    shared = context()
    article, scans = _article(shared, shell), Scans(shared.matcher)
    return _pickled(mentions_of(article, scans)), _pickled(link_plan(article, scans))


def _render(shell: Article) -> tuple[str, list[Diagnostic]]:
    shared = context()
    article = replace(_article(shared, shell), topics=shell.topics, related=shell.related)
    links = replace(briefing_links(article, shared.links), plan=pickle.loads(shared.plans[shell.slug]))
    page = render_briefing(article, links)
    problems = check_page(read_source(shared.paths[shell.slug]), page) if shared.check else []
    return page, problems


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
               writer=None, search_page: bool = False, check: bool = False,
               cache: Cache | None = None) -> Result:
    """Every page of the site, given to `writer` (`write.PageWriter`) as it is made, or
    collected in the result.

    Each article file is read where it is parsed (in a worker), so the sources never
    all sit in memory at once.

    `check`: run the nothing-lost check on every briefing page here (`briefing check`);
    otherwise `briefing build` runs it on the built HTML (`check_site.py`).
    `cache`: what the last build knew; read, then brought up to date.
    """
    collector = writer or PageCollector()
    with _no_cycle_collection():
        site, diagnostics = _build_site(paths, read_errors, taxonomy, settings, collector,
                                        search_page, check, cache)
    return Result(collector.pages if writer is None else {}, site, tuple(diagnostics))


def _build_site(paths, read_errors, taxonomy, settings, writer, search_page, check, cache):
    version = version_of(taxonomy, settings)
    build = _Build(cache.load(version) if cache else BuildState(version),
                   BuildState(version, started_ns=time.time_ns()), writer, list(read_errors))
    digests, shared = build.read(paths)
    glossary, topics = glossary_and_topics(digests, taxonomy)
    build.new.glossary, build.new.topics = glossary, topics
    mentions, changed = build.match(digests, shared)
    site = assemble(digests, topics, glossary, mentions)
    build.collection(site, settings, mentions, changed)
    if search_page:
        writer.put("search.md", render_search_page(settings))
    build.briefings(site, replace(shared, links=link_context(site, shared.matcher, settings), check=check),
                    digests, changed)
    if cache:
        cache.save(build.new)
    return site, build.diagnostics


class _Build:
    """One build's stages: each takes from the last build (`old`) what is still valid and
    records in `new` what the next build may take."""

    def __init__(self, old: BuildState, new: BuildState, writer, diagnostics: list[Diagnostic]):
        self.old, self.new, self.writer, self.diagnostics = old, new, writer, diagnostics

    def read(self, paths: list[Path]) -> tuple[list, _Shared]:
        """Each article's digest; only changed files are read and parsed again (in workers)."""
        old, new = self.old, self.new
        keys = stat_keys(paths)
        stale = [p for p in paths if not unchanged(keys[p], old.sources.get(str(p), (None,))[0], old.started_ns)]
        # Taken as the workers deliver them (in order), so unpickling overlaps their work.
        parsed, reparsed = parallel_imap(_read_parse_and_digest, stale), set(stale)
        digests, articles, paths_of = [], {}, {}
        for path in paths:
            if path in reparsed:
                article, digest_blob, errors = next(parsed)
                if article is None:
                    self.diagnostics.extend(errors)
                    continue
            else:
                _, digest_blob, article = old.sources[str(path)]
            digest = pickle.loads(digest_blob)
            self.diagnostics.extend(digest.notes)  # no "info" notes: those are for `convert --explain`
            slug = digest.shell.slug
            if slug in paths_of:
                self.diagnostics.append(Diagnostic(str(shown(path)), 1, "error", f"page name {slug!r} is "
                                                   f"taken by {shown(paths_of[slug])}; rename one file"))
                continue
            paths_of[slug] = path
            new.sources[str(path)] = (keys[path], digest_blob, article)
            digests.append(digest)
            articles[slug] = article
        return digests, _Shared(articles, paths_of)

    def match(self, digests: list, shared: _Shared) -> tuple[dict, set[str]]:
        """Each briefing's topic mentions, looked for again only where its text changed or a
        changed topic may occur; and the briefings whose mentions were looked for again or
        that are gone."""
        old, new = self.old, self.new
        masks = alias_masks(old.topics, new.topics)
        rematch = []
        for digest in digests:
            shell = digest.shell
            before = old.mentions.get(shell.slug)
            if before is None or before[0] != shell.source_hash or (masks and may_hold(digest.words, masks)):
                rematch.append(shell)
            else:
                new.mentions[shell.slug] = before
        shared.matcher = TopicMatcher(new.topics)
        found = {}
        for shell, (blob, plan) in zip(rematch, parallel_imap(_mentions, rematch, shared), strict=True):
            new.mentions[shell.slug] = (shell.source_hash, blob, plan)
            found[shell.slug] = pickle.loads(blob)  # while the workers go on
        shared.plans = {slug: plan for slug, (_, _, plan) in new.mentions.items()}
        mentions = {slug: found[slug] if slug in found else pickle.loads(blob)
                    for slug, (_, blob, _) in new.mentions.items()}
        return mentions, {shell.slug for shell in rematch} | (old.mentions.keys() - new.mentions.keys())

    def collection(self, site: Site, settings: dict, mentions: dict, changed: set[str]) -> None:
        """Indexes, topic pages, glossary, tables; a topic's pages and a briefing's table
        downloads stay as they are when nothing they are made of changed."""
        old, new, writer = self.old, self.new, self.writer
        related = related_topics(site)
        inputs = topic_inputs(site, related)
        touched = touched_topics(changed, old.mentions, mentions)
        skip = set()
        for group, before in old.groups.items():
            if group.startswith("topic:"):
                same = group not in touched and inputs.get(group) == before[0]
            else:  # tables:<briefing slug>
                briefing = group.removeprefix("tables:")
                same = briefing not in changed and briefing in mentions
            if same and writer.keep(before[1]):
                skip.add(group)
                new.groups[group] = before
        made: dict[str, list] = {}
        for group, path, page in render_collection(site, settings, related, skip):
            writer.put(path, page)
            if group:
                made.setdefault(group, []).append((path, writer.stat_key(path)))
        for group, files in made.items():
            new.groups[group] = (inputs.get(group), tuple(files))

    def briefings(self, site: Site, shared: _Shared, digests: list, changed: set[str]) -> None:
        """Briefing pages, rendered again only when their inputs changed (always for `check`)."""
        old, new, writer = self.old, self.new, self.writer
        terms = term_masks(old.glossary, new.glossary)
        words = {d.shell.slug: d.words for d in digests}
        render, inputs = [], {}
        for shell in site.articles:
            rel = f"briefings/{shell.slug}.md"
            links = briefing_links(shell, shared.links)
            inputs[rel] = briefing_inputs(shell.source_hash, links)
            before = old.pages.get(rel)
            if (shared.check or shell.slug in changed or before is None or before[0] != inputs[rel]
                    or (terms and may_hold(words[shell.slug] | signature(link_labels(links)), terms))
                    or not writer.keep(((rel, before[1]),))):
                render.append(shell)
            else:
                new.pages[rel] = before
        for shell, (page, problems) in zip(render, parallel_imap(_render, render, shared), strict=True):
            rel = f"briefings/{shell.slug}.md"
            writer.put(rel, page)
            new.pages[rel] = (inputs[rel], writer.stat_key(rel))
            self.diagnostics.extend(problems)
