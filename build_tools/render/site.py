"""Every page of the site from an enriched Site."""
from __future__ import annotations

from build_tools.model import Site
from build_tools.render.briefing import render_briefing
from build_tools.render.glossary import render_glossary
from build_tools.render.feed import render_feed
from build_tools.render.indexes import newest_first, render_archive, render_home, render_whats_new
from build_tools.render.links import BriefingLinks, Glossary
from build_tools.render.tables import DATA_DIR, render_tables
from build_tools.render.topics import render_topics, topic_file

CHIPS_MAX = 10


def briefing_links(site: Site, matcher) -> dict[str, BriefingLinks]:
    names = {t.slug: t.name for t in site.topics}
    titles = {a.slug: a.title for a in site.articles}
    hrefs = {t.slug: f"../topics/{topic_file(t.slug)}" for t in site.topics}
    urls = {t.slug: f"topics/{topic_file(t.slug).removesuffix('.md')}/" for t in site.topics}
    glossary = Glossary(tuple((t.short, t.long) for t in site.glossary))
    also_by_article: dict[str, dict] = {}
    for (slug, anchor), refs in site.also:
        also_by_article.setdefault(slug, {})[anchor] = tuple(
            (r.label, f"{r.article}.md#{r.anchor}") for r in refs)
    out = {}
    for a in site.articles:
        out[a.slug] = BriefingLinks(
            chips=tuple((names[t], urls[t]) for t in a.topics[:CHIPS_MAX]),
            related=tuple((titles[r.slug], f"{r.slug}.md", tuple(names[t] for t in r.shared[:4]))
                          for r in a.related),
            also=also_by_article.get(a.slug, {}), matcher=matcher, topic_hrefs=hrefs,
            glossary=glossary, data_prefix=f"../{DATA_DIR}/{a.slug}-")
    return out


def render_site(site: Site, matcher, settings: dict[str, str]) -> dict[str, str]:
    links = briefing_links(site, matcher)
    pages = {f"briefings/{a.slug}.md": render_briefing(a, links[a.slug]) for a in site.articles}
    ordered = newest_first(site.articles)
    names = {t.slug: t.name for t in site.topics}
    chips = {t.slug: (t.name, f"topics/{topic_file(t.slug)}") for t in site.topics}
    counts = {"topics": len(site.topics), "terms": len(site.glossary), "tables": len(site.tables)}
    pages["index.md"] = render_home(ordered, chips, counts)
    pages["whats-new.md"] = render_whats_new(site.articles)
    pages["feed.xml"] = render_feed(ordered, names, settings)
    pages.update(render_archive(ordered))
    pages.update(render_topics(site))
    pages["glossary.md"] = render_glossary(site)
    pages.update(render_tables(site))
    return pages
