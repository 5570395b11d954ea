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


def _channel(settings: dict, title: str, link: str, about: str, path: str, last_date: str | None):
    """An RSS document and its channel: the feed's title, page, description and own address."""
    ET.register_namespace("atom", ATOM)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = title
    ET.SubElement(channel, "link").text = link
    ET.SubElement(channel, "description").text = about
    ET.SubElement(channel, "language").text = "en"
    ET.SubElement(channel, f"{{{ATOM}}}link", {"href": settings["site_url"] + path, "rel": "self",
                                                "type": "application/rss+xml"})
    if last_date:  # from the articles, never the clock: the feed is deterministic
        ET.SubElement(channel, "lastBuildDate").text = rfc822(last_date)
    return rss, channel


def _item(channel, settings: dict, slug: str, title: str, summary: str):
    """A briefing's item: title, link and its description as text."""
    item = ET.SubElement(channel, "item")
    url = settings["site_url"] + page_url(f"briefings/{slug}", settings)
    ET.SubElement(item, "title").text = title
    ET.SubElement(item, "link").text = url
    ET.SubElement(item, "guid", {"isPermaLink": "true"}).text = url
    # A feed's description is HTML to its readers: escaped once here (and again as XML),
    # "<img onerror=...>" in a summary reaches them as text.
    ET.SubElement(item, "description").text = html.escape(summary, quote=False)
    return item


def _xml(rss) -> str:
    ET.indent(rss)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(rss, encoding="unicode") + "\n"


def render_feed(latest: list[Article], last_date: str | None, topic_names: dict[str, str], settings: dict,
                title: str | None = None, path: str = "feed.xml") -> str:
    """`latest`: the FEED_ITEMS newest briefings; `last_date`: the latest date or update of any.
    `title` and `path`: a feed of part of the site (one kind of topic), else the site's."""
    rss, channel = _channel(settings, settings["site_name"] + (f": {title}" if title else ""), settings["site_url"],
                            title or settings["site_description"] or settings["site_name"], path, last_date)
    for article in latest[:FEED_ITEMS]:
        item = _item(channel, settings, article.slug, article.title, description(article.summary))
        author = article.meta.author or byline_name(article.byline)
        if author:
            ET.SubElement(item, "author").text = author
        if article.meta.date:
            ET.SubElement(item, "pubDate").text = rfc822(article.meta.date)
        for slug in article.topics[:5]:
            ET.SubElement(item, "category").text = topic_names[slug]
    return _xml(rss)


def topic_feed(topic, entries: list[tuple[str, tuple]], settings: dict) -> str:
    """An RSS feed of one topic's newest briefings, from its timeline's entries (briefing
    slug, topic_entries value), for readers who follow the topic."""
    name = html.unescape(topic.name)
    dates = [entry[1] for _, entry in entries if entry[1]]
    rss, channel = _channel(settings, f"{settings['site_name']}: {name}",
                            settings["site_url"] + page_url(f"topics/{topic.slug}", settings),
                            f"Briefings on {name}", f"topics/{topic.slug}.xml", max(dates, default=None))
    for slug, (_, date, _, _, title, summary) in entries:
        item = _item(channel, settings, slug, title, summary)
        if date:
            ET.SubElement(item, "pubDate").text = rfc822(date)
    return _xml(rss)
