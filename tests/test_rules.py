"""One case per rule quirk, titled by what it shows."""
import pytest

from build_tools.model import Metadata, Paragraph, Table
from build_tools.parse.repair import repair_line
from tests.helpers import all_blocks, kinds, notes, parse

LEDE = "Officials met in Vienna on Tuesday to discuss the next round of talks on the conflict."
BODY = "The delegations spoke for three hours and agreed to meet again."


def outline(*lines: str) -> list[str]:
    return kinds(parse("\n".join((LEDE,) + lines)))


# --- headings -----------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "Talks Resume in Geneva",
    "What Comes Next for the Region?",
    "“A long road”",
    "U.S. and Russia Engage in Diplomatic Dialogue",
    "Ceasefire: The Terms on the Table",
    "Relations with the U.S.",
    "The role of international organizations",
    "22.40: The First Crack",  # a time and its entry's title, though "First" is a date line's word
    "8:00 p.m.: Polls close",
])
def test_heading_forms_are_headings(line):
    assert outline(line, BODY) == [f"H2:{line}", "P"]


@pytest.mark.parametrize("line,why", [
    ("The meeting ended late.", "one-line paragraph with a final period"),
    ("The talks ended without agreement and both sides said they would meet again next month",
     "long sentence lacking its final period"),
    ("He said “we will return.”", "period inside closing quote"),
    ("the recent agreement between the two", "starts in lower case"),
    ("Talks stalled. Both sides left", "two sentences"),
    ("Kit Danforth signs autographs on the Paseo. (Pilar Garza)", "a caption's sentence and its source in brackets"),
    ("Blame the ads, mostly. (Gadget Weekly)", "a digest's sentence and its source in brackets"),
    ("Government members interjecting—", "a transcript's words broken off by a dash"),
    ("S$389", "a product's price"), ("Starting at $3.49/mo", "a product's price"),
    ("From €129 at Harvey Norman", "a product's price"), ("£14,995 + VAT", "a product's price"),
    ("$24,888 + HST & licensing", "a product's price"),
    ("Table 1 Population by state and territory, 31 December 2024", "a table's or a figure's numbered label"),
])
def test_non_headings_stay_paragraphs(line, why):
    assert outline(line, BODY) == ["P", "P"], why


def test_a_short_line_over_a_heading_opens_a_section_holding_it():
    # "SQUADS" over "ENGLAND" and "WALES": the first of two stacked heading-like lines heads
    # the second, where a second subsection bears it out; alone, it is a label over it.
    assert outline("Background Notes", "Talks Resume in Geneva", BODY, "Talks End in Rome", BODY) == \
        ["H2:Background Notes", "H3:Talks Resume in Geneva", "P", "H3:Talks End in Rome", "P"]
    assert outline("Background Notes", "Talks Resume in Geneva", BODY) == ["P", "H2:Talks Resume in Geneva", "P"]


def test_heading_like_last_line_is_a_paragraph():
    assert outline(BODY, "Talks Resume in Geneva") == ["P", "P"]


def test_heading_after_table_is_a_heading_not_a_row():
    assert outline("Item | Status |", "---|---|", "Aid | Open |", "Next Steps", BODY) == \
        ["T1x2", "H2:Next Steps", "P"]


def test_sentence_case_sections_with_title_case_subsections_nest():
    text = "\n".join([
        LEDE, "The history of the talks", BODY, "Early Contacts", BODY,
        "Later Rounds", BODY, "What comes next for the region", BODY, "Open Questions", BODY])
    assert [k for k in kinds(parse(text)) if k != "P"] == [
        "H2:The history of the talks", "H3:Early Contacts", "H3:Later Rounds",
        "H2:What comes next for the region", "H3:Open Questions"]


def test_title_case_only_headings_are_all_h2():
    text = "\n".join([LEDE, "Early Contacts", BODY, "Recommendations for sustainable Peace", BODY])
    assert {s.level for s in parse(text).sections} == {2}


# --- title, summary, dateline -------------------------------------------------

def test_title_line_then_blank_line_gives_title_and_summary():
    a = parse("Peace talks: what next?\n\nThe talks aim to end the war.\n" + BODY)
    assert (a.title, a.summary) == ("Peace talks: what next?", "The talks aim to end the war.")
    assert kinds(a) == ["P"]


def test_without_a_headline_the_title_is_the_ledes_opening_never_a_heading_shown_twice():
    a = parse("\n".join([LEDE, "Talks Resume in Geneva", BODY]))
    assert (a.title, a.summary) == ("Officials met in Vienna on Tuesday to discuss the next round of…", LEDE)
    assert kinds(a) == ["H2:Talks Resume in Geneva", "P"]


def test_a_heading_like_first_line_over_a_paragraph_is_the_headline():
    a = parse("\n".join(["Elections in Focus: What Voters Want", LEDE, "Rural Voters", BODY]))
    assert (a.title, a.summary) == ("Elections in Focus: What Voters Want", LEDE)
    assert kinds(a) == ["H2:Rural Voters", "P"]


def test_a_heading_like_first_line_over_a_list_stays_a_section():
    a = parse("\n".join(["Key Points", "- One.", "- Two.", BODY]))
    assert kinds(a) == ["H2:Key Points", "L2", "P"]


@pytest.mark.parametrize("dateline", ["BRUSSELS", "KYIV", "NEW YORK, March 3", "RIO DE JANEIRO"])
def test_lone_dateline_is_not_title_or_heading(dateline):
    a = parse("\n".join([dateline, "", LEDE, "Talks Resume in Geneva", BODY]))
    assert a.dateline == dateline
    assert a.summary == LEDE and kinds(a) == ["H2:Talks Resume in Geneva", "P"]


def test_sidecar_metadata_overrides_derived_title_and_summary():
    meta = Metadata(title="Editor's title", summary="Editor's summary.", date="2025-03-14")
    a = parse("\n".join([LEDE, "Talks Resume in Geneva", BODY]), meta=meta)
    assert (a.title, a.summary) == ("Editor's title", "Editor's summary.")
    assert kinds(a) == ["P", "H2:Talks Resume in Geneva", "P"]  # the lede is kept as text


def test_blank_line_separated_paragraphs():
    a = parse("\n\n".join([LEDE, "Talks Resume in Geneva", BODY, "The meeting ended late."]))
    assert kinds(a) == ["H2:Talks Resume in Geneva", "P", "P"]


def test_hard_wrapped_paragraphs_are_joined():
    wrapped = ("Officials from both countries met in Vienna on Tuesday to discuss\n"
               "the next round of talks on the conflict, which has lasted for\n"
               "more than two years and displaced millions of people across\n"
               "the region.\n\nNext Steps\n\nNegotiators from both delegations will meet again\n"
               "next week in Geneva to continue the discussions that began in\n"
               "Vienna, according to officials briefed on the plans.\n")
    a = parse(wrapped)
    assert kinds(a) == ["H2:Next Steps", "P"]
    assert a.summary.startswith("Officials from both countries") and a.summary.endswith("the region.")


def test_one_run_on_line_joins_the_lower_case_line_after_it():
    a = parse("\n".join([LEDE, "", "The talks were meant to close a deal that has been",
                         "months in the making. Both sides left without comment.",
                         "What went wrong? Diplomats blamed late demands."]))
    assert [b.text for b in all_blocks(a)] == [
        "The talks were meant to close a deal that has been months in the making. Both sides left "
        "without comment.", "What went wrong? Diplomats blamed late demands."]


def test_a_short_label_keeps_its_own_line_before_a_lower_case_line():
    a = parse("\n".join([LEDE, "Vote count", "three in favour, two against."]))
    assert len(all_blocks(a)) + len(a.sections) == 2


# --- lists --------------------------------------------------------------------

@pytest.mark.parametrize("marker", ["- ", "* ", "• "])
def test_bullet_markers(marker):
    a = parse("\n".join([LEDE, "Key Points", f"{marker}One.", f"{marker}Two.", BODY]))
    assert kinds(a) == ["H2:Key Points", "L2", "P"]


@pytest.mark.parametrize("marker", ["{}.", "{})"])
def test_numbered_items_become_ordered_lists(marker):
    lines = [f"{marker.format(n)} Step {n}." for n in (1, 2, 3)]
    a = parse("\n".join([LEDE, "Key Points", *lines, BODY]))
    assert kinds(a) == ["H2:Key Points", "OL3", "P"]


def test_list_ends_at_first_line_without_marker_even_before_a_table():
    a = parse("\n".join([LEDE, "- One.", "- Two.", "Outline of steps:", "A | B", "--- | ---", "1 | 2"]))
    assert kinds(a) == ["L2", "T1x2"]  # the one-sentence paragraph became the caption
    assert all_blocks(a)[1].caption == "Outline of steps:"


def test_term_lead_in_becomes_bold_term():
    item = parse("\n".join([LEDE, "- Security Guarantees: Both parties explore frameworks."]))
    first = all_blocks(item)[0].items[0]
    assert (first.term, first.text) == ("Security Guarantees", "Both parties explore frameworks.")


@pytest.mark.parametrize("text", ["Meeting at 10:30 in Geneva.", "Talks resumed {: see below.",
                                  "A very long lead in that is not a term at all: text."])
def test_colons_that_are_not_terms(text):
    item = all_blocks(parse(f"{LEDE}\n- {text}"))[0].items[0]
    assert item.term is None and item.text == text


# --- tables -------------------------------------------------------------------

@pytest.mark.parametrize("rows", [
    ["Country | Shift |", "---|---|", "Turkey | Closer |"],
    ["| Country | Shift |", "|---|---|", "| Turkey | Closer |"],
    ["Country | Shift", "--- | ---", "Turkey | Closer"],
    ["Country | Shift", ":---|---:", "Turkey | Closer"],
])
def test_table_dialects(rows):
    table = all_blocks(parse("\n".join([LEDE] + rows)))[0]
    assert (table.header, table.rows) == (("Country", "Shift"), (("Turkey", "Closer"),))


def test_table_may_directly_follow_a_paragraph_and_takes_its_caption():
    a = parse("\n".join([LEDE, "Talks went on. The points agreed include:", "A | B", "---|---", "1 | 2"]))
    paragraph, table = all_blocks(a)
    assert paragraph.text == "Talks went on."
    assert table.caption == "The points agreed include:"


def test_ragged_rows_keep_every_cell():
    a = parse("\n".join([LEDE, "A | B", "---|---", "1 |", "1 | 2 | 3 | 4"]))
    table = all_blocks(a)[0]
    assert table.header == ("A", "B", "", "")
    assert table.rows == (("1", "", "", ""), ("1", "2", "3", "4"))  # "1 |" is one cell, padded
    warnings = [n.message for n in notes("\n".join([LEDE, "A | B", "---|---", "1 | 2 | 3"]))
                if n.level == "warning" and "thin evidence" not in n.message]
    assert warnings == ["row has 3 cells where the header has 2; table widened to 3 columns"]


def test_a_row_over_a_separator_row_starts_the_next_table():
    a = parse("\n".join([LEDE, "Issue | EU | Brazil", "--- | --- | ---", "Beef | 99 | 180",
                         "| Sector | Share |", "|:--|--:|", "| Farming | 45 |"]))
    first, second = all_blocks(a)
    assert (first.header, first.rows) == (("Issue", "EU", "Brazil"), (("Beef", "99", "180"),))
    assert (second.header, second.rows, second.align) == (("Sector", "Share"), (("Farming", "45"),),
                                                          ("left", "right"))


def test_two_piped_lines_of_different_widths_are_no_table():
    """A page's foot: an address set out with bars over a row of links (on dev, 15 such
    two-line tables, none of them a table to the editor); with a separator row, or outer
    bars, two ragged rows are a table still."""
    foot = ["Harbour Press | 1 Quay Street, Wellbridge | Tel. 0161 555 0101", "Accessibility | Data protection"]
    assert not any(isinstance(b, Table) for b in all_blocks(parse("\n".join([LEDE, BODY, *foot]))))
    assert [kind for kind in kinds(parse("\n".join([LEDE, "| A | B | C |", "| 1 | 2 |"]))) if kind.startswith("T")] == ["T1x3"]
    assert [kind for kind in kinds(parse("\n".join([LEDE, "Date | Event | Venue", "12 March | Book fair |"])))
            if kind.startswith("T")] == ["T1x3"]  # an outer bar at the end is one too


def test_a_separator_row_two_rows_down_is_dropped_not_a_new_table():
    a = parse("\n".join([LEDE, "A | B", "C | D", "---|---", "E | F"]))
    table, = all_blocks(a)
    assert (table.header, table.rows) == (("A", "B"), (("C", "D"), ("E", "F")))


def test_a_table_line_under_a_table_is_its_caption_and_a_source_line_a_paragraph():
    a = parse("\n".join([LEDE, "Country | Share", "--- | ---", "Chad | 12", "Table 2: Shares by country",
                         "Source: Ministry of Finance", "Next Steps", BODY]))
    table, source = all_blocks(a)[:2]
    assert table.caption == "Table 2: Shares by country"
    assert isinstance(source, Paragraph) and source.text == "Source: Ministry of Finance"
    assert kinds(a) == ["T1x2", "P", "H2:Next Steps", "P"]


def test_cell_text_is_kept_as_written():
    table = all_blocks(parse("\n".join([LEDE, "strategy | impact", "---|---", "x | y"])))[0]
    assert table.header == ("strategy", "impact")


def test_lone_pipe_line_is_text():
    a = parse("\n".join([LEDE, "Sources say the vote was 3 | 2 in favour.", BODY]))
    assert kinds(a) == ["P", "P"]
    assert all(isinstance(b, Paragraph) for b in all_blocks(a))


# --- FAQ ----------------------------------------------------------------------

def test_faq_questions_with_answers():
    a = parse("\n".join([LEDE, "FAQ – Peace Talks", "What is the goal?", "To end the war.",
                         "Who takes part?", "Both presidents.", "More detail follows here."]))
    faq = a.sections[-1]
    assert faq.heading == "FAQ – Peace Talks" and faq.level == 2
    assert [(q.question, [p.text for p in q.answer]) for q in faq.faq] == [
        ("What is the goal?", ["To end the war."]),
        ("Who takes part?", ["Both presidents.", "More detail follows here."])]


def test_faq_ends_at_next_heading():
    a = parse("\n".join([LEDE, "FAQ", "What is the goal?", "To end the war.", "Further Reading", BODY]))
    assert kinds(a) == ["H2:FAQ", "FAQ1", "H2:Further Reading", "P"]


# --- repairs ------------------------------------------------------------------

@pytest.mark.parametrize("raw,fixed", [
    ("in Ukraine.Citing a commitment", "in Ukraine. Citing a commitment"),
    ("U. S. officials", "U.S. officials"),
    ("the U. S. -Russia talks", "the U.S.-Russia talks"),
    ("dialogues,such as hearings", "dialogues, such as hearings"),
    ("1,000 troops and 3.5 billion", "1,000 troops and 3.5 billion"),
    ("e.g. the U.S. and Node.js", "e.g. the U.S. and Node.js"),
    ("$45 million , far short ; and “so” , he said", "$45 million, far short; and “so”, he said"),
    ("a list: one , two", "a list: one, two"),
    ("items 1 , 2 and - , left", "items 1, 2 and - , left"),
])
def test_spacing_repairs_never_change_words(raw, fixed):
    assert repair_line(raw)[0] == fixed


def test_repairs_are_reported_with_line():
    found = [n for n in notes(f"{LEDE}\nIt ended.Then more.") if n.level == "repair"]
    assert [(n.line, n.message) for n in found] == [(2, "added space after sentence end: 'It ended.Then more.'")]


@pytest.mark.parametrize("value", ["plain", "quote \" and ' and \\\\ backslash", "colon: here # hash",
                                   "line\u2028separator\u0085next\x9f", "€ “curly” — dash", "- dash", "{{ x }}"])
def test_front_matter_values_read_back_exactly(value):
    import yaml
    from build_tools.render.frontmatter import front_matter
    text = front_matter({"title": value, "topics": [{"name": value, "url": "topics/x/"}], "n": 3})
    assert yaml.safe_load(text.strip("-\n")) == {"title": value, "topics": [{"name": value, "url": "topics/x/"}], "n": 3}


def test_a_byline_opening_the_article_is_not_its_title():
    a = parse("\n".join(["By Jane Holm", "", LEDE, "Talks Resume in Geneva", BODY]))
    assert (a.byline, a.summary) == ("By Jane Holm", LEDE) and a.title.startswith("Officials met")


def test_title_then_byline_then_lede():
    a = parse("Ceasefire holds in the east\n\nBy Jane Doe and Ivan Petrenko\n\n"
              "KYIV, March 3 (Reuters) - A fragile ceasefire held on Monday. Talks resume soon.\n"
              "Background\n" + BODY)
    assert (a.title, a.byline) == ("Ceasefire holds in the east", "By Jane Doe and Ivan Petrenko")
    assert a.summary.startswith("KYIV, March 3 (Reuters)")
    assert kinds(a) == ["H2:Background", "P"]


@pytest.mark.parametrize("line", ["By Jane Doe", "By Jane Doe, Reuters", "By Anna Smith and Li Wei in Kyiv",
                                  "Edited By: Ritika Sabharwal", "Written by: Jane Doe"])  # a colon after "by"
def test_bylines(line):
    from build_tools.parse.text import is_byline
    assert is_byline(line)


@pytest.mark.parametrize("line", ["By the end of the week, talks had stalled.", "Byelection results"])
def test_not_bylines(line):
    from build_tools.parse.text import is_byline
    assert not is_byline(line)


@pytest.mark.parametrize("heading", ["Q&A", "Frequently Asked Questions", "FAQs"])
def test_faq_heading_variants(heading):
    a = parse("\n".join([LEDE, heading, "Will the truce last?", "Analysts are cautious."]))
    assert kinds(a) == [f"H2:{heading}", "FAQ1"]


def test_column_alignment_is_kept():
    table = all_blocks(parse("\n".join([LEDE, "Item | Value | Note", ":--|--:|:-:", "Aid | 43.9 | x"])))[0]
    assert table.align == ("left", "right", "center")


def test_numbering_that_restarts_starts_a_new_list():
    a = parse("\n".join([LEDE, "1. One.", "2. Two.", "1. Again.", "5. Five.", "6. Six."]))
    lists = all_blocks(a)
    assert [(b.start, len(b.items)) for b in lists] == [(1, 2), (1, 1), (5, 2)]


def test_hard_wrapped_text_keeps_an_unspaced_title_case_heading():
    wrapped = ("Officials from both countries met in Vienna on Tuesday to discuss\n"
               "the next round of talks on the conflict, which has lasted for\n"
               "more than two years and displaced millions of people across\n"
               "the region.\n"
               "Negotiators Prepare a Second Round of Talks in Geneva\n"
               "Negotiators from both delegations will meet again next week in\n"
               "Geneva to continue the discussions that began in Vienna.\n")
    assert kinds(parse(wrapped)) == ["H2:Negotiators Prepare a Second Round of Talks in Geneva", "P"]


# --- forms seen in articles from other newsrooms --------------------------------

@pytest.mark.parametrize("line,heading", [("Background:", "Background"), ("Key Figures:", "Key Figures")])
def test_a_short_label_ending_in_a_colon_over_text_is_a_heading(line, heading):
    assert outline(line, BODY) == [f"H2:{heading}", "P"]


@pytest.mark.parametrize("lines", [
    ("He said:", BODY),  # a sentence-case lead-in, not a label
    ("Key elements include:", "- Security: guarantees.", "- Aid: more of it."),  # introduces a list
    ("The delegations, after three hours of talks in the old city hall, concluded:", BODY),
])
def test_a_line_ending_in_a_colon_is_otherwise_text(lines):
    assert outline(*lines)[0] in ("P", "L2")


def test_an_article_whose_sections_open_on_labels_makes_each_label_a_heading():
    # Two labels over running text make colon labels the article's section style: then one in
    # sentence case, or one over a list, heads its section too.
    assert outline("Background:", BODY, "What happens next:", BODY, "Timeline:", "- Monday: warning issued",
                   "- Tuesday: runway closed") == ["H2:Background", "P", "H2:What happens next", "P", "H2:Timeline", "L2"]


def test_a_label_said_again_under_each_entry_introduces_its_list():
    assert outline("Background:", BODY, "Verdict:", BODY, "Pros:", "- Cheap", "- Quiet", "Cons:", "- Slow",
                   "Pros:", "- Light", "Cons:", "- Dear")[4:] == ["P", "L2", "P", "L1", "P", "L1", "P", "L1"]


def test_numbered_lines_over_text_are_numbered_sections():
    a = parse("\n".join([LEDE, "1. The package targets diamonds", BODY, "2. Third-country suppliers", BODY,
                         "3. Unanimity", BODY]))
    assert kinds(a) == ["H2:1. The package targets diamonds", "P", "H2:2. Third-country suppliers", "P",
                        "H2:3. Unanimity", "P"]


def test_a_numbered_list_stays_a_list():
    assert outline("1. Draft the mandate", "2. Agree on the budget", BODY) == ["OL2", "P"]
    # one numbered line over text, with no series, is a one-item list as written
    assert outline("1. Draft the mandate", BODY, "Next Steps", BODY) == ["OL1", "P", "H2:Next Steps", "P"]


def test_a_table_caption_line_over_a_table_is_its_caption():
    a = parse("\n".join([LEDE, "Table 1: Past packages", "Package | Adopted", "10th | Feb 2023",
                         "11th | Jun 2023", "Outlook", BODY]))
    assert kinds(a) == ["T2x2", "H2:Outlook", "P"]
    assert all_blocks(a)[0].caption == "Table 1: Past packages"


@pytest.mark.parametrize("caption", ["Reservoir levels, week ending 1 March", "Opening allocations 2026-27"])
def test_a_qualified_title_over_a_table_is_its_caption_but_a_bare_one_heads_a_section(caption):
    """Right over the rows or a blank line above them (on dev, set apart so, 28 captions to 7
    headings); a bare title heads a section."""
    rows = ["Reservoir | Level", "--- | ---", "Kessel | 81%", "Ardley | 64%"]
    for over in ([caption, *rows], [caption, "", *rows]):
        a = parse("\n".join([LEDE, "", *over, "", "Outlook", BODY]))
        assert kinds(a) == ["T2x2", "H2:Outlook", "P"] and all_blocks(a)[0].caption == caption
    assert kinds(parse("\n".join([LEDE, "", "Reservoir levels", *rows, "", "Outlook", BODY])))[:2] == [
        "H2:Reservoir levels", "T2x2"]


def test_tab_separated_rows_are_a_table_and_a_label_over_them_a_heading():
    a = parse("\n".join([LEDE, "Key Figures", "Port\tTonnes\tShips", "Odesa\t12,000,000\t420",
                         "Pivdennyi\t9,500,000\t300", BODY]))
    assert kinds(a) == ["H2:Key Figures", "T2x3", "P"]
    assert all_blocks(a)[0].rows[-1] == ("Pivdennyi", "9,500,000", "300")



def test_a_tab_row_as_wide_as_the_table_is_its_row_however_long_its_cells():
    a = parse("\n".join([LEDE, "Time\tWhat happens", "7:00\tTram lines stop running through the zone",
                         "After all-clear\tResidents may return; announced by sirens and on the city app.", BODY]))
    assert kinds(a) == ["T2x2", "P"]
    assert all_blocks(a)[0].rows[-1][0] == "After all-clear"


def test_a_tab_header_opening_on_a_tab_has_an_empty_corner_cell():
    a = parse("\n".join([LEDE, "\tQ3 2025\tQ3 2024\tChange", "Revenue\t$14.8bn\t$14.1bn\t+5.0%",
                         "Net earnings\t$612m\t$537m\t+14.0%", BODY]))
    table = all_blocks(a)[0]
    assert (table.header, len(table.rows)) == (("", "Q3 2025", "Q3 2024", "Change"), 2)
    # every line indented alike, or a row as wide as the header: no corner (the review's cases)
    a = parse("\n".join([LEDE, "\tName\tAge", "\tAlice\t30", "\tBob\t41", BODY]))
    assert all_blocks(a)[0].header == ("Name", "Age")
    a = parse("\n".join([LEDE, "    Adult\tChild\tConcession", "    £45\t£20\t£30", BODY]))
    assert (all_blocks(a)[0].header, all_blocks(a)[0].rows) == (("Adult", "Child", "Concession"), (("£45", "£20", "£30"),))


def test_a_source_line_under_tab_rows_is_no_row_however_many_cells():
    a = parse("\n".join([LEDE, "Station\tRainfall (mm)", "Kessel\t81", "Ardley\t64",
                         "Source:\tMet Office provisional figures, which may be revised when the final gauge readings are in.",
                         BODY]))
    assert len(all_blocks(a)[0].rows) == 2

def test_labelled_questions_and_answers_are_an_faq_with_labels_kept():
    a = parse("\n".join([LEDE, "Q: What was agreed?", "A: A new inspection schedule.",
                         "Q: When do inspections start?", "A: In two weeks."]))
    faq = a.sections[-1]
    assert faq.heading == "Questions and answers"
    assert [(q.question, [p.text for p in q.answer]) for q in faq.faq] == [
        ("Q: What was agreed?", ["A: A new inspection schedule."]),
        ("Q: When do inspections start?", ["A: In two weeks."])]


def test_headline_then_byline_then_lede():
    a = parse("\n".join(["Grain Corridor Deal Faces Renewed Pressure", "By Maria Lopez", LEDE,
                         "Risks", BODY]))
    assert (a.title, a.byline, a.summary) == ("Grain Corridor Deal Faces Renewed Pressure", "By Maria Lopez", LEDE)
    assert kinds(a) == ["H2:Risks", "P"]


def test_a_section_opening_on_its_first_subsection_nests_it():
    a = parse("\n".join([LEDE, "Energy security in Europe", "Storage And Supply", BODY, "Prices And Demand", BODY]))
    assert kinds(a) == ["H2:Energy security in Europe", "H3:Storage And Supply", "P", "H3:Prices And Demand", "P"]


def test_an_faq_answer_may_hold_a_list():
    a = parse("\n".join([LEDE, "FAQs", "Does Europe still buy Russian gas?", "Yes, through two routes.",
                         "- TurkStream flows to Hungary.", "- LNG cargoes go to Spain.", "Is storage full?", "Yes."]))
    answer = a.sections[-1].faq[0].answer
    assert kinds(a)[-1] == "FAQ2" and [type(b).__name__ for b in answer] == ["Paragraph", "BulletList"]


def test_a_title_case_heading_after_the_faq_is_not_nested_under_it():
    a = parse("\n".join([LEDE, "The state of the talks", BODY, "Next Round", BODY, "The cost of delay", BODY,
                         "Who Pays", BODY, "Frequently asked questions", "Who pays?", "The states.",
                         "In Conclusion", BODY]))
    assert [h for h in kinds(a) if h.startswith("H")] == [
        "H2:The state of the talks", "H3:Next Round", "H2:The cost of delay", "H3:Who Pays",
        "H2:Frequently asked questions", "H2:In Conclusion"]


def test_a_heading_needs_more_than_furniture_under_it():
    a = parse("\n".join([LEDE, "Polling Station Hours", "Copyright 2024 Example News. All rights reserved."]))
    assert kinds(a) == ["P"] and [f.kind for f in a.furniture] == ["copyright"]


@pytest.mark.parametrize("line", ["Table notes: quotes from official statements.", "Table headings: as sent"])
def test_a_note_about_a_table_is_no_caption(line):
    a = parse("\n".join([LEDE, "Country | Reaction", "--- | ---", "Chad | Welcomed", line]))
    assert all_blocks(a)[0].caption is None and all_blocks(a)[1].text == line


def test_lettered_items_are_a_list_that_keeps_its_letters():
    a = parse("\n".join([LEDE, "a) Egypt wants a binding deal.", "b) Ethiopia prefers guidelines.", BODY]))
    assert kinds(a) == ["L2", "P"]
    assert [i.text for i in all_blocks(a)[0].items] == ["a) Egypt wants a binding deal.", "b) Ethiopia prefers guidelines."]
    assert outline("a) A lone lettered line.", BODY) == ["P", "P"]


def test_an_escaped_pipe_is_a_pipe_inside_a_cell():
    table = all_blocks(parse("\n".join([LEDE, "| Country | Share \\| Note |", "|---|---|",
                                        "| Egypt | 55.5 bcm \\| 1959 treaty |"])))[0]
    assert table.header == ("Country", "Share | Note") and table.rows == (("Egypt", "55.5 bcm | 1959 treaty"),)


def test_indented_items_nest_under_the_item_above():
    a = parse("\n".join([LEDE, "Steps", "1. Draft the mandate.", "   - Legal text first.", "   - Then annexes.",
                         "2. Agree on the budget.", BODY]))
    steps = all_blocks(a)[0]
    assert kinds(a) == ["H2:Steps", "OL2", "P"]
    assert [i.text for i in steps.items] == ["Draft the mandate.", "Agree on the budget."]
    assert [i.text for i in steps.items[0].sublist.items] == ["Legal text first.", "Then annexes."]


def test_a_nested_list_renders_nested_and_loses_nothing():
    from markdown_it import MarkdownIt

    from build_tools.pipeline import convert
    from tests.helpers import source
    _, page, problems = convert(source("\n".join([LEDE, "Risks", "- Mines drifting.", "  - Two ships hit.",
                                                  "- Insurance costs.", BODY])))
    tokens = [t.type for t in MarkdownIt("commonmark").parse(page.split("\n---\n", 1)[1])
              if t.type.endswith("list_open") or t.type.endswith("list_close")]
    assert tokens == ["bullet_list_open", "bullet_list_open", "bullet_list_close", "bullet_list_close"]
    assert [p for p in problems if p.level == "error"] == []


def test_an_upper_case_headline_is_the_title_not_a_dateline():
    a = parse("\n".join(["UKRAINE AND RUSSIA AGREE PRISONER SWAP", LEDE, "BACKGROUND", BODY]))
    assert (a.dateline, a.title, a.summary) == (None, "UKRAINE AND RUSSIA AGREE PRISONER SWAP", LEDE)
    assert kinds(a) == ["H2:BACKGROUND", "P"]


def test_an_faq_ends_where_numbered_sections_begin():
    a = parse("\n".join([LEDE, "Q: What was agreed?", "A: A schedule.", "1. First point", BODY,
                         "2. Second point", BODY]))
    assert kinds(a) == ["H2:Questions and answers", "FAQ1", "H2:1. First point", "P", "H2:2. Second point", "P"]


def test_stray_tabs_in_running_text_make_no_table():
    assert outline("Officials said on Monday that\tthe talks would resume in Geneva next week.",
                   "Analysts in the capital were\tless sure that the new round would bring a deal.") == ["P", "P"]


def test_a_label_is_no_title_the_lede_speaks_instead():
    a = parse("\n".join([LEDE, "Background:", BODY, "Talks Resume in Geneva", BODY]))
    assert a.title == "Officials met in Vienna on Tuesday to discuss the next round of…"
    assert parse("\n".join(["Talks Resume in Geneva", LEDE, BODY])).title == "Talks Resume in Geneva"


def test_plain_prose_lines_are_passed_by_every_rule_before_the_paragraph():
    """`next_block` takes a long line of running text straight to the paragraph rule: on every
    corpus line it so takes, each earlier rule would have passed it by."""
    from pathlib import Path

    from build_tools.parse.rules import BLOCK_RULES, _plain_prose
    from build_tools.parse.units import make_units
    root = Path(__file__).resolve().parent.parent
    taken = 0
    for path in sorted((root / "bench/structure").rglob("*.txt")):
        lines = [(n, repair_line(raw)[0], raw[:1].isspace())
                 for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)]
        units = make_units(lines)
        for i, unit in enumerate(units):
            if _plain_prose(unit):
                taken += 1
                assert all(rule(units, i) is None for name, rule in BLOCK_RULES if name != "paragraph"), unit.text
    assert taken > 5000
