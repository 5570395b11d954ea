"""An RSS 2.0 feed of the latest briefings, with absolute links from site_url."""
from __future__ import annotations

import html

import datetime as dt
import xml.etree.ElementTree as ET

from build_tools.model import Article
from build_tools.render.briefing import byline_name, description
from build_tools.render.urls import page_url

FEED_ITEMS = 50
ATOM = "http://www.w3.org/2005/Atom"


def rfc822(iso_date: str) -> str:
    day = dt.date.fromisoformat(iso_date)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).strftime(
        "%a, %d %b %Y %H:%M:%S +0000")


def render_feed(latest: list[Article], last_date: str | None, topic_names: dict[str, str], settings: dict,
                title: str | None = None, path: str = "feed.xml") -> str:
    """`latest`: the FEED_ITEMS newest briefings; `last_date`: the latest date or update of any.
    `title` and `path`: a feed of part of the site (one kind of topic), else the site's."""
    ET.register_namespace("atom", ATOM)
    base = settings["site_url"]
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = settings["site_name"] + (f": {title}" if title else "")
    ET.SubElement(channel, "link").text = base
    ET.SubElement(channel, "description").text = title or settings["site_description"] or settings["site_name"]
    ET.SubElement(channel, "language").text = "en"
    ET.SubElement(channel, f"{{{ATOM}}}link", {"href": f"{base}{path}", "rel": "self",
                                                "type": "application/rss+xml"})
    if last_date:  # from the articles, never the clock: the feed is deterministic
        ET.SubElement(channel, "lastBuildDate").text = rfc822(last_date)
    for article in latest[:FEED_ITEMS]:
        item = ET.SubElement(channel, "item")
        url = base + page_url(f"briefings/{article.slug}", settings)
        ET.SubElement(item, "title").text = article.title
        ET.SubElement(item, "link").text = url
        ET.SubElement(item, "guid", {"isPermaLink": "true"}).text = url
        # A feed's description is HTML to its readers: escaped once here (and again as XML),
        # "<img onerror=...>" in a summary reaches them as text.
        ET.SubElement(item, "description").text = html.escape(description(article.summary), quote=False)
        author = article.meta.author or byline_name(article.byline)
        if author:
            ET.SubElement(item, "author").text = author
        if article.meta.date:
            ET.SubElement(item, "pubDate").text = rfc822(article.meta.date)
        for slug in article.topics[:5]:
            ET.SubElement(item, "category").text = topic_names[slug]
    ET.indent(rss)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(rss, encoding="unicode") + "\n"


def topic_feed(topic, entries: list[tuple[str, tuple]], settings: dict) -> str:
    """An RSS feed of one topic's newest briefings, from its timeline's entries (briefing
    slug, topic_entries value), for readers who follow the topic."""
    ET.register_namespace("atom", ATOM)
    base = settings["site_url"]
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = f"{settings['site_name']}: {html.unescape(topic.name)}"
    ET.SubElement(channel, "link").text = base + page_url(f"topics/{topic.slug}", settings)
    ET.SubElement(channel, "description").text = f"Briefings on {html.unescape(topic.name)}"
    ET.SubElement(channel, "language").text = "en"
    ET.SubElement(channel, f"{{{ATOM}}}link", {"href": f"{base}topics/{topic.slug}.xml", "rel": "self",
                                                "type": "application/rss+xml"})
    dates = [entry[1] for _, entry in entries if entry[1]]
    if dates:  # from the articles, never the clock
        ET.SubElement(channel, "lastBuildDate").text = rfc822(max(dates))
    for slug, (_, date, _, _, title, summary) in entries:
        item = ET.SubElement(channel, "item")
        url = base + page_url(f"briefings/{slug}", settings)
        ET.SubElement(item, "title").text = title
        ET.SubElement(item, "link").text = url
        ET.SubElement(item, "guid", {"isPermaLink": "true"}).text = url
        ET.SubElement(item, "description").text = html.escape(summary, quote=False)
        if date:
            ET.SubElement(item, "pubDate").text = rfc822(date)
    ET.indent(rss)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(rss, encoding="unicode") + "\n"
