"""Page URLs as MkDocs makes them, for links that do not go through Markdown."""
from __future__ import annotations


def page_url(path: str, settings: dict) -> str:
    """`topics/nato` -> `topics/nato/` (directory URLs) or `topics/nato.html`."""
    return f"{path}/" if settings.get("use_directory_urls", True) else f"{path}.html"
