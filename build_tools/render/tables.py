"""The table catalogue page and each table's CSV and JSON downloads."""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Iterator

from build_tools.model import TableEntry
from build_tools.render.escape import html_text
from build_tools.render.frontmatter import front_matter
from build_tools.render.paginate import pager, stable_pages
from build_tools.render.urls import listing_href, on_listing_page
from build_tools.render.wording import plural

DATA_DIR = "data/tables"


_FORMULA = re.compile(r"[=+\-@\t\r]")
_NUMBER = re.compile(r"[-+]?[\d.,]+%?")


def spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM(...)") gets a
    leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV); numbers
    such as "-5" stay numbers. The JSON download keeps every cell exactly."""
    return "'" + cell if _FORMULA.match(cell) and not _NUMBER.fullmatch(cell) else cell


def table_csv(entry: TableEntry) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([spreadsheet_safe(c) for c in entry.table.header])
    writer.writerows([spreadsheet_safe(c) for c in row] for row in entry.table.rows)
    return out.getvalue()


def table_json(entry: TableEntry, title: str) -> str:
    data = {"id": entry.id, "briefing": entry.article, "briefing_title": title,
            "section": entry.section, "caption": entry.table.caption,
            "source_line": entry.table.line, "columns": list(entry.table.header),
            "rows": [list(r) for r in entry.table.rows]}
    # One line: without `indent` the C encoder runs, several times faster at 10,000 briefings.
    return json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n"


def table_downloads(entries, title: str) -> Iterator[tuple[str, str]]:
    """(path, content) of the CSV and JSON downloads of one briefing's tables."""
    for entry in entries:
        yield f"{DATA_DIR}/{entry.id}.csv", table_csv(entry)
        yield f"{DATA_DIR}/{entry.id}.json", table_json(entry, title)


NAME_MAX_WORDS = 8
_TABLE_LABEL = re.compile(r"^Table(?:\s+[\dA-Z][\w.-]{0,5})?\s*:\s*")


def catalogue_name(entry: TableEntry) -> str:
    """A short name for a table in the catalogue: its caption's subject ("Table 2: Past
    packages" -> "Past packages"), a short caption as written, else its section's heading;
    never a whole introducing sentence."""
    number = entry.anchor.removeprefix("table-")
    caption = _TABLE_LABEL.sub("", entry.table.caption or "").strip().rstrip(":").strip()
    if caption and len(caption.split()) <= NAME_MAX_WORDS:
        return caption
    return f"{entry.section} (table {number})" if entry.section else f"Table {number}"


def catalogue_rows(entries, title: str, settings: dict) -> tuple[str, ...]:
    """One briefing's rows of the table catalogue: HTML table rows (see urls.listing_href)."""
    rows = []
    for e in entries:
        href = listing_href(f"briefings/{e.article}", settings)
        rows.append(f'<tr><td><a href="{href}#{e.anchor}">{html_text(catalogue_name(e))}</a></td>'
                    f'<td><a href="{href}">{html_text(title)}</a></td><td>{html_text(e.section)}</td>'
                    f'<td>{html_text(", ".join(e.table.header))}</td>'
                    f'<td style="text-align: right;">{len(e.table.rows)}</td>'
                    f'<td><a href="../{DATA_DIR}/{e.id}.csv">CSV</a> · <a href="../{DATA_DIR}/{e.id}.json">JSON</a></td></tr>')
    return tuple(rows)


_CATALOGUE_HEAD = ("<table>", "<thead>", "<tr><th>Table</th><th>Briefing</th><th>Section</th><th>Columns</th>"
                   '<th style="text-align: right;">Rows</th><th>Download</th></tr>', "</thead>", "<tbody>")


def render_catalogue(rows: list[str], settings: dict) -> Iterator[tuple[str, str]]:
    """(path, content) of each page of the table catalogue. Only the first page counts the
    tables: one more table then changes the first page and the last, not all of them."""
    for name, chunk, newer, older in stable_pages("tables/index", rows):
        count = plural(len(rows), "table") if newer is None else "Tables"
        lines = [front_matter({"title": "Table catalogue", "pagefind_ignore": True}), "# Table catalogue", "",
                 f"{count} extracted from the briefings, each with CSV and JSON "
                 "downloads that hold exactly the cells shown on the page.", "",
                 *_CATALOGUE_HEAD] + [on_listing_page(row, name, settings) for row in chunk] + ["</tbody>", "</table>"]
        footer = pager(newer, older)
        yield name, "\n".join(lines + (["", footer] if footer else [])) + "\n"
