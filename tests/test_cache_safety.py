"""The build cache is input: loading it never runs code, and a damaged one costs a rebuild,
never a wrong page or a crash."""
import pickle
import sqlite3

import pytest

from build_tools import safe_pickle
from build_tools.seal import SEAL_BYTES, cache_key, seal, unseal
from tests.test_build_cache import build, corpus, same_trees  # noqa: F401  (corpus is a fixture)


def sealed_state(data: bytes) -> bytes:
    """A state file as a build with this machine's key writes it: as someone holding the key
    could forge it (the loader must still construct nothing but data)."""
    import hashlib
    import hmac
    return data + hmac.new(cache_key(), b"state\0" + data, hashlib.sha256).digest()


class RunsCode:
    """A pickle that calls a function when loaded, as a hostile cache would."""

    def __init__(self, call, *args):
        self.call, self.args = call, args

    def __reduce__(self):
        return self.call, self.args


def test_a_cache_that_would_run_a_command_runs_nothing(corpus, tmp_path):
    build(corpus, corpus / "docs", corpus / "cache")
    marker = tmp_path / "ran"
    import os
    hostile = pickle.dumps(RunsCode(os.system, f"touch {marker}"))
    for forged in (hostile, sealed_state(hostile)):  # without the key, and with it
        (corpus / "cache" / "state.pickle").write_bytes(forged)
        build(corpus, corpus / "docs-again", corpus / "cache")
        assert not marker.exists()
    build(corpus, corpus / "docs-fresh", None)
    assert same_trees(corpus / "docs-again", corpus / "docs-fresh") == []


def test_a_cache_that_would_exit_still_builds(corpus):
    import sys
    build(corpus, corpus / "docs", corpus / "cache")
    (corpus / "cache" / "state.pickle").write_bytes(sealed_state(pickle.dumps(RunsCode(sys.exit, 0))))
    result, report = build(corpus, corpus / "docs-again", corpus / "cache")
    assert len(result.corpus.briefings) == 41 and report.unchanged + len(report.written) > 100


def test_hostile_records_and_blobs_run_nothing(corpus, tmp_path):
    import os
    build(corpus, corpus / "docs", corpus / "cache")
    marker = tmp_path / "ran"
    hostile = pickle.dumps(RunsCode(os.system, f"touch {marker}"))
    with sqlite3.connect(corpus / "cache" / "blobs.sqlite") as db:  # sealed, as if with the key
        for key, in db.execute("SELECT key FROM records").fetchall():
            db.execute("UPDATE records SET value = ? WHERE key = ?", (seal(cache_key(), f"record/{key}", hostile), key))
        for key, in db.execute("SELECT key FROM blobs").fetchall():
            db.execute("UPDATE blobs SET value = ? WHERE key = ?", (seal(cache_key(), key, hostile), key))
    (corpus / "articles" / "border-talks.txt").write_text("Talks ended.\nA Second Round\nThey meet again in May.\n")
    build(corpus, corpus / "docs-again", corpus / "cache")
    assert not marker.exists()
    build(corpus, corpus / "docs-fresh", None)
    assert same_trees(corpus / "docs-again", corpus / "docs-fresh") == []


def test_everything_a_build_caches_loads_as_plain_data(corpus):
    """The loader's allow-list covers all the build keeps: otherwise every build would
    quietly start afresh."""
    build(corpus, corpus / "docs", corpus / "cache")
    build(corpus, corpus / "docs", corpus / "cache")  # a second build writes its own blobs too
    safe_pickle.loads((corpus / "cache" / "state.pickle").read_bytes()[:-SEAL_BYTES])
    with sqlite3.connect(corpus / "cache" / "blobs.sqlite") as db:
        values = [unseal(cache_key(), f"record/{k}", v) for k, v in db.execute("SELECT key, value FROM records")]
        values += [unseal(cache_key(), k, v) for k, v in db.execute("SELECT key, value FROM blobs")]
    assert len(values) > 40
    for value in values:
        safe_pickle.loads(value)


@pytest.mark.parametrize("data", [b"", b"random bytes \x00\xff", pickle.dumps(print),
                                  pickle.dumps(RunsCode(eval, "1+1"))],
                         ids=["empty", "not a pickle", "a function", "a call"])
def test_the_loader_refuses_anything_but_data(data):
    with pytest.raises(safe_pickle.DamagedCache):
        safe_pickle.loads(data)


def _fresh_equals_cached(corpus, name):
    build(corpus, corpus / f"docs-{name}", corpus / "cache")
    build(corpus, corpus / f"docs-{name}-fresh", None)
    assert same_trees(corpus / f"docs-{name}", corpus / f"docs-{name}-fresh") == [], name


def test_a_blob_of_random_bytes_costs_a_rebuild_not_every_build(corpus):
    build(corpus, corpus / "docs-cached", corpus / "cache")
    with sqlite3.connect(corpus / "cache" / "blobs.sqlite") as db:
        key = db.execute("SELECT key FROM blobs WHERE key LIKE 'article/border-talks/%'").fetchone()[0]
        db.execute("UPDATE blobs SET value = ? WHERE key = ?", (b"\x80\x05random bytes", key))
    (corpus / "docs-cached" / "briefings" / "border-talks.md").unlink()
    build(corpus, corpus / "docs-cached", corpus / "cache")
    build(corpus, corpus / "docs-fresh", None)
    assert same_trees(corpus / "docs-cached", corpus / "docs-fresh") == []


def test_swapped_article_blobs_never_publish_the_wrong_article(corpus):
    build(corpus, corpus / "docs-cached", corpus / "cache")
    with sqlite3.connect(corpus / "cache" / "blobs.sqlite") as db:
        (a, va), (b, vb) = db.execute("SELECT key, value FROM blobs WHERE key LIKE 'article/%' LIMIT 2").fetchall()
        db.execute("UPDATE blobs SET value = ? WHERE key = ?", (vb, a))
        db.execute("UPDATE blobs SET value = ? WHERE key = ?", (va, b))
    for page in (corpus / "docs-cached" / "briefings").glob("*.md"):
        page.unlink()
    build(corpus, corpus / "docs-cached", corpus / "cache")
    build(corpus, corpus / "docs-fresh", None)
    assert same_trees(corpus / "docs-cached", corpus / "docs-fresh") == []


@pytest.mark.parametrize("damage", ["swapped records", "records table dropped", "blobs table dropped",
                                    "cache is a file", "store is a folder"])
def test_a_damaged_cache_gives_the_clean_builds_pages(corpus, damage):
    build(corpus, corpus / "docs", corpus / "cache")
    cache = corpus / "cache"
    if damage == "swapped records":
        with sqlite3.connect(cache / "blobs.sqlite") as db:
            (a, va), (b, vb) = db.execute("SELECT key, value FROM records LIMIT 2").fetchall()
            db.execute("UPDATE records SET value = ? WHERE key = ?", (vb, a))
            db.execute("UPDATE records SET value = ? WHERE key = ?", (va, b))
    elif damage.endswith("table dropped"):
        with sqlite3.connect(cache / "blobs.sqlite") as db:
            db.execute(f"DROP TABLE {damage.split()[0]}")
    elif damage == "cache is a file":
        import shutil
        shutil.rmtree(cache)
        cache.write_text("not a folder")
    else:
        (cache / "blobs.sqlite").unlink()
        (cache / "blobs.sqlite").mkdir()
    (corpus / "articles" / "border-talks.txt").write_text("Talks ended.\nA Second Round\nThey meet again in May.\n")
    _fresh_equals_cached(corpus, damage.replace(" ", "-"))


# --- what an independent review of the cache found --------------------------------------

def _tamper(cache, where: str, change) -> None:
    """Rewrite cached values with plain pickle, sealed with the key, as someone holding it
    could: the checks behind the seal must hold on their own."""
    name = (lambda k: f"record/{k}") if where == "records" else (lambda k: k)
    with sqlite3.connect(cache / "blobs.sqlite") as db:
        for key, value in db.execute(f"SELECT key, value FROM {where}").fetchall():
            new = change(key, pickle.loads(unseal(cache_key(), name(key), value)))
            if new is not None:
                db.execute(f"UPDATE {where} SET value = ? WHERE key = ?",
                           (seal(cache_key(), name(key), pickle.dumps(new)), key))


def test_a_crafted_article_blob_never_writes_outside_docs(corpus, tmp_path):
    from dataclasses import replace
    from build_tools.model import Table
    build(corpus, corpus / "docs-cached", corpus / "cache")
    escape = tmp_path / "escaped"

    def traversal(key, article):
        if not key.startswith("article/"):
            return None
        table = Table(("A",), (("1",),), None, 1, anchor=f"x/../../../../../../../../..{escape}")
        return replace(article, intro=(table,) + article.intro)
    _tamper(corpus / "cache", "blobs", traversal)
    for path in (corpus / "articles").glob("*.txt"):  # touched: read and parsed again
        path.write_text(path.read_text())
    result, _ = build(corpus, corpus / "docs-cached", corpus / "cache")
    assert not list(tmp_path.glob("escaped*"))
    build(corpus, corpus / "docs-fresh", None)
    assert same_trees(corpus / "docs-cached", corpus / "docs-fresh") == []


def test_a_topic_entry_for_no_briefing_is_never_shown(corpus):
    build(corpus, corpus / "docs-cached", corpus / "cache")

    def phantom(key, entries):
        if key.startswith("topic/"):
            return dict(entries, **{"zz-phantom": (10**6, "", "a", "- <script>alert(1)</script>PHANTOM", "t", "s")})
        return None
    _tamper(corpus / "cache", "blobs", phantom)
    (corpus / "articles" / "late.txt").write_text(
        "Late Talks in Vienna\n\nUkraine, Russia, NATO and the EU met in Vienna with the UN.\n")
    build(corpus, corpus / "docs-cached", corpus / "cache")
    shown = "".join(p.read_text() for p in (corpus / "docs-cached" / "topics").glob("*.md"))
    assert "PHANTOM" not in shown


def test_a_state_of_the_wrong_types_builds_afresh_and_says_so(corpus):
    build(corpus, corpus / "docs-cached", corpus / "cache")
    state_file = corpus / "cache" / "state.pickle"
    state = pickle.loads(state_file.read_bytes()[:-SEAL_BYTES])
    state.topics = "x"
    state_file.write_bytes(sealed_state(pickle.dumps(state)))
    (corpus / "articles" / "border-talks.txt").write_text("Talks ended.\nA Second Round\nThey meet again in May.\n")
    result, _ = build(corpus, corpus / "docs-cached", corpus / "cache")
    assert any("build cache unusable" in d.message for d in result.diagnostics)
    build(corpus, corpus / "docs-fresh", None)
    assert same_trees(corpus / "docs-cached", corpus / "docs-fresh") == []


def test_views_in_the_store_are_a_damaged_cache_not_a_hang(corpus):
    import subprocess
    import sys
    build(corpus, corpus / "docs-cached", corpus / "cache")
    with sqlite3.connect(corpus / "cache" / "blobs.sqlite") as db:
        db.execute("ALTER TABLE records RENAME TO records_real")
        db.execute("CREATE VIEW records AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                   "SELECT key, value FROM records_real, c WHERE x < 0")
    script = ("import sys; from pathlib import Path; from tests.test_build_cache import build; "
              f"build(Path({str(corpus)!r}), Path({str(corpus / 'docs-cached')!r}), Path({str(corpus / 'cache')!r}))")
    from tests.conftest import ROOT
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, timeout=120, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr



def test_a_cache_from_another_key_is_not_trusted(corpus):
    """Values a build with another key wrote (another machine's cache, or one made up) are
    never used: the build starts afresh, with the clean build's pages."""
    from build_tools.state import Cache
    from build_tools.pipeline import build_site
    from build_tools.cli import read_all
    from build_tools.write import PageWriter
    import argparse
    args = argparse.Namespace(articles=str(corpus / "articles"), topics=str(corpus / "topics.yml"),
                              config=str(corpus / "mkdocs.yml"))
    build_site(*read_all(args), writer=PageWriter(corpus / "docs-other"), cache=Cache(corpus / "cache", b"k" * 32))
    version = pickle.loads((corpus / "cache" / "state.pickle").read_bytes()[:-SEAL_BYTES]).version
    loaded, store = Cache(corpus / "cache", b"k" * 32).load(version)
    assert loaded.sources  # the same key reads it
    store.close()
    state, store = Cache(corpus / "cache").load(version)
    assert state.sources == {}  # nothing sealed with this machine's key is there
    store.close()
