"""Decoding, newlines and sidecar validation; errors name file and line."""
import pytest

from build_tools.errors import SourceError
from build_tools.read import read_metadata, read_source

TEXT = "Peace talks resume\n\nThe talks “resume” in Geneva — costs €5.\nMore text follows here.\n"


@pytest.mark.parametrize("encoding,data", [
    ("utf-8", TEXT.encode("utf-8")),
    ("utf-8-sig", b"\xef\xbb\xbf" + TEXT.encode("utf-8")),
    ("cp1252", TEXT.encode("cp1252")),
    ("utf-8", TEXT.replace("\n", "\r\n").encode("utf-8")),
    ("utf-8", TEXT.replace("\n", "\r").encode("utf-8")),
], ids=["utf8", "utf8-bom", "windows-1252", "crlf", "cr"])
def test_encodings_and_newlines(tmp_path, encoding, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    source = read_source(path)
    assert source.encoding == encoding
    assert source.lines[:3] == ("Peace talks resume", "", "The talks “resume” in Geneva — costs €5.")


def error_of(call, *args) -> str:
    with pytest.raises(SourceError) as info:
        call(*args)
    return str(info.value)


def test_empty_article(tmp_path):
    (tmp_path / "empty.txt").write_text("\n  \n")
    assert error_of(read_source, tmp_path / "empty.txt") == f"{tmp_path}/empty.txt:1: article is empty"


def test_undecodable_article_names_line(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"fine line\nsecond \x81\x8d line\n")
    assert error_of(read_source, tmp_path / "bad.txt") == \
        f"{tmp_path}/bad.txt:2: cannot decode byte 0x81: not UTF-8 or Windows-1252 text"


def test_binary_file(tmp_path):
    (tmp_path / "bin.txt").write_bytes(b"ok\nok\n\x00\x01\x02")
    assert error_of(read_source, tmp_path / "bin.txt") == \
        f"{tmp_path}/bin.txt:3: control character U+0000: this looks like a binary file, not article text"


def test_sidecar_fields(tmp_path):
    (tmp_path / "a.yml").write_text("title: Edited title\ndate: 2025-03-14\nauthor:  Jane  Doe\n"
                                    "source_url: https://example.org/x\nsummary: One line.\n")
    meta, problems = read_metadata(tmp_path / "a.yml")
    assert problems == ()
    assert (meta.title, meta.date, meta.author, meta.source_url, meta.summary) == (
        "Edited title", "2025-03-14", "Jane Doe", "https://example.org/x", "One line.")


@pytest.mark.parametrize("text,message", [
    ("title: A\ntopic: x\n", "2: unknown field 'topic'; expected one of title, date, updated, summary, source_url, author, structure"),
    ("titel: A\n", "1: unknown field 'titel'; did you mean 'title'?"),
    ("author: ''\n", "1: field 'author' must be a non-empty text value"),
    ("updated: yesterday\n", "1: updated 'yesterday' is not a calendar date like 2025-03-14"),
    ("title: A\ndate: 14/03/2025\n", "2: date '14/03/2025' is not a calendar date like 2025-03-14"),
    ("date: 2025-02-30\n", "1: date '2025-02-30' is not a calendar date like 2025-03-14"),
    ("source_url: javascript:alert(1)\n", "1: source_url 'javascript:alert(1)' must start with http:// or https://"),
    ("- a\n- b\n", "1: sidecar must be a mapping of field: value"),
    ("title: [a, b]\n", "1: field 'title' must be a non-empty text value"),
    ("title: A\ntitle: B\n", "2: field 'title' given twice"),
    ("title: A\n  bad: : x\n", "2: invalid YAML: mapping values are not allowed here"),
])
def test_invalid_sidecar_messages(tmp_path, text, message):
    (tmp_path / "a.yml").write_text(text)
    _, problems = read_metadata(tmp_path / "a.yml")
    assert [f"{d.path}:{d.line}: {d.message.removesuffix('; this field is not used')}" for d in problems] == \
        [f"{tmp_path}/a.yml:{message}"]


def test_a_bad_field_leaves_the_others_and_the_briefing(tmp_path):
    (tmp_path / "a.txt").write_text("Talks resumed in Vienna.\n")
    (tmp_path / "a.yml").write_text("titel: Typo\ndate: 2025-03-14\nauthor:\n")
    source = read_source(tmp_path / "a.txt")
    assert source.meta.date == "2025-03-14" and source.meta.title is None
    assert [str(d) for d in source.problems] == [
        f"{tmp_path}/a.yml:1: error: unknown field 'titel'; did you mean 'title'?; this field is not used",
        f"{tmp_path}/a.yml:3: error: field 'author' must be a non-empty text value; this field is not used"]
