"""Parse one Source into an Article, with diagnostics that explain each decision."""
from build_tools.parse.article import parse_article

__all__ = ["parse_article"]
