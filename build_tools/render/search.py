"""The search page for Pagefind mode: Pagefind's own UI, served from the site."""
from __future__ import annotations

from build_tools.render.frontmatter import front_matter


def render_search_page() -> str:
    return (front_matter({"title": "Search", "hide": ["navigation", "toc"], "pagefind_ignore": True})
            + "\n# Search\n\n"
            "Search every briefing. Results load in small pieces as you type, so the first result "
            "comes quickly however large the archive.\n\n"
            '<link href="../pagefind/pagefind-ui.css" rel="stylesheet">\n'
            '<div id="pagefind-search"></div>\n'
            '<script src="../pagefind/pagefind-ui.js"></script>\n'
            "<script>\n"
            '  new PagefindUI({ element: "#pagefind-search", showSubResults: true, showImages: false });\n'
            "</script>\n")
