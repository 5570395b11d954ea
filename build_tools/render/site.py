"""Every page of the site from an enriched Site."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from build_tools.model import Article, Site
from build_tools.render.glossary import render_glossary
from build_tools.render.feed import render_feed
from build_tools.render.indexes import newest_first, render_archive, render_home, render_whats_new
from build_tools.render.links import BriefingLinks, Glossary
from build_tools.render.tables import DATA_DIR, render_tables
from build_tools.render.topics import render_topics, topic_file
from build_tools.render.urls import page_url

CHIPS_MAX = 10


@dataclass(frozen=True)
class LinkContext:
    """What every briefing page needs to know about the rest of the site."""
    matcher: object
    glossary: Glossary
    names: dict  # topic slug -> name
    titles: dict  # briefing slug -> title
    hrefs: dict  # topic slug -> href from a briefing page
    urls: dict  # topic slug -> site-relative URL
    also: dict  # briefing slug -> {section anchor: (SectionRef, ...)}


def link_context(site: Site, matcher, settings: dict) -> LinkContext:
    also: dict[str, dict] = {}
    for (slug, anchor), refs in site.also.items():
        also.setdefault(slug, {})[anchor] = refs
    return LinkContext(
        matcher=matcher, glossary=Glossary(tuple((t.short, t.long) for t in site.glossary)),
        names={t.slug: t.name for t in site.topics}, titles={a.slug: a.title for a in site.articles},
        hrefs={t.slug: f"../topics/{topic_file(t.slug)}" for t in site.topics},
        urls={t.slug: page_url(f"topics/{topic_file(t.slug).removesuffix('.md')}", settings)
              for t in site.topics},
        also=also)


def briefing_links(article: Article, ctx: LinkContext) -> BriefingLinks:
    names = ctx.names
    return BriefingLinks(
        chips=tuple((names[t], ctx.urls[t]) for t in article.topics[:CHIPS_MAX]),
        related=tuple((ctx.titles[r.slug], f"{r.slug}.md", tuple(names[t] for t in r.shared[:4]))
                      for r in article.related),
        also={anchor: tuple((r.label, f"{r.article}.md#{r.anchor}") for r in refs)
              for anchor, refs in ctx.also.get(article.slug, {}).items()},
        matcher=ctx.matcher, topic_hrefs=ctx.hrefs,
        glossary=ctx.glossary, data_prefix=f"../{DATA_DIR}/{article.slug}-")


def render_collection(site: Site, settings: dict, related_topics: dict[str, list[str]],
                      skip=frozenset()) -> Iterator[tuple[str, str, str]]:
    """(group, path, content) of every page but the briefings themselves, one at a time:
    indexes, topics, glossary, tables, feed. A group names what a page is made from alone
    ("topic:<slug>": a topic's pages; "tables:<briefing slug>": a briefing's table
    downloads; "" for pages made from the whole site); groups in `skip` are left out."""
    ordered = newest_first(site.articles)
    names = {t.slug: t.name for t in site.topics}
    chips = {t.slug: (t.name, f"topics/{topic_file(t.slug)}") for t in site.topics}
    counts = {"topics": len(site.topics), "terms": len(site.glossary), "tables": len(site.tables)}
    yield "", "index.md", render_home(ordered, chips, counts)
    yield "", "whats-new.md", render_whats_new(site.articles)
    yield "", "feed.xml", render_feed(ordered, names, settings)
    for path, page in render_archive(ordered).items():
        yield "", path, page
    for slug, path, page in render_topics(site, related_topics, {g[6:] for g in skip if g.startswith("topic:")}):
        yield (f"topic:{slug}" if slug else ""), path, page
    yield "", "glossary.md", render_glossary(site)
    for slug, path, page in render_tables(site, {g[7:] for g in skip if g.startswith("tables:")}):
        yield (f"tables:{slug}" if slug else ""), path, page
