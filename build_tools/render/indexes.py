"""The home page and the paginated list of all briefings."""
from __future__ import annotations

from build_tools.model import Article
from build_tools.render.briefing import description, reading_minutes
from build_tools.render.escape import inline
from build_tools.render.frontmatter import front_matter

HOME_LATEST = 12
PER_PAGE = 100


def newest_first(articles) -> list[Article]:
    """Dated briefings newest first, then undated ones; ties by title and slug."""
    dated = sorted((a for a in articles if a.meta.date), key=lambda a: (a.title.casefold(), a.slug))
    dated.sort(key=lambda a: a.meta.date, reverse=True)
    undated = sorted((a for a in articles if not a.meta.date), key=lambda a: (a.title.casefold(), a.slug))
    return dated + undated


def _entry(article: Article, prefix: str) -> str:
    when = article.meta.date or "Undated"
    return (f"- **[{inline(article.title)}]({prefix}{article.slug}.md)**  \n"
            f"  <small>{when} · {reading_minutes(article.word_count)} min read</small>  \n"
            f"  {inline(description(article.summary))}")


def render_home(ordered: list[Article]) -> str:
    latest = ordered[:HOME_LATEST]
    lines = [front_matter({"title": "Briefings", "hide": ["navigation"]}),
             "# Briefings", "",
             f"{len(ordered)} briefings. The latest are below; "
             "[all briefings](archive/index.md) are listed newest first.", "",
             "## Latest briefings", ""]
    lines += [_entry(a, "briefings/") for a in latest]
    return "\n".join(lines) + "\n"


def render_archive(ordered: list[Article]) -> dict[str, str]:
    """All briefings, PER_PAGE to a page, so no page grows with the archive."""
    chunks = [ordered[i:i + PER_PAGE] for i in range(0, len(ordered), PER_PAGE)] or [[]]
    names = ["index.md"] + [f"page-{n}.md" for n in range(2, len(chunks) + 1)]
    pages = {}
    for n, (name, chunk) in enumerate(zip(names, chunks), start=1):
        title = "All briefings" + (f" (page {n} of {len(chunks)})" if len(chunks) > 1 else "")
        lines = [front_matter({"title": title}), f"# {title}", ""]
        lines += [_entry(a, "../briefings/") for a in chunk]
        pager = []
        if n > 1:
            pager.append(f"[← Newer]({names[n - 2]})")
        if n < len(chunks):
            pager.append(f"[Older →]({names[n]})")
        if pager:
            lines += ["", " · ".join(pager)]
        pages[f"archive/{name}"] = "\n".join(lines) + "\n"
    return pages


def render_indexes(articles) -> dict[str, str]:
    ordered = newest_first(articles)
    pages = {"index.md": render_home(ordered)}
    pages.update(render_archive(ordered))
    return pages
