"""Topic pages and the topic index with its coverage matrix."""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterator

from build_tools.model import Site
from build_tools.render.escape import attribute, inline
from build_tools.render.frontmatter import front_matter
from build_tools.render.indexes import newest_first
from build_tools.render.paginate import chunks, page_names, pager

KIND_TITLES = (("country", "Countries"), ("organisation", "Organisations"), ("person", "People"),
               ("theme", "Themes"))
SECTIONS_SHOWN = 3  # per briefing on a topic page
RELATED_TOPICS = 8
MATRIX_BRIEFINGS, MATRIX_TOPICS = 20, 10
CO_OCCURRENCE_TOPICS = 12  # per briefing, most mentioned first: bounds the pairs counted


def topic_file(slug: str) -> str:
    return "topic-index.md" if slug == "index" else f"{slug}.md"


def related_topics(site: Site) -> dict[str, list[str]]:
    """Each topic's related topics: those in the same briefings most often, most first."""
    co = _co_occurrence(site)
    return {t.slug: [s for s, _ in sorted(co[t.slug].items(), key=lambda kv: (-kv[1], kv[0]))][:RELATED_TOPICS]
            for t in site.topics}


def render_topics(site: Site, related: dict[str, list[str]], skip=frozenset()) -> Iterator[tuple[str, str, str]]:
    """(topic slug, path, content) of every topic page, and ("", path, content) of the topic
    index, one at a time; topics in `skip` are left out (their pages stand as they are)."""
    articles = {a.slug: a for a in site.articles}
    by_topic: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for m in site.mentions:
        by_topic[m.topic][m.article].append(m)
    names = {t.slug: t.name for t in site.topics}
    for topic in site.topics:
        if topic.slug in skip:
            continue
        per_article = by_topic[topic.slug]
        total = {slug: sum(m.count for m in ms) for slug, ms in per_article.items()}
        ordered = sorted(per_article, key=lambda s: (-total[s], articles[s].title.casefold(), s))
        stem = topic_file(topic.slug).removesuffix(".md")
        files = [f"topics/{n}" for n in page_names(stem, len(ordered))]
        for n, (path, chunk) in enumerate(zip(files, chunks(ordered)), start=1):
            yield topic.slug, path, _topic_page(topic, n, chunk, per_article, total, articles,
                                                related[topic.slug], names, files, sum(total.values()),
                                                len(ordered))
    yield "", "topics/index.md", _index(site, by_topic, names)


def _co_occurrence(site: Site) -> dict[str, Counter]:
    co: dict[str, Counter] = defaultdict(Counter)
    for article in site.articles:
        top = article.topics[:CO_OCCURRENCE_TOPICS]
        for a in top:
            for b in top:
                if a != b:
                    co[a][b] += 1
    return co


def _topic_page(topic, n, chunk, per_article, total, articles, related, names, files,
                mentions, briefings) -> str:
    lines = [front_matter({"title": attribute(topic.name),
                           "description": attribute(topic.description or f"Briefings on {topic.name}")}),
             f"# {inline(topic.name)}", "",
             f"{topic.kind.capitalize()}{' (discovered in the articles)' if topic.discovered else ''}"
             f" · {mentions} mentions in {briefings} briefings", "{: .topic-facts }", ""]
    if topic.description:
        lines += [inline(topic.description), ""]
    if topic.long_form and topic.long_form != topic.name:
        lines += [f"{inline(topic.name)} stands for *{inline(topic.long_form)}*.", ""]
    lines += ["## Briefings", ""]
    for slug in chunk:
        article = articles[slug]
        href = f"../briefings/{slug}.md"
        lines.append(f"- **[{inline(article.title)}]({href})**: {total[slug]} mentions")
        sections = sorted(per_article[slug], key=lambda m: (-m.count, m.anchor))
        for m in sections[:SECTIONS_SHOWN]:
            where = f"[{inline(m.heading)}]({href}#{m.anchor})" if m.anchor else f"[Summary]({href})"
            lines.append(f"    - {where}: “{inline(m.excerpt)}”")
        if len(sections) > SECTIONS_SHOWN:
            lines.append(f"    - and {len(sections) - SECTIONS_SHOWN} more sections")
    pages = pager(files, n)
    if pages:
        lines += ["", pages]
    if related:
        chips = " ".join(f"[{inline(names[s])}]({topic_file(s)}){{ .md-tag }}"
                         for s in related[:RELATED_TOPICS])
        lines += ["", "## Related topics", "", "Topics that appear most often in the same briefings:",
                  "", chips]
    return "\n".join(lines) + "\n"


def _index(site: Site, by_topic, names) -> str:
    lines = [front_matter({"title": "Topics"}), "# Topics", "",
             "Every country, organisation, person and theme the briefings mention, with how many "
             "briefings and mentions. Topics marked † were discovered in the articles rather than "
             "listed in the taxonomy.", ""]
    counts = {t.slug: (len(by_topic[t.slug]), sum(m.count for ms in by_topic[t.slug].values() for m in ms))
              for t in site.topics}
    lines += _matrix(site, counts, names)
    for kind, title in KIND_TITLES:
        topics = sorted((t for t in site.topics if t.kind == kind),
                        key=lambda t: (-counts[t.slug][0], t.name.casefold()))
        if not topics:
            continue
        lines += [f"## {title}", ""]
        for t in topics:
            mark = " †" if t.discovered else ""
            briefings, mentions = counts[t.slug]
            lines.append(f"- [{inline(t.name)}]({topic_file(t.slug)}){mark}: "
                         f"{briefings} briefings, {mentions} mentions")
        lines.append("")
    return "\n".join(lines)


def _matrix(site: Site, counts, names) -> list[str]:
    """Latest briefings x most covered topics: mentions per cell."""
    top = sorted(counts, key=lambda s: (-counts[s][0], -counts[s][1], s))[:MATRIX_TOPICS]
    if not top:
        return []
    rows = newest_first(site.articles)[:MATRIX_BRIEFINGS]
    cells: dict[tuple[str, str], int] = Counter()
    for m in site.mentions:
        cells[(m.article, m.topic)] += m.count
    lines = ["## Coverage", "",
             f"Mentions of the {len(top)} most covered topics in the {len(rows)} latest briefings.", "",
             "| Briefing | " + " | ".join(f"[{inline(names[s])}]({topic_file(s)})" for s in top) + " |",
             "| --- | " + " | ".join("---:" for _ in top) + " |"]
    for a in rows:
        values = [str(cells[(a.slug, s)]) if cells[(a.slug, s)] else "·" for s in top]
        lines.append(f"| [{inline(a.title)}](../briefings/{a.slug}.md) | " + " | ".join(values) + " |")
    return lines + [""]
