"""MkDocs plugin `briefing-check`: the nothing-lost check on the HTML MkDocs really renders.

Each briefing page names its article (`source`) and the hash of the text it was made
from (`source_hash`). When MkDocs has turned the page into HTML, every word of that
article must be in the text a reader sees; if not, the build logs an error naming the
article and the words, and `mkdocs build --strict` fails.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import BasePlugin

from build_tools.check import describe_missing, missing_words, shown_html_text
from build_tools.errors import SourceError
from build_tools.parse.article import source_hash
from build_tools.read import read_source

log = logging.getLogger("mkdocs.plugins.briefing-check")


class NothingLost(BasePlugin):
    def on_config(self, config):
        self.root = Path(config.config_file_path).resolve().parent
        return config

    def on_page_content(self, html, page, config, files):
        name, expected = page.meta.get("source"), page.meta.get("source_hash")
        if not name or not expected:
            return html  # not a briefing
        path = Path(name) if Path(name).is_absolute() else self.root / name
        try:
            source = read_source(path)
        except (OSError, SourceError) as error:
            log.error(f"{page.file.src_uri}: cannot read its article {name}: {error}")
            return html
        if source_hash(source) != expected:
            log.error(f"{page.file.src_uri}: made from an older version of {name}; "
                      "run `briefing generate` again")
            return html
        missing = missing_words("\n".join(source.lines), shown_html_text(html))
        if missing:
            log.error(f"{name}:1: error: {describe_missing(missing)}")
        return html
