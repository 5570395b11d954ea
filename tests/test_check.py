"""The nothing-lost check's two readers: our Markdown read back, and MkDocs' HTML."""
from collections import Counter

from build_tools.check import lost_words, missing_words, shown_html_text


def test_html_reader_shows_text_and_list_numbers_but_not_scripts_or_attributes():
    html = ('<h2 id="x">Talks<a class="headerlink" href="#x" title="Permanent link">¶</a></h2>'
            '<p>The <abbr title="North Atlantic Treaty Organization">NATO</abbr>s said &amp; '
            '<a href="../topics/kyiv.html">Kyiv</a>-based</p><script>hidden()</script>'
            '<ol start="3"><li>third</li><li>fourth<ul><li>inner</li></ul></li></ol>'
            '<table><tr><td>cell</td><td>next</td></tr></table>')
    shown = shown_html_text(html)
    assert shown.split() == ["Talks¶", "The", "NATOs", "said", "&", "Kyiv-based", "3", "third",
                             "4", "fourth", "inner", "cell", "next"]
    assert "hidden" not in shown and "Permanent" not in shown and "Organization" not in shown


def test_missing_words_counts_copies():
    assert missing_words("Talks talks resumed", "talks resumed") == Counter({"talks": 1})
    assert missing_words("1. First", " 1 First") == Counter()


def test_markdown_reader_does_not_count_html_or_link_targets():
    assert lost_words("a secret word", "a <b>secret</b> [link](word)") == Counter({"word": 1})
    assert lost_words("3. three", "3. three") == Counter()
