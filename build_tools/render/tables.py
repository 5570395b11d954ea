"""The table catalogue page and each table's CSV and JSON downloads."""
from __future__ import annotations

import csv
import io
import json
from typing import Iterator

from build_tools.model import Site, TableEntry
from build_tools.render.escape import inline
from build_tools.render.frontmatter import front_matter
from build_tools.render.paginate import chunks, page_names, pager

DATA_DIR = "data/tables"


def table_csv(entry: TableEntry) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(entry.table.header)
    writer.writerows(entry.table.rows)
    return out.getvalue()


def table_json(entry: TableEntry, title: str) -> str:
    data = {"id": entry.id, "briefing": entry.article, "briefing_title": title,
            "section": entry.section, "caption": entry.table.caption,
            "source_line": entry.table.line, "columns": list(entry.table.header),
            "rows": [list(r) for r in entry.table.rows]}
    # One line: without `indent` the C encoder runs, several times faster at 10,000 briefings.
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


def render_tables(site: Site, skip=frozenset()) -> Iterator[tuple[str, str, str]]:
    """(briefing slug, path, content) of every table's downloads, and ("", path, content) of
    the catalogue pages, one at a time; the downloads of briefings in `skip` are left out."""
    titles = {a.slug: a.title for a in site.articles}
    for entry in site.tables:
        if entry.article not in skip:
            yield entry.article, f"{DATA_DIR}/{entry.id}.csv", table_csv(entry)
            yield entry.article, f"{DATA_DIR}/{entry.id}.json", table_json(entry, titles[entry.article])
    names = [f"tables/{n}" for n in page_names("index", len(site.tables))]
    for n, (name, chunk) in enumerate(zip(names, chunks(list(site.tables))), start=1):
        lines = [front_matter({"title": "Table catalogue"}), "# Table catalogue", "",
                 f"{len(site.tables)} tables extracted from the briefings, each with CSV and JSON "
                 "downloads that hold exactly the cells shown on the page.", "",
                 "| Table | Briefing | Section | Columns | Rows | Download |",
                 "| --- | --- | --- | --- | ---: | --- |"]
        for e in chunk:
            href = f"../briefings/{e.article}.md"
            caption = e.table.caption or f"Table {e.anchor.removeprefix('table-')}"
            columns = ", ".join(e.table.header)
            lines.append(f"| [{inline(caption)}]({href}#{e.anchor}) | [{inline(titles[e.article])}]({href}) "
                         f"| {inline(e.section)} | {inline(columns)} | {len(e.table.rows)} "
                         f"| [CSV](../{DATA_DIR}/{e.id}.csv) · [JSON](../{DATA_DIR}/{e.id}.json) |")
        footer = pager(names, n)
        yield "", name, "\n".join(lines + (["", footer] if footer else [])) + "\n"
