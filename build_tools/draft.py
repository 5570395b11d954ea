"""The live preview's draft: the saved article's page at once, before the build that follows.

At 10,000 briefings the build after a save takes seconds (generate, then MkDocs over every
file of docs/). The editor looking at the page they edit should not wait for it: this keeps
one MkDocs warm (its configuration, files, navigation and theme loaded once) and renders the
saved article's page as it converts on its own (`briefing convert`: no topic links, related
briefings or search yet) straight into site/. The build that follows replaces the draft
with the exact page: its site step sees the page's output changed and renders it again.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.commands.build import _build_page, _populate_page
from mkdocs.config import load_config
from mkdocs.structure.files import File, get_files, set_exclusions
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from build_tools.errors import SourceError
from build_tools.pipeline import convert, no_cycle_collection, page_path
from build_tools.read import read_source


class DraftRenderer:
    """A warm MkDocs that renders one page of the site on request."""

    def __init__(self, config_file: Path, site_dir: Path):
        with _quiet():
            config = load_config(config_file=str(config_file), site_dir=str(site_dir), strict=False)
            config.plugins.on_startup(command="serve", dirty=True)
            self.config = config.plugins.on_config(config)
            files = get_files(self.config)
            env = self.config.theme.get_env()
            files.add_files_from_theme(env, self.config)
            self.files = self.config.plugins.on_files(files, config=self.config)
            set_exclusions(self.files, self.config)
            self.nav = self.config.plugins.on_nav(get_navigation(self.files, self.config),
                                                  config=self.config, files=self.files)
            self.env = self.config.plugins.on_env(env, config=self.config, files=self.files)
            self.pages = list(self.files.documentation_pages())  # what a page's template may list

    def render(self, article: Path) -> str | None:
        """The article's draft page written into site/; its site path, or None when the
        article cannot be read (the build that follows says why)."""
        try:
            parsed, markdown, _ = convert(read_source(article))
        except SourceError:
            return None
        uri = page_path(parsed.slug)
        file = self.files.get_file_from_path(uri)
        if file is None:  # a new article: its page joins the files the draft knows
            file = File(uri, self.config.docs_dir, self.config.site_dir, self.config.use_directory_urls)
            self.files.append(file)
            self.pages.append(file)
        file.content_string = markdown
        page = file.page or Page(None, file, self.config)
        with _quiet(), no_cycle_collection():
            _populate_page(page, self.config, self.files)
            _build_page(page, self.config, self.pages, self.nav, self.env)
        return file.dest_uri


class _quiet:
    """MkDocs' warnings about a draft (a link to a page it does not know yet) are not the
    editor's concern: the build that follows checks the real page strictly."""

    def __enter__(self):
        self.logger = logging.getLogger("mkdocs")
        self.level = self.logger.level
        self.logger.setLevel(logging.ERROR)

    def __exit__(self, *exc):
        self.logger.setLevel(self.level)
