"""The build cache is input: loading it never runs code, and a damaged one costs a rebuild,
never a wrong page or a crash."""
import pickle
import sqlite3

import pytest

from build_tools import safe_pickle
from tests.test_build_cache import build, corpus, same_trees  # noqa: F401  (corpus is a fixture)


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
    (corpus / "cache" / "state.pickle").write_bytes(hostile)
    build(corpus, corpus / "docs-again", corpus / "cache")
    assert not marker.exists()
    build(corpus, corpus / "docs-fresh", None)
    assert same_trees(corpus / "docs-again", corpus / "docs-fresh") == []


def test_a_cache_that_would_exit_still_builds(corpus):
    import sys
    build(corpus, corpus / "docs", corpus / "cache")
    (corpus / "cache" / "state.pickle").write_bytes(pickle.dumps(RunsCode(sys.exit, 0)))
    result, report = build(corpus, corpus / "docs-again", corpus / "cache")
    assert len(result.corpus.briefings) == 41 and report.unchanged + len(report.written) > 100


def test_hostile_records_and_blobs_run_nothing(corpus, tmp_path):
    import os
    build(corpus, corpus / "docs", corpus / "cache")
    marker = tmp_path / "ran"
    hostile = pickle.dumps(RunsCode(os.system, f"touch {marker}"))
    with sqlite3.connect(corpus / "cache" / "blobs.sqlite") as db:
        db.execute("UPDATE records SET value = ?", (hostile,))
        db.execute("UPDATE blobs SET value = ?", (hostile,))
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
    with open(corpus / "cache" / "state.pickle", "rb") as handle:
        safe_pickle.load(handle)
    with sqlite3.connect(corpus / "cache" / "blobs.sqlite") as db:
        values = [v for table in ("records", "blobs") for (v,) in db.execute(f"SELECT value FROM {table}")]
    assert len(values) > 40
    for value in values:
        safe_pickle.loads(value)


@pytest.mark.parametrize("data", [b"", b"random bytes \x00\xff", pickle.dumps(print),
                                  pickle.dumps(RunsCode(eval, "1+1"))],
                         ids=["empty", "not a pickle", "a function", "a call"])
def test_the_loader_refuses_anything_but_data(data):
    with pytest.raises(safe_pickle.DamagedCache):
        safe_pickle.loads(data)
