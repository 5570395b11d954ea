"""The home page and the paginated list of all briefings."""
from __future__ import annotations

from build_tools.model import Article
from build_tools.render.briefing import description, reading_minutes
from build_tools.render.escape import inline
from build_tools.render.frontmatter import front_matter
from build_tools.render.paginate import chunks, page_names, pager

HOME_LATEST = 12


def newest_first(articles) -> list[Article]:
    """Dated briefings newest first, then undated ones; ties by title and slug."""
    dated = sorted((a for a in articles if a.meta.date), key=lambda a: (a.title.casefold(), a.slug))
    dated.sort(key=lambda a: a.meta.date, reverse=True)
    undated = sorted((a for a in articles if not a.meta.date), key=lambda a: (a.title.casefold(), a.slug))
    return dated + undated


def entry(article: Article, prefix: str) -> str:
    when = article.meta.date or "Undated"
    return (f"- **[{inline(article.title)}]({prefix}{article.slug}.md)**  \n"
            f"  <small>{when} · {reading_minutes(article.word_count)} min read</small>  \n"
            f"  {inline(description(article.summary))}")


def render_home(ordered: list[Article]) -> str:
    lines = [front_matter({"title": "Briefings", "hide": ["navigation"]}),
             "# Briefings", "",
             f"{len(ordered)} briefings. The latest are below; "
             "[all briefings](archive/index.md) are listed newest first. Browse by "
             "[topic](topics/index.md), look up an acronym in the [glossary](glossary.md), "
             "or find data in the [table catalogue](tables/index.md).", "",
             "## Latest briefings", ""]
    lines += [entry(a, "briefings/") for a in ordered[:HOME_LATEST]]
    return "\n".join(lines) + "\n"


def render_archive(ordered: list[Article]) -> dict[str, str]:
    names = [f"archive/{n}" for n in page_names("index", len(ordered))]
    pages = {}
    for n, (name, chunk) in enumerate(zip(names, chunks(ordered)), start=1):
        title = "All briefings" + (f" (page {n})" if n > 1 else "")
        lines = [front_matter({"title": title}), f"# {title}", ""]
        lines += [entry(a, "../briefings/") for a in chunk]
        lines += ["", pager(names, n)]
        pages[name] = "\n".join(lines).rstrip() + "\n"
    return pages


def render_indexes(articles) -> dict[str, str]:
    ordered = newest_first(articles)
    pages = {"index.md": render_home(ordered)}
    pages.update(render_archive(ordered))
    return pages
