"""What the whole corpus decides before any briefing is matched: the glossary, and the
topics to look for (the build, `pipeline.py`, runs the rest in steps it can reuse)."""
from __future__ import annotations

from build_tools.enrich.discover import candidates
from build_tools.enrich.glossary import glossary_from
from build_tools.model import Term, Topic

def glossary_and_topics(names: list[tuple], taxonomy: tuple[Topic, ...]) -> tuple[tuple[Term, ...], tuple[Topic, ...]]:
    """The glossary, and the topics to look for: the taxonomy's, then candidates found in the
    briefings (one matching pass covers both; candidates never mentioned drop out later).
    `names`: (slug, definitions, organisations, people) of each briefing (see Digest), by slug."""
    glossary = glossary_from(((slug, defined) for slug, defined, _, _ in names), taxonomy)
    found = candidates(((organisations, people) for _, _, organisations, people in names), glossary, taxonomy)
    return glossary, tuple(taxonomy) + tuple(found)
