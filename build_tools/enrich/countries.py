"""Country topics from pycountry (ISO 3166), with the short forms news text uses."""
from __future__ import annotations

from functools import cache

import pycountry

from build_tools.enrich.anchors import slugify
from build_tools.model import Topic

# pycountry's ISO names where news text uses another; names with a comma need one.
DISPLAY = {
    "Russian Federation": "Russia", "Türkiye": "Turkey", "Viet Nam": "Vietnam",
    "Palestine, State of": "Palestine", "Congo, The Democratic Republic of the":
    "Democratic Republic of the Congo", "Micronesia, Federated States of": "Micronesia",
    "Virgin Islands, British": "British Virgin Islands", "Virgin Islands, U.S.": "U.S. Virgin Islands",
    "Holy See (Vatican City State)": "Vatican City", "Czechia": "Czech Republic",
}
SHORT_FORMS = {
    "United States": ("US", "U.S.", "USA", "U.S.A.", "United States of America"),
    "United Kingdom": ("UK", "U.K.", "Britain", "Great Britain"),
    "Russia": ("Russian Federation",), "Turkey": ("Türkiye",), "Czech Republic": ("Czechia",),
    "United Arab Emirates": ("UAE", "U.A.E."), "Democratic Republic of the Congo": ("DRC", "DR Congo"),
    "South Korea": ("Republic of Korea",), "North Korea": ("DPRK",),
}


@cache
def country_topics() -> tuple[Topic, ...]:
    topics = []
    for country in pycountry.countries:
        name = DISPLAY.get(country.name) or getattr(country, "common_name", None) or country.name
        if "," in name:
            continue
        forms = [name, country.name, getattr(country, "official_name", None) or ""]
        forms += SHORT_FORMS.get(name, ())
        aliases = tuple(dict.fromkeys(f for f in forms if f and "," not in f))
        topics.append(Topic(slugify(name), name, "country", aliases, discovered=True))
    return tuple(sorted(topics, key=lambda t: t.slug))
