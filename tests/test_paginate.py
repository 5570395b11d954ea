"""Listings stay put: one more newest briefing changes a constant number of a listing's
pages, however long it is."""
from build_tools.render.paginate import PER_PAGE, pager, stable_pages


def laid_out(n: int) -> dict[str, tuple]:
    items = [f"item {i}" for i in range(n, 0, -1)]  # newest first
    return {name: (tuple(chunk), newer, older) for name, chunk, newer, older in stable_pages("index", items)}


def test_one_more_newest_item_changes_at_most_three_pages():
    for n in range(0, 5 * PER_PAGE + 3):
        before, after = laid_out(n), laid_out(n + 1)
        changed = {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}
        assert len(changed) <= 3, (n, sorted(changed))


def test_every_item_is_on_a_page_and_full_pages_are_full():
    pages = laid_out(345)
    shown = {item for chunk, _, _ in pages.values() for item in chunk}
    assert shown == {f"item {i}" for i in range(1, 346)}
    assert [len(pages[f"index--{k}.md"][0]) for k in (1, 2, 3)] == [PER_PAGE] * 3
    assert pages["index--1.md"][0][-1] == "item 1"  # page 1 holds the oldest
    first = pages["index.md"]
    assert first[0][0] == "item 345" and len(first[0]) == 45 + PER_PAGE  # never nearly empty
    assert first[2] == "index--2.md" and pages["index--3.md"][1] == "index.md"


def test_the_pager_names_no_total():
    assert pager("index.md", "index--2.md", 3) == "[← Newer](index.md) · Page 3 (1 is the oldest) · [Older →](index--2.md)"
    assert pager(None, None) == ""
