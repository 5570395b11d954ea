"""Topic pages and the topic index with its coverage matrix."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from build_tools.model import Topic
from build_tools.render.briefing import description
from build_tools.render.wording import long_date, month, plural
from build_tools.render.escape import attribute, html_text, inline
from build_tools.render.feed import FEED_ITEMS, topic_feed
from build_tools.render.frontmatter import front_matter
from build_tools.render.paginate import pager, stable_pages
from build_tools.render.urls import listing_href, on_listing_page

KIND_TITLES = (("country", "Countries"), ("organisation", "Organisations"), ("person", "People"),
               ("theme", "Themes"))
SECTIONS_SHOWN = 1  # quoted per briefing on a topic page; the others are counted
MATRIX_BRIEFINGS, MATRIX_TOPICS = 20, 10


def kind_feed(kind: str) -> str:
    """The feed of one kind of topic, e.g. topics/kind-country.xml."""
    return f"topics/kind-{kind}.xml"


def topic_file(slug: str) -> str:
    return "topic-index.md" if slug == "index" else f"{slug}.md"


def topic_entries(slug: str, article, mentions, settings: dict) -> dict[str, tuple]:
    """One briefing's entry on each of its topics' pages: topic -> (its mentions of the topic,
    its date ("" if undated), its title for sorting, the entry (an HTML list item), and for
    the topic's feed its title and description). Made where its mentions are found."""
    title = article.title
    per_topic: dict[str, list] = defaultdict(list)
    for m in mentions:
        per_topic[m.topic].append(m)
    href = listing_href(f"briefings/{slug}", settings)
    when = (f'<time datetime="{article.meta.date}">{long_date(article.meta.date)}</time>'
            if article.meta.date else long_date(None))
    out = {}
    for topic, found in per_topic.items():
        total = sum(m.count for m in found)
        sections = sorted(found, key=lambda m: (-m.count, m.anchor))
        # One quote says what the briefing says of the topic: a timeline of 100 briefings on
        # a page stays one to read, and the site small at every size.
        quotes = [f'<li><a href="{href}#{m.anchor}">{html_text(m.heading)}</a>: “{html_text(m.excerpt)}”</li>'
                  if m.anchor else f'<li><a href="{href}">Summary</a>: “{html_text(m.excerpt)}”</li>'
                  for m in sections[:SECTIONS_SHOWN]]
        if len(sections) > SECTIONS_SHOWN:
            quotes.append(f"<li>and {plural(len(sections) - SECTIONS_SHOWN, 'more section')}</li>")
        item = (f'<li><strong><a href="{href}">{html_text(title)}</a></strong> · {when} · '
                f"{plural(total, 'mention')}<ul>{''.join(quotes)}</ul></li>")
        out[topic] = (total, article.meta.date or "", title.casefold(), item, title, description(article.summary))
    return out


def timeline(entries: dict[str, tuple]) -> list[str]:
    """A topic's briefings newest first (dated, then undated), by slug."""
    dated = sorted((s for s in entries if entries[s][1]), key=lambda s: (entries[s][2], s))
    dated.sort(key=lambda s: entries[s][1], reverse=True)
    undated = sorted((s for s in entries if not entries[s][1]), key=lambda s: (entries[s][2], s))
    return dated + undated


def topic_pages(topic: Topic, entries: dict[str, tuple], related: list[str], names: dict[str, str],
                settings: dict) -> Iterator[tuple[str, str]]:
    """(path, content) of each page of one topic, from its briefings' entries (briefing
    slug -> topic_entries value): a timeline, newest first, grouped by month; and its feed."""
    ordered = timeline(entries)
    stem = topic_file(topic.slug).removesuffix(".md")
    mentions = sum(entry[0] for entry in entries.values())
    for path, chunk, newer, older in stable_pages(f"topics/{stem}", ordered):
        listed = [(entries[s][1], on_listing_page(entries[s][3], path, settings)) for s in chunk]
        # Only the first page counts and relates: those move with every briefing on the topic,
        # and the full pages, laid out from the oldest, then stay as they are.
        first = newer is None
        yield path, _topic_page(topic, pager(newer, older), listed,
                                related if first else [], names, (mentions, len(ordered)) if first else None,
                                f"topics/{stem}.xml")
    yield f"topics/{stem}.xml", topic_feed(topic, [(s, entries[s]) for s in ordered[:FEED_ITEMS]], settings)


def _by_month(listed: list[tuple[str, str]]) -> list[str]:
    """Entries ((date, HTML list item), newest first) under a heading for each month, each
    month's a list in raw HTML."""
    lines: list[str] = []
    current = None
    for date, item in listed:
        heading = month(date)
        if heading != current:
            lines += (["</ul>"] if current else []) + ["", f"### {heading} {{ .topic-month }}", "",
                                                       '<ul class="topic-timeline">']
            current = heading
        lines.append(item)
    return lines + (["</ul>"] if lines else [])


def _topic_page(topic, pages, listed, related, names, counts: tuple[int, int] | None, feed) -> str:
    """One page of a topic; `counts`: (mentions, briefings), shown on its first page."""
    counted = f" · {plural(counts[0], 'mention')} in {plural(counts[1], 'briefing')}" if counts else ""
    lines = [front_matter({"title": attribute(topic.name), "feed": feed, "crumbs": ["Topics"],
                           "description": attribute(topic.description or f"Briefings on {topic.name}")}),
             f"# {inline(topic.name)}", "",
             f"{topic.kind.capitalize()}{' (discovered in the articles)' if topic.discovered else ''}"
             f"{counted} · [Follow: RSS feed]({feed.rsplit('/', 1)[-1]})", "{: .topic-facts }", ""]
    if topic.description:
        lines += [inline(topic.description), ""]
    if topic.long_form and topic.long_form != topic.name:
        lines += [f"{inline(topic.name)} stands for *{inline(topic.long_form)}*.", ""]
    # The timeline repeats its briefings' titles and words: search finds them on the briefings.
    lines += ["## Briefings"] + _by_month(listed)
    if pages:
        lines += ["", pages]
    if related:
        chips = " ".join(f"[{inline(names[s])}]({topic_file(s)}){{ .md-tag }}"
                         for s in related)
        lines += ["", "## Related topics", "", "Topics that appear most often in the same briefings:",
                  "", chips, "{: .related-topics }"]
    return "\n".join(lines) + "\n"


def render_topic_index(topics, counts: dict[str, tuple[int, int]], latest, cells) -> str:
    """The topic index: the coverage matrix, then every topic by kind. `counts`: topic ->
    (briefings, mentions); `latest`: the newest briefings; `cells(briefing, topic)`: mentions."""
    lines = [front_matter({"title": "Topics", "pagefind_ignore": True}), "# Topics", "",
             "Every country, organisation, person and theme the briefings mention, with how many "
             "briefings and mentions. Topics marked † were discovered in the articles rather than "
             "listed in the taxonomy.", ""]
    names = {t.slug: t.name for t in topics}
    lines += _matrix(counts, names, latest[:MATRIX_BRIEFINGS], cells)
    for kind, title in KIND_TITLES:
        of_kind = sorted((t for t in topics if t.kind == kind), key=lambda t: (-counts[t.slug][0], t.name.casefold()))
        if not of_kind:
            continue
        lines += [f"## {title}", "", f"[Follow: RSS feed of briefings on {title.lower()}]"
                  f"({kind_feed(kind).removeprefix('topics/')})", ""]
        for t in of_kind:
            mark = " †" if t.discovered else ""
            briefings, mentions = counts[t.slug]
            lines.append(f"- [{inline(t.name)}]({topic_file(t.slug)}){mark}: "
                         f"{plural(briefings, 'briefing')}, {plural(mentions, 'mention')}")
        lines.append("")
    return "\n".join(lines)


def _matrix(counts, names, rows, cells) -> list[str]:
    """Latest briefings x most covered topics: mentions per cell."""
    top = sorted(counts, key=lambda s: (-counts[s][0], -counts[s][1], s))[:MATRIX_TOPICS]
    if not top:
        return []
    lines = ["## Coverage", "",
             f"Mentions of the {plural(len(top), 'most covered topic')} in the "
             f"{plural(len(rows), 'latest briefing')}.", "",
             '<div class="coverage-matrix" markdown>', "",
             "| Briefing | " + " | ".join(f"[{inline(names[s])}]({topic_file(s)})" for s in top) + " |",
             "| --- | " + " | ".join("---:" for _ in top) + " |"]
    for a in rows:
        values = [str(cells(a.slug, s) or "·") for s in top]
        lines.append(f"| [{inline(a.title)}](../briefings/{a.slug}.md) | " + " | ".join(values) + " |")
    return lines + ["", "</div>", ""]
