"""Topic matching, discovery, glossary extraction, related briefings and theme links."""

import pytest

import datetime as dt
import re

from build_tools.enrich.glossary import definitions
from build_tools.enrich.matcher import TopicMatcher
from build_tools.errors import SourceError
from build_tools.model import Topic
from build_tools.pipeline import DEFAULT_SETTINGS, build_site
from build_tools.read_taxonomy import read_taxonomy
from tests.conftest import ROOT

TAXONOMY = read_taxonomy(ROOT / "topics.yml")


def site_of(tmp_path, **texts: str):
    """The site the build makes of these articles (name -> text): the one enrichment path."""
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return build_site(paths, [], TAXONOMY)


def also_covered(page: str) -> dict[str, list[tuple[str, str]]]:
    """Section anchor -> (label, href) of each "Also covered in" link on a briefing page."""
    found, anchor = {}, ""
    for line in page.splitlines():
        if heading := re.match(r"#+ .* \{ #([\w-]+) \}$", line):
            anchor = heading.group(1)
        elif line.startswith("*Also covered in:*"):
            found[anchor] = re.findall(r"\[([^\]]+)\]\(([^)]+)\)", line)
    return found


def found(text, topics=TAXONOMY):
    return [(text[s:e], slug) for s, e, slug in TopicMatcher(topics).find(text)]


@pytest.mark.parametrize("text,expected", [
    ("Let us talk to the US about it", [("US", "united-states")]),
    ("U.S.-Russia relations", [("U.S.", "united-states"), ("Russia", "russia")]),
    ("the USA and the United States of America", [("USA", "united-states"),
                                                   ("United States of America", "united-states")]),
    ("Russian troops; Russians; Prussia", [("Russian", "russia"), ("Russians", "russia")]),
    ("a Ceasefire, a cease-fire and ceasefires", [("Ceasefire", "ceasefire"), ("cease-fire", "ceasefire"),
                                                  ("ceasefires", "ceasefire")]),
    ("NATO’s role and the nato word", [("NATO", "nato")]),
    ("Organization for Security and Co-operation in Europe (OSCE)",
     [("Organization for Security and Co-operation in Europe", "osce"), ("OSCE", "osce")]),
])
def test_matching_respects_words_aliases_and_case(text, expected):
    assert found(text) == expected


def test_a_surname_alias_after_another_given_name_is_someone_else():
    rahman = Topic("aiko-rahman", "Aiko Rahman", "person", ("Aiko Rahman", "Rahman"))
    text = ("Aiko Rahman spoke. Foreign Minister Kwame Rahman replied. Rahman left. "
            "President Rahman and Minister Rahman agreed. When Rahman returned, Mr. Rahman met them.")
    assert found(text, [rahman]) == [("Aiko Rahman", "aiko-rahman")] + [("Rahman", "aiko-rahman")] * 5


def test_mentions_are_counted_per_section(tmp_path):
    site = site_of(tmp_path, a="Talks on Ukraine began.\nFirst Round\nUkraine and Russia met. "
                               "Ukraine spoke first.\nSecond Round\nRussia replied to the offer.")
    # A topic's page quotes the section naming it most, and counts the others.
    ukraine, russia = site.pages["topics/ukraine.md"], site.pages["topics/russia.md"]
    assert "3 mentions" in ukraine and "2 mentions" in russia
    assert '<a href="../../briefings/a/#first-round">First Round</a>: “Ukraine and Russia met.”' in ukraine
    assert "and 1 more section" in ukraine and "and 1 more section" in russia


@pytest.mark.parametrize("directory_urls", [True, False])
def test_listings_are_html_whose_links_fit_each_page(tmp_path, directory_urls):
    """Listings are raw HTML (Markdown would read them several times slower), so their links
    are the site's URLs: one level further up from a page MkDocs puts in its own folder. Text
    in them stays literal, even text that looks like an href."""
    title = 'Ukraine: <b>talks</b> & "href="../x" {{ page }} **bold**'
    article = f"{title}\n\nUkraine and Russia met in Geneva.\n\nTable 1: Rounds\n\n| Round | Date |\n|---|---|\n| 1 | May |\n"
    (tmp_path / "a.txt").write_text(article, encoding="utf-8")
    settings = {**DEFAULT_SETTINGS, "use_directory_urls": directory_urls}
    pages = build_site([tmp_path / "a.txt"], [], TAXONOMY, settings).pages
    url = "a/" if directory_urls else "a.html"
    deeper = "../" if directory_urls else ""
    shown = 'Ukraine: &lt;b&gt;talks&lt;/b&gt; &amp; &quot;href=&quot;../x&quot; {{ page }} **bold**'
    for path, up in (("topics/ukraine.md", deeper), ("archive/index.md", ""), ("tables/index.md", "")):
        assert f'<a href="{up}../briefings/{url}">{shown}</a>' in pages[path], path
    assert f'<a href="../data/tables/a-table-1.csv">CSV</a>' in pages["tables/index.md"]


@pytest.mark.parametrize("text,pairs", [
    ("the Organization for Security and Co-operation in Europe (OSCE) frequently assists",
     [("OSCE", "Organization for Security and Co-operation in Europe")]),
    ("the OSCE (Organization for Security and Co-operation in Europe) often oversees",
     [("OSCE", "Organization for Security and Co-operation in Europe")]),
    ("implementing confidence-building measures (CBMs), such as", [("CBMs", "confidence-building measures")]),
    ("such as the United Nations (UN), help", [("UN", "United Nations")]),
    ("the war (which began in 2022) and the talks (see below)", []),
    ("a new fund (the NF) was", []),
])
def test_acronym_definitions_both_orders(text, pairs):
    assert definitions(text) == pairs


def test_article_outside_taxonomy_gets_discovered_topics_and_glossary(tmp_path):
    site = site_of(tmp_path, sudan=(ROOT / "tests" / "fixtures" / "outside_taxonomy.txt").read_text())
    discovered = {(t.kind, t.name) for t in site.topics if t.discovered}
    assert {("country", "Sudan"), ("country", "Kenya"), ("country", "Ethiopia"), ("country", "Egypt"),
            ("organisation", "IGAD"), ("organisation", "African Union"),
            ("person", "Abiy Ahmed")} <= discovered
    glossary = site.pages["glossary.md"]
    assert "| IGAD | Intergovernmental Authority on Development |" in glossary
    assert "| RSF | Rapid Support Forces |" in glossary


def test_related_briefings_rank_rare_shared_topics_first(tmp_path):
    site = site_of(tmp_path, a="Talks on Ukraine and sanctions.\nMore text here.",
                   b="Ukraine and sanctions again.\nMore text here.", c="Ukraine only here.\nMore text here.")
    related = {x.slug: x.related for x in site.briefings}
    assert [r.slug for r in related["a"]] == ["b", "c"]
    assert related["a"][0].shared == ("sanctions", "ukraine")


def test_same_theme_sections_point_at_each_other(tmp_path):
    site = site_of(tmp_path, a="Lede text here.\nMilitary De-escalation\nTroops pull back.",
                   b="Lede text here.\nOutcomes\n- Military de-escalation: fewer drills.")
    a, b = also_covered(site.pages["briefings/a.md"]), also_covered(site.pages["briefings/b.md"])
    assert [href for _, href in a["military-de-escalation"]] == ["b.md#outcomes"]
    assert [href for _, href in b["outcomes"]] == ["a.md#military-de-escalation"]
    assert a["military-de-escalation"][0][0].endswith(" › Outcomes")


def test_also_covered_names_each_other_briefing_once_and_at_most_two(tmp_path):
    text = "Lede text here.\nMilitary De-escalation\nTroops pull back.\nMore\n- Military de-escalation: again."
    site = site_of(tmp_path, **{n: text for n in "abcde"})
    refs = also_covered(site.pages["briefings/a.md"])["military-de-escalation"]
    assert [href for _, href in refs] == ["b.md#military-de-escalation", "c.md#military-de-escalation"]
    # the same heading as the section's own is not repeated: the briefing's title says where
    assert [label for label, _ in refs] == ["Lede text here."] * 2


@pytest.mark.parametrize("text,message", [
    ("topics:\n  - name: X\n", "2: topic has no kind"),
    ("topics:\n  - name: X\n    kind: planet\n", "2: kind 'planet' is not one of country, organisation, person, theme"),
    ("topics:\n  - name: X\n    kind: theme\n    alias: [y]\n", "4: unknown field 'alias'; expected one of "
                                                               "name, kind, aliases, description, long_form"),
    ("topics:\n  - name: X\n    kind: theme\n  - name: x\n    kind: theme\n",
     "4: topic 'x' repeats the one on line 2"),
    ("names: []\n", "1: expected a top-level 'topics:' list"),
])
def test_taxonomy_errors_name_the_line(tmp_path, text, message):
    path = tmp_path / "topics.yml"
    path.write_text(text)
    with pytest.raises(SourceError) as info:
        read_taxonomy(path)
    assert str(info.value) == f"{path}:{message}"


def test_a_long_form_holding_markup_is_never_a_definition():
    from build_tools.enrich.glossary import definitions
    text = "The North Atlantic <img src=x onerror=alert(1)> Treaty Organization (NATO) met."
    assert [short for short, _ in definitions(text)] == []
    assert definitions("The Joint Monitoring Mission (JMM) met.") == [("JMM", "Joint Monitoring Mission")]


# Synonyms reviewed to name the same idea as their theme, not a broader or different one.
REVIEWED_SYNONYMS = {"truce", "truces", "cessation of hostilities", "aid deliveries", "rebuilding",
                     "security assurances", "election meddling", "global warming", "arms limitation"}


def _stems(text: str) -> set[str]:
    """Its words' first six letters, and those of the whole with spaces and hyphens out
    ("cease-fire" and "ceasefire" alike)."""
    import re
    return {w[:6].lower() for w in re.findall(r"[A-Za-z]{3,}", text)} | {re.sub(r"[^a-z]", "", text.lower())[:6]}


def test_every_theme_alias_names_its_theme_never_a_broader_idea():
    """An in-text link only where the text names the topic: each alias of a theme shares a
    word with the theme's name (a form of it), or is a reviewed synonym. "sovereignty" for
    territorial integrity, or "interference in domestic affairs" for election interference,
    would link a different idea."""
    loose = []
    for topic in TAXONOMY:
        if topic.kind != "theme":
            continue
        for alias in topic.aliases[1:]:
            if alias not in REVIEWED_SYNONYMS and not (_stems(alias) & _stems(topic.aliases[0])) \
                    and sum(c.isupper() for c in alias) < 2:  # an acronym (CBMs) stands for the name
                loose.append((topic.name, alias))
    assert loose == []


def test_topic_excerpts_are_sentences_never_table_rows():
    from build_tools.enrich.matcher import TopicMatcher
    from build_tools.enrich.topics import mentions_of
    from tests.helpers import parse
    matcher = TopicMatcher(TAXONOMY)
    article = parse("Talks in Vienna\n\nOfficials met.\n\nPositions\nIssue | Ukraine | Russia\n---|---|---\n"
                    "Border | Open | Closed\n\nUkraine said the border would reopen in May.\n")
    excerpts = {m.topic: m.excerpt for m in mentions_of(article, matcher)}
    assert excerpts["ukraine"] == "Ukraine said the border would reopen in May."
    assert excerpts["russia"] == "In the table Issue, Ukraine, Russia"
    assert not any(" | " in e for e in excerpts.values())


@pytest.mark.parametrize("caption,section,name", [
    ("Table 2: Past packages", "Aid", "Past packages"),
    ("Key figures:", "Aid", "Key figures"),
    ("A structured approach may resemble the table below, outlining possible milestones:", "Talks",
     "Talks (table 1)"),
    (None, "", "Table 1"),
])
def test_catalogue_names_are_short(caption, section, name):
    from build_tools.model import Table, TableEntry
    from build_tools.render.tables import catalogue_name
    entry = TableEntry("b-table-1", "b", "table-1", section, Table(("A",), (("1",),), caption, 1, anchor="table-1"))
    assert catalogue_name(entry) == name


def test_one_more_newest_briefing_rewrites_a_topics_first_page_and_feed_alone():
    """A topic's full pages, laid out from the oldest, carry no counts and no related topics
    (they move with every briefing): one more newest briefing leaves them as they are."""
    from build_tools.render.paginate import PER_PAGE
    from build_tools.render.topics import topic_pages
    topic = Topic("ukraine", "Ukraine", "country", ("Ukraine",))

    def pages(n: int, related: list[str]) -> dict[str, str]:
        entries = {f"b{k:04d}": (k % 7 + 1, (dt.date(2024, 1, 1) + dt.timedelta(days=k)).isoformat(), f"title {k}",
                                 f"<li>briefing {k}</li>", f"Title {k}", "") for k in range(n)}
        return dict(topic_pages(topic, entries, related, {"russia": "Russia", "nato": "NATO"}, DEFAULT_SETTINGS))

    before, after = pages(3 * PER_PAGE + 40, ["russia"]), pages(3 * PER_PAGE + 41, ["nato", "russia"])
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    assert changed == {"topics/ukraine.md", "topics/ukraine.xml"}
    full = [path for path in after if path.startswith("topics/ukraine--")]
    assert full and all("mentions in" not in after[p] and "Related topics" not in after[p] for p in full)
    assert "mentions in" in after["topics/ukraine.md"] and "Related topics" in after["topics/ukraine.md"]
