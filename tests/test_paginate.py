"""Listings stay put: one more briefing, newest or dated back among the oldest, changes a
constant number of a listing's pages, however long it is."""
import random

from build_tools.render.paginate import MAX_PAGE, PER_PAGE, pager, stable_pages


def laid_out(items: list[str]) -> dict[str, tuple]:
    return {name: (tuple(chunk), newer, older) for name, chunk, newer, older in stable_pages("index", items)}


def changed(before: dict, after: dict) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


def test_one_more_newest_item_changes_at_most_three_pages():
    items: list[str] = []  # newest first
    for n in range(5 * PER_PAGE + 3):
        before = laid_out(items)
        items.insert(0, f"item {n}")
        assert len(changed(before, laid_out(items))) <= 3, n


def test_one_more_item_anywhere_changes_at_most_four_pages():
    """A briefing dated back lands on the page of its date; the pages before and after it
    stay as they were (but for their links, when it splits its page in two)."""
    chance = random.Random(7)
    items = [f"item {n}" for n in range(20 * PER_PAGE, 0, -1)]
    counts = []
    for n in range(300):
        before = laid_out(items)
        items.insert(chance.randrange(len(items) + 1), f"back-dated {n}")
        counts.append(len(changed(before, laid_out(items))))
    assert max(counts) <= 4 and sorted(counts)[len(counts) // 2] == 1, counts


def test_every_item_is_on_a_page_once_and_pages_hold_about_a_hundred():
    items = [f"item {i}" for i in range(3000, 0, -1)]
    pages = stable_pages("index", items)
    assert pages[0][0] == "index.md" and pages[0][2] is None
    full = pages[1:]
    in_full = [item for _, chunk, _, _ in full for item in chunk]
    assert in_full == items[len(items) - len(in_full):]  # all but the newest few, in order
    assert {item for _, chunk, _, _ in pages for item in chunk} == set(items)
    assert all(len(chunk) <= MAX_PAGE for _, chunk, _, _ in full)
    assert PER_PAGE / 2 <= len(items) / len(full) <= 2 * PER_PAGE
    assert full[-1][1][-1] == "item 1" and full[-1][3] is None  # the last page holds the oldest
    first = pages[0][1]
    assert first[0] == "item 3000" and first[-len(full[0][1]):] == full[0][1]  # never nearly empty
    assert pages[0][3] == (full[1][0] if len(full) > 1 else None) and full[0][2] == "index.md"
    for (name, _, _, older), (next_name, _, newer, _) in zip(full, full[1:]):
        assert older == next_name and newer == name  # each full page links to its neighbours
    assert len({name for name, _, _, _ in pages}) == len(pages)


def test_the_pager_names_no_number_or_total():
    assert pager("index.md", "index--2b8e0f1a3c.md") == "[← Newer](index.md) · [Older →](index--2b8e0f1a3c.md)"
    assert pager(None, None) == ""
