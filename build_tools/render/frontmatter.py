"""YAML front matter: sorted keys, plain strings, no timestamps.

Values are written as JSON, which YAML reads as flow scalars and collections; it
is many times faster than a YAML emitter. Characters YAML treats as line breaks or
refuses (C1 controls, U+2028/2029, BOM) are escaped.
"""
from __future__ import annotations

import json
import re

_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def _scalar(value) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def front_matter(values: dict) -> str:
    lines = [f"{key}: {_scalar(values[key])}" for key in sorted(values) if values[key] is not None]
    return "---\n" + "\n".join(lines) + "\n---\n"
