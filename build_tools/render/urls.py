"""Page URLs as MkDocs makes them, for links that do not go through Markdown."""
from __future__ import annotations


def page_url(path: str, settings: dict) -> str:
    """`topics/nato` -> `topics/nato/` (directory URLs) or `topics/nato.html`."""
    return f"{path}/" if settings.get("use_directory_urls", True) else f"{path}.html"


# Listings (archive/, topics/, tables/) are raw HTML: Python-Markdown leaves it as it is, and
# reads a listing of a hundred linked entries several times slower as Markdown. Their links
# are therefore written as the site's URLs, not as links to Markdown files for MkDocs to map.
def listing_href(path: str, settings: dict) -> str:
    """The href of a page (`briefings/x`) from a listing page one folder down."""
    return "../" + page_url(path, settings)


def on_listing_page(html: str, page: str, settings: dict) -> str:
    """Listing HTML (hrefs from `listing_href`, text escaped) placed on the page `page` (its
    path under docs/). With directory URLs a page other than a folder's index.md sits one
    level deeper (`topics/nato/`), so its hrefs climb once more. Escaped text holds no `"`,
    so `href="../` is only ever an href."""
    if not settings.get("use_directory_urls", True) or page.rsplit("/", 1)[-1] == "index.md":
        return html
    return html.replace('href="../', 'href="../../')
