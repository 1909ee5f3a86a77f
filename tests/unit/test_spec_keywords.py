"""The spec uses only keywords JSON Schema and OpenAPI define.

YAML flow mappings split an unquoted description at ", ", which once left nineteen properties
with a truncated description and a stray key ("or none. Best not specified with
KeypadOptionRequired.": null) that every validator silently ignores. Any unknown key is such a slip.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tnz_ext._spec import spec

SCHEMA_KEYWORDS = frozenset(
    [
        "$ref",
        "$defs",
        "$schema",
        "$id",
        "$comment",
        "type",
        "description",
        "title",
        "examples",
        "example",
        "enum",
        "const",
        "default",
        "pattern",
        "minLength",
        "maxLength",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "items",
        "prefixItems",
        "properties",
        "required",
        "additionalProperties",
        "patternProperties",
        "propertyNames",
        "minProperties",
        "maxProperties",
        "xml",
        "anyOf",
        "oneOf",
        "allOf",
        "not",
        "if",
        "then",
        "else",
        "format",
        "contentEncoding",
        "contentMediaType",
        "maxItems",
        "minItems",
        "uniqueItems",
        "readOnly",
        "writeOnly",
        "deprecated",
        "discriminator",
        "externalDocs",
    ]
)


def _schemas(node: Any, path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(node, dict):
        return
    yield path, node
    for key, sub in (node.get("properties") or {}).items():
        yield from _schemas(sub, f"{path}.{key}")
    if isinstance(node.get("items"), dict):
        yield from _schemas(node["items"], f"{path}[]")
    for key in ("anyOf", "oneOf", "allOf"):
        for i, sub in enumerate(node.get(key) or []):
            yield from _schemas(sub, f"{path}.{key}[{i}]")


ALL = [item for name, schema in spec()["components"]["schemas"].items() for item in _schemas(schema, name)]


def test_the_walk_covers_the_spec() -> None:
    assert len(ALL) > 500  # every property of every schema, not just the top level


@pytest.mark.parametrize(("path", "schema"), ALL, ids=[path for path, _ in ALL])
def test_only_known_keywords(path: str, schema: dict[str, Any]) -> None:
    unknown = sorted(set(schema) - SCHEMA_KEYWORDS)
    assert not unknown, f"{path} has keys that are no schema keyword (a split description?): {unknown}"


def test_a_split_description_is_caught() -> None:
    import yaml

    broken = yaml.safe_load("P: {type: string, description: One, two., examples: [x]}")["P"]
    assert set(broken) - SCHEMA_KEYWORDS == {"two."}
