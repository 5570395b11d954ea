"""Briefing portal: raw articles to a structured, searchable MkDocs site."""
