"""Load and validate the editors' topic taxonomy (topics.yml); errors name the line."""
from __future__ import annotations

from pathlib import Path

import yaml

from build_tools.enrich.anchors import slugify
from build_tools.errors import SourceError
from build_tools.model import Topic

KINDS = ("country", "organisation", "person", "theme")
FIELDS = ("name", "kind", "aliases", "description", "long_form")


def _scalar(path, node, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode) or not str(node.value).strip():
        raise SourceError(path, node.start_mark.line + 1, f"{what} must be a non-empty text value")
    return " ".join(str(node.value).split())


def _topic(path: Path, node) -> Topic:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise SourceError(path, line, "each topic must be a mapping with name and kind")
    values: dict = {}
    for key_node, value_node in node.value:
        key = key_node.value
        if key not in FIELDS:
            raise SourceError(path, key_node.start_mark.line + 1,
                              f"unknown field {key!r}; expected one of {', '.join(FIELDS)}")
        if key == "aliases":
            if not isinstance(value_node, yaml.SequenceNode):
                raise SourceError(path, value_node.start_mark.line + 1, "aliases must be a list")
            values[key] = tuple(_scalar(path, item, "an alias") for item in value_node.value)
        else:
            values[key] = _scalar(path, value_node, key)
    for required in ("name", "kind"):
        if required not in values:
            raise SourceError(path, line, f"topic has no {required}")
    if values["kind"] not in KINDS:
        raise SourceError(path, line, f"kind {values['kind']!r} is not one of {', '.join(KINDS)}")
    name = values["name"]
    aliases = tuple(dict.fromkeys((name,) + values.get("aliases", ())))
    # A theme written as a phrase ("ceasefire") is shown as a name ("Ceasefire"); the text is
    # still matched by the forms as written (one capital or none matches in any case).
    shown = name[:1].upper() + name[1:] if values["kind"] == "theme" else name
    return Topic(slugify(name), shown, values["kind"], aliases, values.get("description"),
                 values.get("long_form"))


def read_taxonomy(path: Path) -> tuple[Topic, ...]:
    if not path.exists():
        return ()
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise SourceError(path, mark.line + 1 if mark else 1,
                          f"invalid YAML: {getattr(error, 'problem', error)}") from None
    if root is None:
        return ()
    entries = None
    if isinstance(root, yaml.MappingNode):
        entries = next((v for k, v in root.value if k.value == "topics"), None)
    if not isinstance(entries, yaml.SequenceNode):
        raise SourceError(path, 1, "expected a top-level 'topics:' list")
    seen: dict[str, int]
    topics, seen = [], {}
    for node in entries.value:
        topic = _topic(path, node)
        if topic.slug in seen:
            raise SourceError(path, node.start_mark.line + 1,
                              f"topic {topic.aliases[0]!r} repeats the one on line {seen[topic.slug]}")
        seen[topic.slug] = node.start_mark.line + 1
        topics.append(topic)
    return tuple(topics)
