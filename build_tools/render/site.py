"""Every page of the site but the briefings' own, and what a briefing page links to."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from build_tools.enrich.matcher import TopicMatcher
from build_tools.model import Article, Term, Topic
from build_tools.render.glossary import render_glossary
from build_tools.render.feed import FEED_ITEMS, render_feed
from build_tools.render.indexes import HOME_LATEST, newest_first, render_archive, render_home, render_whats_new
from build_tools.render.links import BriefingLinks, Glossary
from build_tools.render.tables import DATA_DIR, render_catalogue
from build_tools.render.topics import KIND_TITLES, kind_feed, render_topic_index, topic_file, topic_pages
from build_tools.render.urls import page_url

CHIPS_MAX = 10
KIND_FEED_ITEMS = 30


@dataclass(frozen=True)
class LinkContext:
    """What every briefing page needs to know about the rest of the site."""
    matcher: TopicMatcher
    glossary: Glossary
    names: dict  # topic slug -> name
    kinds: dict  # topic slug -> kind (country, organisation, person, theme)
    titles: dict  # briefing slug -> title
    hrefs: dict  # topic slug -> href from a briefing page
    urls: dict  # topic slug -> site-relative URL
    also: Callable[[str], dict]  # briefing slug -> {section anchor: refs (SectionRefs, or tuples of their fields)}
    settings: dict | None = None  # site_name, site_url, use_directory_urls


def link_context(topics, glossary, titles: dict[str, str], also: Callable[[str], dict], matcher,
                 settings: dict) -> LinkContext:
    """`titles`: briefing slug -> title; `also(slug)`: section anchor -> refs."""
    return LinkContext(
        matcher=matcher, glossary=Glossary(tuple((t.short, t.long) for t in glossary)),
        names={t.slug: t.name for t in topics}, kinds={t.slug: t.kind for t in topics}, titles=titles,
        hrefs={t.slug: f"../topics/{topic_file(t.slug)}" for t in topics},
        urls={t.slug: page_url(f"topics/{topic_file(t.slug).removesuffix('.md')}", settings)
              for t in topics},
        also=also, settings=settings)


def briefing_links(article: Article, ctx: LinkContext) -> BriefingLinks:
    names = ctx.names
    return BriefingLinks(
        chips=tuple((names[t], ctx.urls[t]) for t in article.topics[:CHIPS_MAX]),
        kinds=tuple(ctx.kinds[t] for t in article.topics[:CHIPS_MAX]),
        related=tuple((ctx.titles[r.slug], f"{r.slug}.md", tuple(names[t] for t in r.shared[:4]))
                      for r in article.related),
        also={anchor: tuple((label, f"{other}.md#{other_anchor}") for other, other_anchor, label in refs)
              for anchor, refs in ctx.also(article.slug).items()},
        matcher=ctx.matcher, topic_hrefs=ctx.hrefs,
        glossary=ctx.glossary, data_prefix=f"../{DATA_DIR}/{article.slug}-",
        publisher=settings["site_name"] if (settings := ctx.settings) else "",
        url=settings["site_url"] + page_url(f"briefings/{article.slug}", settings) if settings else "")


def render_collection(corpus, topics: tuple[Topic, ...], glossary: tuple[Term, ...], settings: dict,
                      related_topics: dict[str, list[str]], skip, topic_entries
                      ) -> Iterator[tuple[str, str, str]]:
    """(group, path, content) of every page but the briefings themselves and their table
    downloads (see render.tables), one at a time: indexes, topics, glossary, table catalogue,
    feed, from the corpus (corpus.Corpus) and the topics in use. A group names what a page is
    made from alone ("topic:<slug>": a topic's pages, from `topic_entries(slug)`; "" for pages
    made from the whole site); groups in `skip` are left out."""
    briefings = corpus.briefings
    listings = [b.listing for b in briefings.values()]
    ordered = newest_first(listings)
    latest = [briefings[a.slug].shell for a in ordered[:max(HOME_LATEST, FEED_ITEMS)]]
    last_date = max((a.updated or a.date for a in listings if a.date), default=None)
    names = {t.slug: t.name for t in topics}
    chips = {t.slug: (t.name, f"topics/{topic_file(t.slug)}") for t in topics}
    # The glossary page lists the acronyms the briefings use: defined in one, or naming a topic
    # in use; the taxonomy's others (an acronym no briefing names) stay out.
    in_use = {form for t in topics for form in (t.name, *t.aliases)}
    glossary = tuple(term for term in glossary if term.articles or term.short in in_use)
    # Newest briefings' tables first, as the archive lists them: a new dated briefing's tables
    # then land on the catalogue's first page, and the pages laid out from the oldest stay put.
    catalogue = [row for a in ordered for row in briefings[a.slug].catalogue]
    counts = {"topics": len(topics), "terms": len(glossary), "tables": len(catalogue)}
    yield "", "index.md", render_home(latest, len(ordered), chips, counts)
    yield "", "whats-new.md", render_whats_new(listings)
    yield "", "feed.xml", render_feed(latest, last_date, names, settings)
    for path, page in render_archive([briefings[a.slug].archive for a in ordered], settings).items():
        yield "", path, page
    for topic in topics:
        if f"topic:{topic.slug}" not in skip:
            for path, page in topic_pages(topic, topic_entries(topic.slug), related_topics[topic.slug], names, settings):
                yield f"topic:{topic.slug}", path, page
    totals, weights = corpus.related.totals, corpus.related.weights  # weights: topic -> {briefing: mentions}
    yield "", "topics/index.md", render_topic_index(
        topics, {t.slug: (len(weights[t.slug]), sum(weights[t.slug].values())) for t in topics}, ordered,
        lambda slug, topic: totals[slug].get(topic, 0))
    for kind, title in KIND_TITLES:  # a feed per kind of topic: the newest briefings naming one
        of_kind = {t.slug for t in topics if t.kind == kind}
        newest = [a for a in ordered if of_kind & totals[a.slug].keys()][:KIND_FEED_ITEMS]
        shells = [briefings[a.slug].shell for a in newest]
        dates = [a.updated or a.date for a in newest if a.date]
        yield "", kind_feed(kind), render_feed(shells, max(dates, default=None), names, settings,
                                               title=title, path=kind_feed(kind))
    yield "", "glossary.md", render_glossary(glossary, {slug: b.listing.title for slug, b in briefings.items()})
    for path, page in render_catalogue(catalogue, settings):
        yield "", path, page
