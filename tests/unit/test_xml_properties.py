"""Property tests of the XML codec and webhook parsing, over every object schema of the spec.

Instances come from a strategy built here from each component schema (read from the shipped
``tnz_api/openapi.json``, $refs resolved), not from the codec's own tables. What XML cannot do
shapes what is generated, and each limit is a documented behaviour of the codec:

* strings use only characters of XML's ``Char`` production (no ``\\x00``-``\\x08``, ``\\x0b``,
  ``\\x0c``, ``\\x0e``-``\\x1f``, lone surrogates, U+FFFE/U+FFFF): ``encode`` refuses the others.
  Tabs, newlines, carriage returns and leading/trailing whitespace are generated and must survive;
* under ``anyOf: [number, string]`` (Price) a string that reads as a JSON number (e.g. "0.10")
  comes back as that number, since XML text carries no type: such strings are not generated for
  the string alternative;
* properties a schema does not declare (``additional_properties``) are not written, so none are
  generated;
* empty arrays are generated and must come back as empty arrays (written as an empty wrapper);
  absent arrays stay absent.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from typing import Any

import _hypothesis_profiles  # noqa: F401  (registers and loads the ci/deep profiles)
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tnz_api import models

from tnz_ext._errors import WebhookParseError, XMLDecodeError
from tnz_ext._spec import spec
from tnz_ext._webhooks import parse_webhook
from tnz_ext._xml import decode, encode

SCHEMAS: dict[str, Any] = spec()["components"]["schemas"]
OBJECT_SCHEMAS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")

_NOT_XML = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\r") + "\ufffe\uffff"
XML_TEXT_CHARS = st.characters(codec="utf-8", exclude_characters=_NOT_XML)  # utf-8: no lone surrogates
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_BLANK = " \t\n\r"


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in schema:
        return schema
    target = resolve(SCHEMAS[schema["$ref"].removeprefix("#/components/schemas/")])
    return {**target, **{k: v for k, v in schema.items() if k != "$ref"}}


def reads_as(kind: str, text: str) -> bool:
    """Whether XML text ``text`` is a valid value of scalar ``kind`` (JSON's grammar for numbers)."""
    token = text.strip(_BLANK)
    if kind == "integer":
        return bool(re.fullmatch(r"-?(?:0|[1-9][0-9]*)", token))
    if kind == "number":
        return bool(_JSON_NUMBER.fullmatch(token)) and abs(float(token)) != float("inf")
    if kind == "boolean":
        return token.lower() in {"true", "false", "1", "0"}
    return kind == "string"


def not_read_as(kinds: tuple[str, ...]) -> Callable[[str], bool]:
    return lambda text: not any(reads_as(kind, text) for kind in kinds)


def strategy(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    merged = resolve(schema)
    if isinstance(merged.get("type"), list):  # [X, "null"]: XML writes null as absent, so draw X
        merged = {**merged, "type": next(t for t in merged["type"] if t != "null")}
    if "enum" in merged:
        return st.sampled_from(merged["enum"])
    if merged.get("type") == "object" or "properties" in merged:
        props = merged.get("properties", {})
        required = set(merged.get("required", ()))
        return st.fixed_dictionaries(
            {k: strategy(v) for k, v in props.items() if k in required},
            optional={k: strategy(v) for k, v in props.items() if k not in required},
        )
    if merged.get("type") == "array":
        # An empty unwrapped array writes nothing at all: XML cannot tell it from an absent one.
        low = merged.get("minItems", 0) if (merged.get("xml") or {}).get("wrapped", False) else 1
        items = strategy(merged["items"])
        if low:  # unwrapped: a blank item is an empty element, which reads as no item at all
            items = items.filter(lambda v: not isinstance(v, str) or v.strip(" \t\r\n") != "")
        return st.lists(items, min_size=low, max_size=max(low, min(merged.get("maxItems", 3), 3)))
    alternatives = merged.get("anyOf") or merged.get("oneOf")
    if alternatives:
        options = []
        earlier: list[str] = []
        holds_array = any(resolve(alt).get("type") == "array" for alt in alternatives)
        for alt in alternatives:
            resolved = resolve(alt)
            if resolved.get("type") == "null" or (holds_array and resolved.get("type") == "string"):
                continue  # null is written as absent; beside an array, one element reads as a list
            option = strategy(alt)
            if resolved.get("type") == "string" and "enum" not in resolved and earlier:
                # Text an earlier alternative would claim reads back as that type (documented).
                option = option.filter(not_read_as(tuple(earlier)))
            if resolved.get("type") in {"integer", "number", "boolean"}:
                earlier.append(resolved["type"])
            options.append(option)
        return st.one_of(options)
    kind = merged.get("type", "string")
    if kind == "integer":
        return st.integers(min_value=merged.get("minimum"), max_value=merged.get("maximum"))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False) | st.integers(-(10**20), 10**20)
    if kind == "boolean":
        return st.booleans()
    low, high = merged.get("minLength", 0), merged.get("maxLength", 40)
    if "pattern" in merged:
        text = st.from_regex(merged["pattern"], fullmatch=True, alphabet=XML_TEXT_CHARS)
        return text.filter(lambda s: low <= len(s) <= high)
    if merged.get("format") == "email":
        return st.emails()
    return st.text(XML_TEXT_CHARS, min_size=low, max_size=min(high, 40))


def test_every_object_schema_has_a_model() -> None:
    assert len(OBJECT_SCHEMAS) > 40
    for name in OBJECT_SCHEMAS:
        assert hasattr(getattr(models, name), "from_dict"), name


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])
@given(data=st.data())
def test_roundtrip_every_object_schema(name: str, data: st.DataObject) -> None:
    cls = getattr(models, name)
    instance = data.draw(strategy(SCHEMAS[name]), label=name)
    model = cls.from_dict(instance)
    body = encode(model)
    assert decode(body, cls).to_dict() == without_false(model.to_dict())


def without_false(value: Any) -> Any:
    """``value`` as XML carries it: a false boolean is not written (TNZ's .NET client never sends one)."""
    if isinstance(value, dict):
        return {k: without_false(v) for k, v in value.items() if v is not False}
    if isinstance(value, list):
        return [without_false(v) for v in value if v is not False]
    return value


# ------------------------------------------------------------------------------------------ robustness

SEEDS = [
    encode(models.StatusWebhook.from_dict(spec()["components"]["examples"]["StatusWebhookJSON"]["value"])),
    encode(models.SMSReceivedWebhook.from_dict(spec()["components"]["examples"]["SMSReceivedWebhookXML"]["value"])),
    encode(models.SMSReplyResponse.from_dict(spec()["components"]["examples"]["SMSReplyResponse"]["value"])),
    b'{"Type": "SMS", "MessageID": "m", "Status": "SUCCESS", "Price": "0.10"}',
]
FRAGMENTS = [
    b"<",
    b">",
    b"&",
    b"&amp;",
    b"<!DOCTYPE r>",
    b'<!ENTITY a "b">',
    b"]]>",
    b"<a>",
    b"</a>",
    b"\x00",
    b"\xff",
    b'"',
    b"{",
    b"}",
    b"[",
    b"\xc3",
]


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    body = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(body)))
        action = draw(st.sampled_from(["delete", "insert", "flip", "truncate"]))
        if action == "delete":
            del body[at : at + draw(st.integers(1, 20))]
        elif action == "insert":
            body[at:at] = draw(st.sampled_from(FRAGMENTS) | st.binary(max_size=8))
        elif action == "flip" and at < len(body):
            body[at] ^= draw(st.integers(1, 255))
        else:
            del body[at:]
    return bytes(body)


bodies = st.binary(max_size=300) | mutated()
content_types = st.sampled_from([None, "application/json", "text/xml", "application/xml; charset=utf-8", "text/plain"])
decode_targets = st.sampled_from([models.StatusWebhook, models.SMSReplyResponse, models.SMSRequest])


@given(body=bodies, cls=decode_targets)
def test_decode_raises_only_xml_decode_error(body: bytes, cls: type[Any]) -> None:
    with contextlib.suppress(XMLDecodeError):
        decode(body, cls)


@given(body=bodies, content_type=content_types)
def test_parse_webhook_raises_only_webhook_parse_error(body: bytes, content_type: str | None) -> None:
    headers = {} if content_type is None else {"Content-Type": content_type}
    try:
        hook = parse_webhook(body, headers)
    except WebhookParseError:
        return
    assert isinstance(hook, models.StatusWebhook | models.SMSReceivedWebhook)
