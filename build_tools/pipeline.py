"""The pipeline without console: sources to pages and diagnostics.

Every build brings the last build's state (`state.BuildState`) up to date with what
changed since: it parses only articles whose files changed, matches topics again only in
briefings a changed topic may touch (their word signatures tell), and updates the corpus
indexes with the briefings whose topics or sections changed. Each briefing page's key is
then computed from everything it is made of (`_Build._page_key`), and the page is rendered
again exactly when its key changed. Without a cache the last state is empty, so everything
is new; both ways give byte-identical pages.
"""
from __future__ import annotations

import gc
import pickle
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Callable, Iterator

from build_tools import safe_pickle
from build_tools.changes import alias_masks, inputs_hash, term_masks, topic_inputs
from build_tools.corpus import Briefing, Corpus
from build_tools.check import accounted_text, describe_missing, lost_words
from build_tools.enrich.anchors import with_anchors
from build_tools.enrich.digest import digest_of
from build_tools.enrich.texts import dropped_lines
from build_tools.enrich.matcher import TopicMatcher
from build_tools.enrich.site import glossary_and_topics
from build_tools.enrich.tables import table_entries
from build_tools.enrich.topics import Scans, link_plan, mentions_of, topic_totals, with_topics
from build_tools.enrich.wordset import may_hold, signature
from build_tools.errors import SourceError
from build_tools.model import Article, Diagnostic, Digest, Source, Table, Topic
from build_tools.parallel import context, parallel_imap
from build_tools.parse import parse_article
from build_tools.read import read_source, shown
from build_tools.render.briefing import render_briefing
from build_tools.render.indexes import archive_entry
from build_tools.render.search import render_search_page
from build_tools.render.site import briefing_links, link_context, render_collection
from build_tools.render.tables import catalogue_rows, table_downloads
from build_tools.render.topics import topic_entries, topic_file
from build_tools.state import BuildState, Cache, stat_keys, unchanged, version_of
from build_tools.store import BlobStore, MissingBlob, PickledValues
from build_tools.write import PageCollector

DEFAULT_SETTINGS = {"site_name": "Briefings", "site_url": "/", "site_description": "",
                    "use_directory_urls": True}


@dataclass(frozen=True, slots=True)
class Result:
    pages: dict[str, str]  # path under docs/ -> content; empty when pages went to a writer
    corpus: Corpus
    diagnostics: tuple[Diagnostic, ...]
    topics: tuple[Topic, ...] = ()  # the taxonomy's, then those discovered; used ones are in corpus.related

    @property
    def briefings(self) -> tuple[Article, ...]:
        """Shells (no intro or sections) with topics and related, by slug."""
        return tuple(self.corpus.briefings[slug].shell for slug in sorted(self.corpus.briefings))


def parse(source: Source) -> tuple[Article, list[Diagnostic]]:
    article, notes = parse_article(source)
    return with_anchors(article), notes


def read_and_parse(path: Path) -> tuple[Article | None, list[Diagnostic]]:
    """One article file: its parsed article, or None and the error naming file and line."""
    try:
        return parse(read_source(path))
    except SourceError as error:
        return None, [Diagnostic(error.path, error.line, "error", error.message)]


def check_page(source: Source, page: str, dropped: set[int]) -> list[Diagnostic]:
    """The nothing-lost check: an error naming the article and the words its page lacks
    (the furniture lines it dropped, by number, aside)."""
    missing = lost_words(accounted_text(source.lines, dropped), page)
    return [Diagnostic(str(source.path), 1, "error", describe_missing(missing))] if missing else []


def convert(source: Source) -> tuple[Article, str, list[Diagnostic]]:
    """One article on its own (no corpus links), with its nothing-lost check."""
    article, notes = parse(source)
    page = render_briefing(article)
    return article, page, notes + check_page(source, page, set(dropped_lines(article)))


@dataclass
class _Shared:
    """What workers need besides their items (inherited when they fork)."""
    articles: dict  # briefing slug -> its parsed article, pickled (compact; unpickled where used)
    matcher: object = None
    plans: dict | None = None  # briefing slug -> its link plan, pickled
    links: object = None  # LinkContext
    paths: dict | None = None  # briefing slug -> article file path
    check: bool = False
    files: object = None  # write.DocsFiles: where workers write the pages they render; None: they return them
    briefings: dict | None = None  # briefing slug -> corpus.Briefing
    settings: dict | None = None  # site_name, site_url, use_directory_urls


def _pickled(value) -> bytes:
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _read_parse_and_digest(path: Path) -> tuple[bytes | None, bytes | None, list[Diagnostic]]:
    """One worker pass per changed article: parse and digest it, both pickled here, once
    (the build state keeps them so); or the error naming file and line."""
    article, notes = read_and_parse(path)
    if article is None:
        return None, None, notes
    return _pickled(article), _pickled(digest_of(article, notes)), []


_NAME = re.compile(r"[a-z0-9_-]+")


def _article_of(shared: _Shared, slug: str) -> Article:
    """A briefing's parsed article, checked to be that briefing's, with names fit for files:
    a cache whose blobs were swapped, damaged or made up is never trusted (the build starts
    afresh)."""
    article = safe_pickle.loads(shared.articles[slug])
    if not isinstance(article, Article) or article.slug != slug or not _NAME.fullmatch(slug) or not all(
            _NAME.fullmatch(b.anchor) for s in article.sections for b in (*s.blocks, *(a for q in s.faq for a in q.answer))
            if isinstance(b, Table)) or not all(_NAME.fullmatch(b.anchor) for b in article.intro if isinstance(b, Table)):
        raise safe_pickle.DamagedCache(f"build cache damaged: the blob for {slug!r} is not that briefing's")
    return article


def _match(slug: str) -> tuple[dict[str, int], bytes, frozenset[str], dict]:
    """A briefing's topic totals, its link plan (pickled), the topics that plan links, and
    its entries on topic pages: from one scan of each text."""
    shared = context()
    article, scans = _article_of(shared, slug), Scans(shared.matcher)
    mentions, plan = mentions_of(article, scans), link_plan(article, scans)
    linked = frozenset(hit[2] for links in plan.values() for hits in links.values() for hit in hits)
    return topic_totals(mentions), _pickled(plan), linked, topic_entries(slug, article, mentions, shared.settings)


def _article_key(shell: Article) -> str:
    """A parsed article's key in the blob store: its briefing and the source it was made from."""
    return f"article/{shell.slug}/{shell.source_hash}"


def _render(item: tuple[str, bool, bool]) -> tuple[list[tuple], list[Diagnostic]]:
    """A briefing's files, its page and/or its table downloads (as asked), each as (path,
    content, None) to write, or as (path, None, (whether written, stat key)) when workers
    write; and the page's nothing-lost problems when checking."""
    slug, page, tables = item
    shared = context()
    article = _article_of(shared, slug)
    files, problems = [], []
    if page:
        shell = shared.briefings[slug].shell
        shown = replace(article, topics=shell.topics, related=shell.related)
        links = replace(briefing_links(shown, shared.links), plan=safe_pickle.loads(shared.plans[slug]))
        files.append((page_path(slug), render_briefing(shown, links)))
        problems = check_page(read_source(shared.paths[slug]), files[0][1],
                              set(dropped_lines(article))) if shared.check else []
    if tables:
        files += table_downloads(table_entries(article), article.title)
    if shared.files is None:
        return [(path, content, None) for path, content in files], problems
    return [(path, None, shared.files.write(path, content)) for path, content in files], problems


def page_path(slug: str) -> str:
    return f"briefings/{slug}.md"


@contextmanager
def _meanwhile(results):
    """Work done here while workers make `results`: on an error they are stopped, so none
    goes on (writing pages, say) for a build that starts afresh or gives up."""
    try:
        yield
    except BaseException:
        results.close()
        raise


@contextmanager
def no_cycle_collection():
    """A build makes millions of long-lived objects and next to no reference cycles; the
    cycle collector would walk them all again and again (PERFORMANCE.md), and once in a
    preview's draft would cost more than the draft. Reference counting still frees
    everything else."""
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
    version = version_of(taxonomy, settings)
    with no_cycle_collection():
        state, store = cache.load(version) if cache else (BuildState(version), BlobStore(None))
        try:
            build = _Build(state, store, collector, list(read_errors))
            build.run(paths, taxonomy, settings, search_page, check)
        except Exception as error:  # noqa: BLE001 - see below
            if not (cache and state.sources):
                raise  # no cache was used: a bug, shown as a traceback
            # The last build's state led this one astray (damaged, or made up): build afresh,
            # once, and say so. A bug fails the fresh build too, with its traceback.
            store.close()
            state, store = cache.clear(version)
            notice = Diagnostic(str(cache.folder), 1, "warning", f"build cache unusable "
                                f"({type(error).__name__}: {error}); built afresh without it")
            build = _Build(state, store, collector, list(read_errors) + ([] if isinstance(error, MissingBlob)
                                                                           else [notice]))
            build.run(paths, taxonomy, settings, search_page, check)
        if cache:
            cache.save(build.state, store, build.unused_blobs())
        store.close()
    return Result(collector.pages if writer is None else {}, build.state.corpus, tuple(build.diagnostics),
                  tuple(build.state.topics))


class _Build:
    """One build's stages, each bringing a part of the last build's state up to date and
    noting what changed, for the stages after it."""

    def __init__(self, state: BuildState, store: BlobStore, writer, diagnostics: list[Diagnostic]):
        self.state, self.store, self.writer, self.diagnostics = state, store, writer, diagnostics
        self.values = PickledValues(store)  # the "also covered in" index's values, in the store
        self.last_blobs = state.corpus.blob_keys()
        self.articles: dict[str, bytes] = {}  # briefing slug -> its parsed article, pickled, as far as needed
        self.plans: dict[str, bytes] = {}  # briefing slug -> its link plan, pickled, as far as needed
        self.paths: dict[str, Path] = {}  # briefing slug -> its article file
        self.settings: dict = DEFAULT_SETTINGS  # the site's (read.read_site_settings), for links

    def run(self, paths, taxonomy, settings, search_page, check) -> None:
        state, self.settings = self.state, settings
        started = time.time_ns()
        changed, gone = self.read(paths)
        corpus = state.corpus
        glossary, topics = glossary_and_topics(
            [(slug, *corpus.briefings[slug].names) for slug in sorted(corpus.briefings)], taxonomy)
        # What one process must do is done here while workers match, and then render: both
        # cores stay busy. "Also covered in" needs no topics; the rest of the site needs no
        # briefing page.
        take_found, matching = self.match(changed, topics)
        with _meanwhile(matching):
            self.also_covered(changed, gone)
        found = take_found()
        touched_topics = self.corpus_indexes(changed, gone, found)
        # The digests and matches are let go before workers fork: each page's inputs are in
        # the corpus now, and its key says whether it is made again.
        del changed, found
        used = tuple(t for t in topics if t.slug in corpus.related.weights)
        topic_groups = self.collection(used, glossary, settings, touched_topics)
        if search_page:
            self.writer.put("search.md", render_search_page(settings))
        table_groups = self.briefings(used, glossary, settings, check)
        state.groups = topic_groups | table_groups
        state.topics, state.glossary, state.started_ns = topics, glossary, started

    def read(self, paths: list[Path]) -> tuple[dict[str, Digest], set[str]]:
        """Brings the corpus records up to date with the article files: only changed files
        are read and parsed again (in workers). The digests of new or changed briefings by
        slug, and the briefings gone."""
        state, corpus = self.state, self.state.corpus
        keys = stat_keys(paths)
        stale = [p for p in paths
                 if not unchanged(keys[str(p)], state.sources.get(str(p), (None,))[0], state.started_ns)]
        # Taken as the workers deliver them (in order), so unpickling overlaps their work.
        parsed, reparsed = parallel_imap(_read_parse_and_digest, stale), set(stale)
        sources, changed = {}, {}
        for path in paths:
            if path in reparsed:
                article, digest_blob, errors = next(parsed)
                if article is None:
                    self.diagnostics.extend(errors)
                    continue
                digest = safe_pickle.loads(digest_blob)
                slug, notes = digest.shell.slug, digest.notes
            else:
                slug = state.sources[str(path)][1]
                notes = corpus.briefings[slug].notes
            self.diagnostics.extend(notes)  # no "info" notes: those are for `convert --explain`
            if slug in self.paths:
                self.diagnostics.append(Diagnostic(str(shown(path)), 1, "error", f"page name {slug!r} is "
                                                   f"taken by {shown(self.paths[slug])}; rename one file"))
                continue
            self.paths[slug] = path
            sources[str(path)] = (keys[str(path)], slug)
            if path in reparsed:  # recorded as it comes, while workers parse the next ones
                last, key = corpus.briefings.get(slug), _article_key(digest.shell)
                # What was just parsed is used, never a cached blob of the same name: the cache
                # may be damaged or made to look like this article.
                self.articles[slug] = article
                self.store.put(key, article)
                if last is None or last.path != str(path) or last.article_key != key:
                    changed[slug] = digest
                    corpus.briefings[slug] = Briefing.of(
                        str(path), digest.shell, notes=digest.notes,
                        names=(digest.definitions, digest.organisations, digest.people), words=digest.words,
                        catalogue=catalogue_rows(digest.tables, digest.shell.title, self.settings),
                        archive=archive_entry(digest.shell, self.settings), article_key=key)
        gone = corpus.briefings.keys() - self.paths.keys()
        corpus.dirty |= gone | changed.keys()
        for slug in gone:
            del corpus.briefings[slug]
        state.sources = sources
        return changed, gone

    def match(self, changed: dict[str, Digest], topics: tuple[Topic, ...]) -> tuple[Callable[[], dict], Iterator]:
        """Topics looked for again only where a briefing's text changed or a changed topic may
        occur, started in workers. The function returned waits for them and gives, for each
        briefing looked at, its topic totals and its entries on topic pages (its link plan goes
        to the store); the iterator is theirs (close it to stop them)."""
        state, corpus = self.state, self.state.corpus
        masks = alias_masks(state.topics, topics)
        rematch = set(changed)
        if masks:
            rematch.update(slug for slug, b in corpus.briefings.items() if may_hold(b.words, masks))
        order = sorted(rematch)
        corpus.dirty |= rematch
        self._load(self.articles, {slug: corpus.briefings[slug].article_key for slug in order})
        self.matcher = TopicMatcher(topics)
        version = inputs_hash(topics).hex()
        if order:
            self.matcher.compiled()
        matched = parallel_imap(_match, order, _Shared(self.articles, self.matcher, settings=self.settings))
        return partial(self._matched, order, matched, version), matched

    def _matched(self, order: list[str], matched, version: str) -> dict[str, tuple[dict, dict]]:
        corpus, found = self.state.corpus, {}
        for slug, (totals, plan, linked, entries) in zip(order, matched, strict=True):
            record = corpus.briefings[slug]
            record.plan_key = f"plan/{record.article_key}/{version}"  # the article it was made from, and the topics
            record.linked = linked
            self.store.put(record.plan_key, plan)
            self.plans[slug], found[slug] = plan, (totals, entries)
        return found

    def also_covered(self, changed: dict[str, Digest], gone: set[str]) -> None:
        """The "also covered in" index brought up to date with the briefings changed or gone
        (a page's key names its refs by their content)."""
        also: dict[str, tuple[str, tuple] | None] = {slug: (d.shell.title, d.themes) for slug, d in changed.items()}
        also.update((slug, None) for slug in gone)
        self.state.corpus.also.update(also, self.values)

    def corpus_indexes(self, changed: dict[str, Digest], gone: set[str],
                       found: dict[str, tuple[dict, dict]]) -> set[str]:
        """Related briefings, related topics and topic page entries brought up to date with the
        briefings changed, gone or looked at again (`found`: see match). The topics whose
        entries changed."""
        corpus = self.state.corpus
        related = corpus.related
        totals = {slug: found[slug][0] for slug in found} | dict.fromkeys(gone)
        before = {slug: (set(related.totals.get(slug, ())), related.mine.get(slug, ())) for slug in totals}
        related_changed = related.update(totals) - gone
        for slug, (_, mine) in before.items():
            corpus.pairs.update(mine, related.mine.get(slug, ()))
        entries = {slug: found[slug][1] for slug in found} | {slug: {} for slug in gone}
        touched_topics = corpus.shelf.update(self.store, {slug: t for slug, (t, _) in before.items()}, entries)
        corpus.dirty |= related_changed
        for slug in sorted(related_changed | found.keys()):
            record = corpus.briefings[slug]
            shell = changed[slug].shell if slug in changed else record.shell  # at hand, or unpickled
            if slug in found:
                shell = with_topics(shell, found[slug][0])
            record.keep_shell(replace(shell, related=related.of(slug)))
        return touched_topics

    def collection(self, topics: tuple[Topic, ...], glossary, settings: dict, touched_topics: set[str]) -> dict:
        """Indexes, topic pages, glossary, table catalogue; a topic's pages stay as they are
        when nothing they are made of changed. The topics' page groups (see BuildState.groups)."""
        state, corpus, writer = self.state, self.state.corpus, self.writer
        related = {t.slug: corpus.pairs.related(t.slug) for t in topics}
        inputs = topic_inputs(topics, related)
        skip, groups = set(), {}
        for group, before in state.groups.items():
            if (group.startswith("topic:") and group[6:] not in touched_topics and inputs.get(group) == before[0]
                    and writer.keep(before[1])):
                skip.add(group)
                groups[group] = before
        made: dict[str, list] = {}
        pages = render_collection(corpus, topics, glossary, settings, related, skip,
                                  lambda topic: {slug: entry for slug, entry in corpus.shelf.entries(self.store, topic).items()
                                                 if slug in corpus.briefings})  # no entry outlives its briefing
        for group, path, page in pages:
            key = writer.put(path, page)
            if group:
                made.setdefault(group, []).append((path, key))
        for group, files in made.items():
            groups[group] = (inputs.get(group), tuple(files))
        return groups

    def briefings(self, topics: tuple[Topic, ...], glossary, settings: dict, check: bool) -> dict:
        """Briefing pages, each made again exactly when its key changed (all for `check`), and
        their table downloads, made again when their article did: in workers, one briefing's
        files at a time. The downloads' page groups."""
        state, corpus, writer = self.state, self.state.corpus, self.writer
        shown = {t.slug: (t.name, t.kind, topic_file(t.slug)) for t in topics}
        titles = {slug: b.listing.title for slug, b in corpus.briefings.items()}
        stamps = self._term_stamps(glossary, topics)
        keys = {slug: self._page_key(slug, shown, titles, stamps.get(slug, b"")) for slug in corpus.briefings}
        render, pages, tables, groups = set(), {}, set(), {}
        downloads: tuple[bytes | None, tuple] | list[tuple] | None
        for slug, briefing in corpus.briefings.items():
            rel = page_path(slug)
            written = state.pages.get(rel)
            if check or keys[slug] != state.page_keys.get(slug) or written is None or not writer.keep(((rel, written),)):
                render.add(slug)
            else:
                pages[rel] = written
            downloads, made_from = state.groups.get(f"tables:{slug}"), inputs_hash(briefing.article_key)
            if briefing.catalogue and (downloads is None or downloads[0] != made_from or not writer.keep(downloads[1])):
                tables.add(slug)
            elif briefing.catalogue:
                groups[f"tables:{slug}"] = downloads
        order = sorted(render | tables)
        self._load(self.articles, {slug: corpus.briefings[slug].article_key for slug in order})
        self._load(self.plans, {slug: corpus.briefings[slug].plan_key for slug in sorted(render)})
        also = corpus.also.of_many(sorted(render), self.values)  # read here: workers never use the store
        shared = _Shared(self.articles, plans=self.plans, paths=self.paths, check=check, files=writer.files(),
                         briefings=corpus.briefings,
                         links=link_context(topics, glossary, titles, lambda slug: also.get(slug, {}),
                                            self.matcher, settings))
        rendered = parallel_imap(_render, [(slug, slug in render, slug in tables) for slug in order], shared)
        for slug, (files, problems) in zip(order, rendered, strict=True):
            downloads = []
            for path, content, wrote in files:
                if wrote is None:
                    key = writer.put(path, content)
                else:
                    writer.took(path, wrote[0])
                    key = wrote[1]
                if path == page_path(slug):
                    pages[path] = key
                else:
                    downloads.append((path, key))
            if downloads:
                groups[f"tables:{slug}"] = (inputs_hash(corpus.briefings[slug].article_key), tuple(downloads))
            self.diagnostics.extend(problems)
        state.pages, state.page_keys, state.term_stamps = pages, keys, stamps
        return groups

    def _page_key(self, slug: str, topics: dict[str, tuple], titles: dict[str, str], stamp: bytes) -> bytes:
        """Everything a briefing's page is made of: its article, its link plan, its topics
        (by mentions) and those its text links, with their names; its related briefings and
        their titles; its "also covered in" refs (their key names their content); the
        glossary's stamp for it. (The settings, the taxonomy and the code make the state's
        version: when they change, every page is made again.)"""
        corpus = self.state.corpus
        record = corpus.briefings[slug]
        totals = corpus.related.totals.get(slug, {})
        named = sorted(totals.keys() | record.linked)
        related = corpus.related.related.get(slug, ())
        return inputs_hash((record.article_key, record.plan_key, sorted(totals.items()),
                            [(t, topics.get(t)) for t in named], related,
                            [(other[0], titles.get(other[0])) for other in related],
                            corpus.also.refs.get(slug), stamp))

    def _term_stamps(self, glossary, topics) -> dict[str, bytes]:
        """Each page's stamp of the glossary: carried from the last build, and new where a
        term whose meaning changed may show on the page (in its texts or in the titles,
        headings and topic names its links show: word signatures tell, a superset). Testing
        every term against every page on every build would be too slow; a change of meaning
        is what the stamp stands for."""
        state = self.state
        stamps = {slug: state.term_stamps.get(slug, b"") for slug in state.corpus.briefings}
        masks = term_masks(state.glossary, glossary)
        if masks:
            change = inputs_hash(sorted((t.short, t.long) for t in glossary))
            for slug in self._may_show(masks, topics, set(stamps)):
                stamps[slug] = inputs_hash((stamps[slug], change))
        return stamps

    def _may_show(self, masks: list[int], topics, among: set[str]) -> set[str]:
        """Those of these briefings whose page may show one of these phrases (word masks): in
        its own texts, or in the titles, headings and topic names its links show. A superset,
        from the word signatures of the briefings it links to and of its topics' names."""
        corpus = self.state.corpus
        names = {t.slug: signature([t.name]) for t in topics}
        also = corpus.also.of_many(sorted(among), self.values)
        found = set()
        for slug in among:
            words = corpus.briefings[slug].words
            linked = {other for other, _, _ in corpus.related.related.get(slug, ())}
            linked.update(ref[0] for refs in also.get(slug, {}).values() for ref in refs)
            for other in linked:
                words |= corpus.briefings[other].words
            for topic in corpus.related.totals[slug]:
                words |= names[topic]
            if may_hold(words, masks):
                found.add(slug)
        return found

    def _load(self, blobs: dict[str, bytes], keys: dict[str, str]) -> None:
        """Blobs from the store into `blobs` (slug -> bytes), where not there yet."""
        wanted = {slug: key for slug, key in keys.items() if slug not in blobs}
        found = self.store.get_many(wanted.values())
        blobs.update((slug, found[key]) for slug, key in wanted.items())

    def unused_blobs(self) -> set[str]:
        return self.last_blobs - self.state.corpus.blob_keys()
