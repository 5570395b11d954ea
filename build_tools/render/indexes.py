"""The home page (latest briefings as cards), What's new, and the paginated archive."""
from __future__ import annotations

from build_tools.model import Article, Listing
from build_tools.render.briefing import description, reading_minutes
from build_tools.render.wording import long_date, plural
from build_tools.render.escape import html_text, inline
from build_tools.render.frontmatter import front_matter
from build_tools.render.paginate import pager, stable_pages
from build_tools.render.urls import listing_href, on_listing_page

HOME_LATEST = 12
WHATS_NEW = 20
CARD_TOPICS = 4


def newest_first(listings) -> list[Listing]:
    """Dated briefings newest first, then undated ones; ties by title and slug."""
    dated = sorted((a for a in listings if a.date), key=lambda a: (a.title.casefold(), a.slug))
    dated.sort(key=lambda a: a.date, reverse=True)
    undated = sorted((a for a in listings if not a.date), key=lambda a: (a.title.casefold(), a.slug))
    return dated + undated


def card(article: Article, topics: dict[str, tuple[str, str]]) -> str:
    """A Material grid card: title, date, summary, topic chips."""
    chips = " ".join(f"[{inline(topics[s][0])}]({topics[s][1]}){{ .md-tag }}"
                     for s in article.topics[:CARD_TOPICS])
    lines = [f"-   **[{inline(article.title)}](briefings/{article.slug}.md)**", "", "    ---", "",
             f"    <small>{long_date(article.meta.date)} · "
             f"{reading_minutes(article.word_count)} min read</small>", "",
             f"    {inline(description(article.summary))}"]
    if chips:
        lines += ["", f"    {chips}"]
    return "\n".join(lines)


def _link_card(title: str, href: str, text: str) -> str:
    return f"-   **[{title}]({href})**\n\n    {text}\n"


def render_home(latest: list[Article], total: int, topics, counts: dict[str, int]) -> str:
    """`latest`: the HOME_LATEST newest briefings of `total`."""
    lines = [front_matter({"title": "Briefings", "hide": ["navigation", "toc"], "pagefind_ignore": True}),
             "# Briefings", "",
             f"{plural(total, 'briefing')} on diplomacy and security, each converted from a raw article "
             "with its structure, tables and sources intact.", "",
             "## Latest briefings", "", '<div class="grid cards" markdown>', ""]
    # The latest briefings first: on a phone the first screen shows a briefing, not the way
    # around the site (which the tabs and the cards below give).
    lines += [card(a, topics) + "\n" for a in latest[:HOME_LATEST]]
    lines += ["", "</div>", "", "[See what's new](whats-new.md) · [All briefings](archive/index.md)", "",
              "## Find your way", "",
              '<div class="grid cards portal-links" markdown>', "",
              _link_card("All briefings", "archive/index.md", f"{plural(total, 'briefing')}, newest first"),
              _link_card("Topics", "topics/index.md",
                         f"{plural(counts['topics'], 'topic')}: countries, organisations, people and themes"),
              _link_card("Glossary", "glossary.md", f"{plural(counts['terms'], 'acronym')} and their meanings"),
              _link_card("Table catalogue", "tables/index.md",
                         f"{plural(counts['tables'], 'table')} with CSV and JSON downloads"), "</div>"]
    return "\n".join(lines) + "\n"


def render_whats_new(listings) -> str:
    """The most recently added or updated briefings, by their sidecar dates."""
    dated = [a for a in listings if a.date]
    dated.sort(key=lambda a: (a.updated or a.date, a.slug), reverse=True)
    lines = [front_matter({"title": "What's new", "pagefind_ignore": True}), "# What's new", "",
             "The most recently added or updated briefings, by the `date` and `updated` fields of "
             "their sidecar metadata.", ""]
    for a in dated[:WHATS_NEW]:
        updated = a.updated and a.updated != a.date
        label = f"Updated {long_date(a.updated)}" if updated else f"Added {long_date(a.date)}"
        lines.append(f"- **{label}**: [{inline(a.title)}](briefings/{a.slug}.md)")
    undated = len(listings) - len(dated)
    if not dated:
        lines.append("No briefing is dated yet: give one a `date:` in its sidecar `.yml` file.")
    if undated:
        lines += ["", f"{plural(undated, 'undated briefing')} {'is' if undated == 1 else 'are'} listed after "
                      "the dated ones in [all briefings](archive/index.md)."]
    return "\n".join(lines) + "\n"


def archive_entry(article: Article, settings: dict) -> str:
    """A briefing's entry in the archive: an HTML list item (see urls.listing_href)."""
    return (f'<li><strong><a href="{listing_href(f"briefings/{article.slug}", settings)}">'
            f"{html_text(article.title)}</a></strong><br>"
            f"<small>{long_date(article.meta.date)} · {reading_minutes(article.word_count)} min read</small><br>"
            f"{html_text(description(article.summary))}</li>")


def render_archive(entries: list[str], settings: dict) -> dict[str, str]:
    """The archive pages, from each briefing's archive_entry, newest first."""
    pages = {}
    for name, chunk, newer, older in stable_pages("archive/index", entries):
        title = "All briefings" if newer is None else "All briefings, earlier"
        lines = [front_matter({"title": title, "pagefind_ignore": True}), f"# {title}", "", "<ul>"]
        lines += [on_listing_page(item, name, settings) for item in chunk] + ["</ul>"]
        lines += ["", pager(newer, older)]
        pages[name] = "\n".join(lines).rstrip() + "\n"
    return pages
