"""The link plan made with the mentions puts every in-text topic link exactly where a scan
of the rendered texts would: pages rendered both ways are the same bytes."""
import random
from dataclasses import replace

from bench.corpus import Writer
from build_tools.enrich.matcher import TopicMatcher
from build_tools.enrich.site import enrich
from build_tools.enrich.topics import Scans, link_plan
from build_tools.pipeline import DEFAULT_SETTINGS, parse
from build_tools.read import read_source
from build_tools.read_taxonomy import read_taxonomy
from build_tools.render.briefing import render_briefing
from build_tools.render.site import briefing_links, site_link_context
from tests.conftest import FIXTURES, ROOT, SEEDS
from tests.helpers import source

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


def articles() -> list:
    found = [parse(read_source(p))[0] for p in SEEDS + [FIXTURES / "hostile.txt", FIXTURES / "outside_taxonomy.txt"]]
    found.append(parse(source(FORMS, name="forms.txt"))[0])
    for i in range(30):
        text = Writer(random.Random(f"plan-{i}")).article()
        found.append(parse(source(text, name=f"generated-{i}.txt"))[0])
    return found


def test_planned_links_are_the_scanned_links():
    taxonomy = read_taxonomy(ROOT / "topics.yml")
    found = articles()
    site = enrich(found, taxonomy)
    matcher = TopicMatcher(site.topics)
    context = site_link_context(site, matcher, DEFAULT_SETTINGS)
    shells = {a.slug: a for a in site.articles}
    linked = 0
    for article in found:
        article = replace(article, topics=shells[article.slug].topics, related=shells[article.slug].related)
        links = briefing_links(article, context)
        plan = link_plan(article, Scans(matcher))
        planned = render_briefing(article, replace(links, plan=plan))
        assert planned == render_briefing(article, links), article.slug
        slugs = [slug for section in plan.values() for hits in section.values() for _, _, slug in hits]
        assert len(slugs) == len(set(slugs)), article.slug  # each topic linked once on the page
        linked += len(slugs)
    assert linked > 250  # the pages do link topics
