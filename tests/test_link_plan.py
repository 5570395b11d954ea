"""The link plan made with the mentions puts every in-text topic link exactly where a scan
of the rendered texts would: pages rendered both ways are the same bytes."""
import random
import re
from dataclasses import replace

from bench.corpus import Writer
from build_tools.pipeline import build_site
from build_tools.read_taxonomy import read_taxonomy
from build_tools.render.links import SectionLinker
from tests.conftest import FIXTURES, ROOT, SEEDS

# Forms whose linkable texts differ from what the mentions scan: list terms, nested
# items, table headers and captions, FAQ questions and answers with lists.
FORMS = """Talks on Ukraine resumed in Geneva as Russia and the United States met on Monday.
Positions of Ukraine and Russia
- Ukraine: Russia must withdraw, said Ukraine.
- Russia: talks with Ukraine first.
  - Nested: the United States backs Ukraine.
Table 1: Ukraine and Russia
Party | Note
Ukraine | Russia refuses
United States | Ukraine agrees
FAQ
Will Russia sign with Ukraine?
The United States hopes so.
- Russia: not yet.
"""


def article_files(folder) -> list:
    paths = list(SEEDS) + [FIXTURES / "hostile.txt", FIXTURES / "outside_taxonomy.txt"]
    for name, text in [("forms", FORMS)] + [(f"generated-{i}", Writer(random.Random(f"plan-{i}")).article())
                                            for i in range(30)]:
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def test_planned_links_are_the_scanned_links(tmp_path, monkeypatch):
    taxonomy = read_taxonomy(ROOT / "topics.yml")
    paths = article_files(tmp_path)
    planned = build_site(paths, [], taxonomy).pages
    scan = SectionLinker.__init__

    def scanning(self, links, *args, **kwargs):  # every section finds its links by scanning its texts
        scan(self, links and replace(links, plan=None), *args, **kwargs)

    monkeypatch.setattr(SectionLinker, "__init__", scanning)  # workers fork: they inherit it
    scanned = build_site(paths, [], taxonomy).pages
    briefings = sorted(p for p in planned if p.startswith("briefings/"))
    assert len(briefings) == len(paths)
    linked = 0
    for page in briefings:
        assert planned[page] == scanned[page], page
        body = planned[page].split("\n---\n", 1)[1]  # after the front matter (its chips)
        slugs = re.findall(r"\]\(\.\./topics/([\w-]+)\.md\)", body)
        assert len(slugs) == len(set(slugs)), page  # each topic linked once on the page
        linked += len(slugs)
    assert linked > 250  # the pages do link topics
