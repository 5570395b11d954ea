"""The search page for Pagefind mode: Pagefind's own UI, served from the site."""
from __future__ import annotations

from build_tools.render.frontmatter import front_matter


def render_search_page(settings: dict) -> str:
    # The bundle sits at the site root: one level up from search/ with directory URLs.
    root = "../" if settings.get("use_directory_urls", True) else ""
    return (front_matter({"title": "Search", "hide": ["navigation", "toc"], "pagefind_ignore": True})
            + "\n# Search\n\n"
            "Search every briefing, newest first; narrow by topic, kind of topic or year. Results "
            "load in small pieces as you type, so the first result comes quickly however large "
            "the archive.\n\n"
            f'<link href="{root}pagefind/pagefind-ui.css" rel="stylesheet">\n'
            '<div id="pagefind-search"></div>\n'
            f'<script src="{root}pagefind/pagefind-ui.js"></script>\n'
            "<script>\n"
            "  // The index comes in shards (newest first across them by weight): see shards.json.\n"
            f'  fetch("{root}pagefind/shards.json").then((r) => r.json()).then((shards) => {{\n'
            '    new PagefindUI({ element: "#pagefind-search", showSubResults: true, showImages: false,\n'
            '                     sort: { date: "desc" },  // newest first; filters: topic, kind, year\n'
            "                     mergeIndex: shards.map((s) => ({\n"
            f'                       bundlePath: new URL("{root}pagefind/" + s.bundle + "/", document.baseURI).href,\n'
            "                       indexWeight: s.weight })) });\n"
            "  });\n"
            "</script>\n")
