"""The glossary page: every acronym, its meaning, and where it is defined."""
from __future__ import annotations

from build_tools.model import Term
from build_tools.render.escape import inline
from build_tools.render.frontmatter import front_matter


def render_glossary(glossary: tuple[Term, ...], titles: dict[str, str]) -> str:
    lines = [front_matter({"title": "Glossary"}), "# Glossary", "",
             "Acronyms defined in the briefings (as “long form (SHORT)” or “SHORT (long form)”) "
             "and in the topic taxonomy. Hover an acronym anywhere on the site to see its meaning.", "",
             "| Acronym | Meaning | Defined in |", "| --- | --- | --- |"]
    for term in glossary:
        where = ", ".join(f"[{inline(titles[s])}](briefings/{s}.md)" for s in term.articles[:5])
        if len(term.articles) > 5:
            where += f" and {len(term.articles) - 5} more"
        lines.append(f"| {inline(term.short)} | {inline(term.long)} | {where or 'Topic taxonomy'} |")
    return "\n".join(lines) + "\n"
