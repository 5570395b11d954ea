"""Write N realistic raw articles (the portal's raw style), deterministic for a seed.

    python bench/corpus.py OUT_DIR N [--seed S]

Each article has 800-2,000 words: a lede or a title line, bare headings (some
sentence case with Title Case subheadings), `- ` and numbered lists with lead-in
terms, 0-6 pipe tables in varied dialects, an FAQ in some, spacing defects, and
topics drawn from a wide vocabulary (ISO countries, organisations with acronym
definitions, people, themes), so topic pages and related links behave as in a
real archive. About half the articles get a sidecar with a date.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
from pathlib import Path

import pycountry

COUNTRIES = sorted(c.name for c in pycountry.countries if "," not in c.name and "(" not in c.name)
ORGS = [("Organization for Security and Co-operation in Europe", "OSCE"), ("United Nations", "UN"),
        ("North Atlantic Treaty Organization", "NATO"), ("European Union", "EU"),
        ("African Union", "AU"), ("International Atomic Energy Agency", "IAEA"),
        ("World Food Programme", "WFP"), ("International Monetary Fund", "IMF"),
        ("Association of Southeast Asian Nations", "ASEAN"), ("World Health Organization", "WHO"),
        ("International Committee of the Red Cross", "ICRC"), ("Economic Community of West African States", "ECOWAS"),
        ("Gulf Cooperation Council", "GCC"), ("Shanghai Cooperation Organisation", "SCO"),
        ("Intergovernmental Authority on Development", "IGAD"), ("Organization of American States", "OAS")]
FIRST = ["Anna", "Mikhail", "Olena", "James", "Fatima", "Li", "Carlos", "Amara", "Yusuf", "Ingrid", "Ravi",
         "Sofia", "Kwame", "Hana", "Pierre", "Leila", "Tomasz", "Aiko", "Daniel", "Nadia"]
LAST = ["Kovalenko", "Petrov", "Okafor", "Haddad", "Lindqvist", "Moreau", "Tanaka", "Mendes", "Novak",
        "Osei", "Rahman", "Schmidt", "Castillo", "Ivanova", "Mensah", "Sato", "Farouk", "Bianchi"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Ambassador", "Envoy", "Secretary-General"]
THEMES = ["ceasefire", "humanitarian aid", "sanctions", "arms control", "energy security", "reconstruction",
          "security guarantees", "trade", "food security", "refugees", "mediation", "border security",
          "nuclear safety", "cybersecurity", "climate adaptation", "debt relief", "elections", "water rights"]
VERBS = ["discussed", "reviewed", "debated", "outlined", "questioned", "welcomed", "rejected", "proposed"]
NOUNS = ["framework", "timeline", "roadmap", "agreement", "proposal", "mechanism", "package", "mandate"]
ADJ = ["preliminary", "comprehensive", "regional", "bilateral", "long-term", "fragile", "detailed", "joint"]
TITLE_WORDS = ["Talks", "Outlook", "Pressure", "Progress", "Stakes", "Options", "Risks", "Response",
               "Diplomacy", "Negotiations", "Security", "Recovery", "Tensions", "Cooperation"]
FAQ_Q = ["What is the main goal of the talks?", "Who takes part in the negotiations?",
         "When could an agreement be signed?", "How will compliance be monitored?",
         "What happens if the talks fail?"]
MIN_WORDS, MAX_WORDS = 800, 2000


class Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        r = rng
        self.countries = r.sample(COUNTRIES, r.randint(2, 5))
        self.orgs = r.sample(ORGS, r.randint(1, 3))
        self.people = [(r.choice(TITLES), f"{r.choice(FIRST)} {r.choice(LAST)}") for _ in range(r.randint(1, 3))]
        self.themes = r.sample(THEMES, r.randint(2, 4))
        self.defined: set[str] = set()

    def subject(self) -> str:
        r = self.rng
        kind = r.random()
        if kind < 0.4:
            return r.choice(self.countries)
        if kind < 0.6:
            long, short = r.choice(self.orgs)
            if short in self.defined:
                return f"the {short}"
            self.defined.add(short)
            return f"the {long} ({short})"
        if kind < 0.8:
            title, name = r.choice(self.people)
            return f"{title} {name}"
        return f"officials working on {r.choice(self.themes)}"

    def sentence(self) -> str:
        r = self.rng
        s = (f"{self.subject()} {r.choice(VERBS)} a {r.choice(ADJ)} {r.choice(NOUNS)} on "
             f"{r.choice(self.themes)} with {self.subject()}")
        if r.random() < 0.3:
            s += f", citing {r.randint(2, 40)} months of talks and {r.randint(1, 9)},000 people affected"
        s = s[0].upper() + s[1:] + "."
        if r.random() < 0.03:
            s = s.replace(", ", ",", 1)  # a spacing defect
        return s

    def paragraph(self, n: int | None = None) -> str:
        text = " ".join(self.sentence() for _ in range(n or self.rng.randint(3, 6)))
        if self.rng.random() < 0.05:
            text = text.replace(". ", ".", 1)  # "Ukraine.Citing"
        return text

    def heading(self, title_case: bool) -> str:
        r = self.rng
        if title_case:
            return f"{r.choice(TITLE_WORDS)} and {r.choice(TITLE_WORDS)} in {r.choice(self.countries)}"
        return f"The {r.choice(['state', 'future', 'cost', 'limits'])} of {r.choice(self.themes)}"

    def bullets(self) -> list[str]:
        r = self.rng
        numbered = r.random() < 0.25
        items = []
        for i in range(r.randint(3, 5)):
            term = f"{r.choice(ADJ).capitalize()} {r.choice(NOUNS).capitalize()}"
            text = self.sentence()
            items.append(f"{i + 1}. {term}: {text}" if numbered else f"- {term}: {text}")
        return ["The main points include:"] + items

    def table(self) -> list[str]:
        r = self.rng
        cols = r.randint(2, 4)
        header = ["Party", "Position", "Deadline", "Status"][:cols]
        dialect = r.choice(["trailing", "both", "none"])
        rows = [header, ["---"] * cols]
        for _ in range(r.randint(2, 6)):
            rows.append([r.choice(self.countries), f"{r.choice(ADJ)} {r.choice(NOUNS)}",
                         f"{r.randint(1, 12)} Months", r.choice(["Agreed", "Open", "Proposed"])][:cols])
        fmt = {"trailing": lambda c: " | ".join(c) + " |", "both": lambda c: "| " + " | ".join(c) + " |",
               "none": lambda c: " | ".join(c)}[dialect]
        intro = f"{self.paragraph(2)} The positions can be summarised as follows:"
        return [intro] + [fmt(row) for row in rows]

    def section(self, nested: bool, tables: int) -> tuple[list[str], bool]:
        """One section's lines, and whether it holds a table."""
        r = self.rng
        lines = [self.heading(title_case=not nested), self.paragraph()]
        if nested:
            lines += [self.heading(title_case=True), self.paragraph()]
        if r.random() < 0.6:
            lines += self.bullets()
            lines.append(self.paragraph(2))
        with_table = bool(tables) and r.random() < 0.5
        if with_table:
            lines += self.table()
        return lines, with_table

    def article(self) -> str:
        r = self.rng
        target = r.randint(MIN_WORDS, MAX_WORDS)
        lines = []
        nested = r.random() < 0.3
        if r.random() < 0.4:
            lines += [f"{r.choice(TITLE_WORDS)} over {r.choice(self.themes)}: what next for "
                      f"{r.choice(self.countries)}?", "", self.sentence()]
        else:
            lines.append(self.paragraph(5))
        faq = []
        if r.random() < 0.3:
            faq.append("FAQ – Key Questions")
            for q in r.sample(FAQ_Q, 3):
                faq += [q, self.paragraph(2)]
        tables = r.randint(0, 6)
        # Whole sections until the target; one that would pass MAX_WORDS is left out, so
        # every article stays within MIN_WORDS..MAX_WORDS (a section is far below 800 words).
        while (words := word_count(lines + faq)) < target:
            section, with_table = self.section(nested, tables)
            if words + word_count(section) > MAX_WORDS:
                break
            lines += section
            tables -= with_table
        return "\n".join(lines + faq) + "\n"


def word_count(lines: list[str]) -> int:
    """Words as a reader counts them: pipes and dashes of tables and lists are not words."""
    return sum(any(c.isalnum() for c in token) for line in lines for token in line.split())


def write_corpus(out: Path, n: int, seed: int = 1, start: int = 0) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        rng = random.Random(f"{seed}-{i}")
        name = f"briefing-{i:05d}"
        (out / f"{name}.txt").write_text(Writer(rng).article(), encoding="utf-8")
        if rng.random() < 0.5:
            day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
            (out / f"{name}.yml").write_text(f"date: {day.isoformat()}\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--start", type=int, default=0, help="number of the first article")
    args = parser.parse_args()
    write_corpus(args.out, args.n, args.seed, args.start)


if __name__ == "__main__":
    main()
