"""YAML front matter: sorted keys, plain strings, no timestamps."""
from __future__ import annotations

import yaml


def front_matter(values: dict) -> str:
    body = yaml.safe_dump({k: v for k, v in values.items() if v is not None}, sort_keys=True,
                          allow_unicode=True, width=1000, default_flow_style=False)
    return f"---\n{body}---\n"
