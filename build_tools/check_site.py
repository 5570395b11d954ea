"""The nothing-lost check on the built site, after `mkdocs build`.

Each briefing's HTML, as MkDocs rendered it, must show every word of its article:
this checks what readers get (Python-Markdown's output, not our guess of it). It runs
after MkDocs, in `briefing build`, so MkDocs itself runs none of our code and the
site stays buildable by any MkDocs-compatible builder.
"""
from __future__ import annotations

import html as markup
from pathlib import Path

import yaml

from build_tools.check import accounted_text, describe_missing, missing_words, shown_html_text
from build_tools.errors import SourceError
from build_tools.model import Diagnostic
from build_tools.parallel import parallel_map
from build_tools.parse.article import source_hash
from build_tools.read import read_source, shown
from build_tools.render.urls import page_url


def _front_matter(page: str) -> dict:
    if not page.startswith("---\n"):
        return {}
    return yaml.safe_load(page[4:page.index("\n---\n")]) or {}


def _article_html(html: str) -> str:
    """The page's content: what the theme wraps around it (navigation, footer) does not count."""
    start, end = html.find("<article"), html.rfind("</article>")
    return html[start:end] if 0 <= start < end else html


def check_built_page(item: tuple[Path, Path, Path]) -> list[Diagnostic]:
    """The check for one generated page (docs/briefings/x.md) and its HTML in the built site,
    against its article in the articles folder."""
    page, html_path, articles = item
    meta = _front_matter(page.read_text(encoding="utf-8"))
    name, expected = meta.get("source"), meta.get("source_hash")
    if not name or not expected:
        return []
    name = str(shown(articles / Path(markup.unescape(name)).name))  # escaped for the templates
    try:
        source = read_source(Path(name))
    except (OSError, SourceError) as error:
        return [Diagnostic(str(page), 1, "error", f"cannot read its article {name}: {error}")]
    if source_hash(source) != expected:
        return [Diagnostic(str(page), 1, "error",
                           f"made from an older version of {name}; run `briefing build` again")]
    try:
        html = html_path.read_text(encoding="utf-8")
    except OSError:
        return [Diagnostic(str(page), 1, "error", f"not in the built site: {html_path} is missing")]
    dropped = {n for n in meta.get("dropped") or () if isinstance(n, int)}
    missing = missing_words(accounted_text(source.lines, dropped), shown_html_text(_article_html(html)))
    return [Diagnostic(name, 1, "error", describe_missing(missing))] if missing else []


def check_built_site(docs: Path, site: Path, settings: dict, articles: Path = Path("articles"),
                     only: set[str] | None = None) -> list[Diagnostic]:
    """Every briefing of the built site, or `only` those rendered in this build (paths under
    docs/), on every core."""
    items = []
    for page in sorted((docs / "briefings").glob("*.md")):
        if only is not None and f"briefings/{page.name}" not in only:
            continue
        url = page_url(f"briefings/{page.stem}", settings)
        items.append((page, site / (url + "index.html" if url.endswith("/") else url), articles))
    return [d for found in parallel_map(check_built_page, items) for d in found]
