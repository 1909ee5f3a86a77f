"""The XML codec's fast paths against the straightforward implementations they replaced.

``encode`` writes the document as text through writers compiled per schema; it used to build an
ElementTree and serialise it. ``decode`` reads the tree through a leaner walk and fused parser
handlers. The old code is kept here, verbatim but for names, as the reference: on documents
generated from every object schema of the spec (with markup, carriage returns, characters XML
cannot carry, wrong types and broken documents mixed in) both must give the same bytes, the same
dict, or the same error (field and message).
"""

from __future__ import annotations

import copy
import functools
import math
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import _hypothesis_profiles  # noqa: F401  (registers and loads the ci/deep profiles)
import defusedxml.ElementTree as DefusedET  # type: ignore[import-untyped]
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tnz_api import models
from tnz_api.models import SMSRequest, StatusResponse

from tnz_ext._errors import ValidationError, XMLDecodeError
from tnz_ext._spec import spec
from tnz_ext._xml import (
    _BLANK,
    _FALSE,
    _INTEGER,
    _NOT_XML_CHAR,
    _NUMBER,
    _REFUSED,
    _TRUE,
    _XML_NAME,
    MAX_DEPTH,
    _Array,
    _Node,
    _Object,
    _object_for,
    _Scalar,
    _Union,
    decode_dict,
    encode,
    parse,
)

SCHEMAS: dict[str, Any] = spec()["components"]["schemas"]
OBJECT_SCHEMAS = sorted(name for name, schema in SCHEMAS.items() if schema.get("type") == "object")
SLOW = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])


# ------------------------------------------------------------------------------------------ reference encoder

_CR_STANDIN = "\ufffe"
_CR_STANDIN_UTF8 = _CR_STANDIN.encode("utf-8")


def reference_encode(model_cls: type, data: Mapping[str, Any]) -> bytes:
    obj = _object_for(model_cls)
    root = ET.Element(obj.root)
    _ref_write_object(root, obj, data, "")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return body.replace(_CR_STANDIN_UTF8, b"&#13;") if _CR_STANDIN_UTF8 in body else body


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _ref_write_object(elem: ET.Element, obj: _Object, data: Mapping[str, Any], path: str) -> None:
    for key, value in data.items():
        prop = obj.by_key.get(key)
        if prop is not None and value is not None:
            _ref_write(elem, prop.element, prop.node, value, _join(path, key))
        elif prop is None and value is not None:
            _ref_write_undeclared(elem, key, value, path)


def _ref_write_undeclared(parent: ET.Element, key: object, value: object, path: str) -> None:
    """Fields the schema does not declare (``extra_body=``) are written by their value's shape."""
    if not isinstance(key, str) or not _XML_NAME.fullmatch(key):
        where = (_join(path, key) if isinstance(key, str) else path) or "body"
        raise ValidationError(where, f"{key!r} cannot be an XML element name")
    if isinstance(value, Mapping):
        child = ET.SubElement(parent, key)
        for k, v in value.items():
            if v is not None:
                _ref_write_undeclared(child, k, v, _join(path, key))
    elif isinstance(value, list | tuple):
        for item in value:
            if item is not None:
                _ref_write_undeclared(parent, key, item, _join(path, key))
    else:
        kind = {bool: "boolean", int: "integer", float: "number"}.get(type(value), "string")
        ET.SubElement(parent, key).text = _ref_text(_Scalar((kind,), None), value, _join(path, key))


def _ref_write(parent: ET.Element, name: str, node: _Node, value: object, path: str) -> None:
    if isinstance(node, _Union):
        node = _ref_pick_option(node, value, path)
    if isinstance(node, _Scalar) and value is False and "boolean" in node.kinds:
        return  # a false boolean is not written (as TNZ's .NET client does)
    if isinstance(node, _Object):
        if not isinstance(value, Mapping):
            raise ValidationError(path, f"expected an object, got {type(value).__name__}")
        _ref_write_object(ET.SubElement(parent, name), node, value, path)
    elif isinstance(node, _Array):
        if not isinstance(value, list | tuple):
            raise ValidationError(path, f"expected an array, got {type(value).__name__}")
        container = ET.SubElement(parent, name) if node.wrapped else parent
        for i, item in enumerate(value):
            if item is not None:
                _ref_write(container, node.item_name, node.items, item, f"{path}[{i}]")
    else:
        ET.SubElement(parent, name).text = _ref_text(node, value, path)


def _ref_pick_option(node: _Union, value: object, path: str) -> _Scalar | _Array | _Object:
    for option in node.options:
        if isinstance(option, _Union):
            try:
                return _ref_pick_option(option, value, path)
            except ValidationError:
                continue
        if isinstance(option, _Object) and isinstance(value, Mapping):
            return option
        if isinstance(option, _Array) and isinstance(value, list | tuple):
            return option
        if isinstance(option, _Scalar) and _ref_scalar_accepts(option, value):
            return option
    raise ValidationError(path, f"{type(value).__name__} matches none of the schema's alternatives")


def _ref_scalar_accepts(node: _Scalar, value: object) -> bool:
    kinds = node.kinds
    if isinstance(value, bool):
        return "boolean" in kinds
    if isinstance(value, int):
        return "integer" in kinds or "number" in kinds
    if isinstance(value, float):
        return "number" in kinds or ("integer" in kinds and value.is_integer())
    return isinstance(value, str) and "string" in kinds


def _ref_text(node: _Scalar, value: object, path: str) -> str:
    if not _ref_scalar_accepts(node, value):
        raise ValidationError(path, f"expected {' or '.join(node.kinds)}, got {type(value).__name__}")
    if isinstance(value, bool):
        return "1"  # only true gets here
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(path, "a number must be finite")
        return repr(int(value)) if "number" not in node.kinds else repr(value)
    if isinstance(value, int):
        return repr(value)
    assert isinstance(value, str)
    bad = _NOT_XML_CHAR.search(value)
    if bad is not None:
        raise ValidationError(path, f"character U+{ord(bad.group()):04X} cannot be carried in XML")
    return value.replace("\r", _CR_STANDIN) if "\r" in value else value


# ------------------------------------------------------------------------------------------ reference decoder


class _RefDepthLimitedBuilder(ET.TreeBuilder):
    def __init__(self) -> None:
        super().__init__()
        self._depth = 0

    def start(self, tag: Any, attrs: dict[Any, Any], /) -> ET.Element:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise XMLDecodeError(f"XML body is nested more than {MAX_DEPTH} elements deep")
        return super().start(tag, attrs)

    def end(self, tag: Any, /) -> ET.Element:
        self._depth -= 1
        return super().end(tag)


def reference_parse(data: bytes) -> ET.Element:
    try:
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise XMLDecodeError(f"XML body is not valid UTF-8 (byte {exc.start})") from exc
    try:
        parser = DefusedET.XMLParser(
            target=_RefDepthLimitedBuilder(), forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
        parser.feed(text.lstrip())
        root = parser.close()
    except XMLDecodeError:
        raise
    except _REFUSED as exc:
        raise XMLDecodeError(
            f"XML body refused: {type(exc).__name__} (DTDs, entities and external references are forbidden)"
        ) from exc
    except ET.ParseError as exc:
        raise XMLDecodeError(f"malformed XML: {exc}") from exc
    except (ValueError, TypeError, RecursionError, MemoryError) as exc:
        raise XMLDecodeError(f"XML body could not be parsed: {type(exc).__name__}") from exc
    if not isinstance(root, ET.Element):
        raise XMLDecodeError("XML body has no document element")
    return root


def reference_decode_dict(root: ET.Element, model_cls: type, *, require: bool = True) -> dict[str, Any]:
    try:
        return _ref_read_object(root, _object_for(model_cls), "", require)
    except RecursionError as exc:
        raise XMLDecodeError("XML body is nested too deeply") from exc


def _ref_local(tag: object) -> str | None:
    if not isinstance(tag, str):
        return None
    return tag.rpartition("}")[2]


def _ref_children(elem: ET.Element) -> Iterable[tuple[str, ET.Element]]:
    for child in elem:
        name = _ref_local(child.tag)
        if name is not None:
            yield name, child


def _ref_read_object(elem: ET.Element, obj: _Object, path: str, require: bool) -> dict[str, Any]:
    found: dict[str, tuple[Any, list[tuple[ET.Element, bool]]]] = {}
    for name, child in _ref_children(elem):
        hit = obj.by_element.get(name)
        if hit is not None:
            prop, is_item = hit
            found.setdefault(prop.key, (prop, []))[1].append((child, is_item))
    result: dict[str, Any] = {}
    for key, (prop, elems) in found.items():
        where = _join(path, key)
        node = prop.node
        if isinstance(node, _Union):  # a union holding an array reads its element(s) as that array
            node = next((o for o in node.options if isinstance(o, _Array)), node)
        if isinstance(node, _Array):
            result[key] = _ref_read_array_prop(elems, node, where)
        elif len(elems) > 1:
            raise XMLDecodeError(f"{where}: <{prop.element}> appears {len(elems)} times")
        else:
            result[key] = _ref_read(elems[0][0], prop.node, where)
    if require:
        missing = [k for k in obj.required if k not in result]
        if missing:
            what = path or obj.name
            raise XMLDecodeError(f"{what}: missing required element(s) {', '.join(sorted(missing))}")
    return result


def _ref_read_array_prop(elems: list[tuple[ET.Element, bool]], node: _Array, path: str) -> list[Any]:
    out: list[Any] = []
    for elem, is_item in elems:
        if is_item or not _ref_is_wrapper(elem, node):
            out.append(_ref_read(elem, node.items, f"{path}[{len(out)}]"))
        else:
            for name, child in _ref_children(elem):
                if name == node.item_name:
                    out.append(_ref_read(child, node.items, f"{path}[{len(out)}]"))
    return out


def _ref_is_wrapper(elem: ET.Element, node: _Array) -> bool:
    if node.ambiguous:
        return node.wrapped
    has_children = False
    for name, _ in _ref_children(elem):
        if name == node.item_name:
            return True
        has_children = True
    return not has_children and not (elem.text or "").strip(_BLANK)


def _ref_read(elem: ET.Element, node: _Node, path: str) -> Any:
    if isinstance(node, _Object):
        return _ref_read_object(elem, node, path, True)
    if isinstance(node, _Array):
        return [
            _ref_read(child, node.items, f"{path}[{i}]")
            for i, child in enumerate(c for n, c in _ref_children(elem) if n == node.item_name)
        ]
    if isinstance(node, _Union):
        for option in node.options:
            try:
                return _ref_read(elem, option, path)
            except XMLDecodeError:
                continue
        preview = _ref_clip(elem.text or "") if not len(elem) else "an element with children"
        raise XMLDecodeError(f"{path}: {preview} matches none of the schema's alternatives")
    if len(elem):
        raise XMLDecodeError(f"{path}: expected text, found child elements")
    return _ref_coerce(elem.text or "", node, path)


_NOT_INT = object()


def _ref_to_int(token: str) -> Any:
    try:
        return int(token)
    except ValueError:
        return _NOT_INT


def _ref_coerce(text: str, node: _Scalar, path: str) -> Any:
    for kind in node.kinds:
        value: Any
        if kind == "string":
            value = text
        else:
            token = text.strip(_BLANK)
            if kind == "integer" and _INTEGER.fullmatch(token):
                value = _ref_to_int(token)
            elif kind == "number" and _NUMBER.fullmatch(token):
                value = _ref_to_int(token) if _INTEGER.fullmatch(token) else float(token)
                if isinstance(value, float) and not math.isfinite(value):
                    continue
            elif kind == "boolean" and token.lower() in _TRUE | _FALSE:
                value = token.lower() in _TRUE
            elif kind == "null" and not token:
                value = None
            else:
                continue
            if value is _NOT_INT:
                continue
        if node.enum is None or any(value == e and isinstance(value, bool) is isinstance(e, bool) for e in node.enum):
            return value
    expected = " or ".join(node.kinds)
    if node.enum is not None:
        expected += " from " + ", ".join(map(str, node.enum))
    raise XMLDecodeError(f"{path}: {_ref_clip(text)} is not a valid {expected}")


def _ref_clip(text: str) -> str:
    return repr(text if len(text) <= 32 else text[:32] + "...")


# ------------------------------------------------------------------------------------------ strategies


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" not in schema:
        return schema
    target = resolve(SCHEMAS[schema["$ref"].removeprefix("#/components/schemas/")])
    return {**target, **{k: v for k, v in schema.items() if k != "$ref"}}


# Markup, line ends and the characters XML cannot carry, mixed into ordinary text.
_SPECIAL = st.sampled_from(["&", "<", ">", "\r", "\n", "\r\n", "\t", '"', "'", "]]>", "&amp;", " ", "\xa0", "😀"])
_ILLEGAL = st.sampled_from(["\x00", "\x01", "\x0b", "\x0c", "\x1f", "\ud800", "\udfff", "\ufffe", "\uffff"])
_LEGAL_TEXT = st.text(
    st.characters(codec="utf-8", exclude_characters="\ufffe\uffff", exclude_categories=["Cc"]), max_size=8
)
_JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=3),
    st.lists(st.integers(), max_size=2),
    st.tuples(st.text(max_size=2)),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.builds(object),
)


def text(illegal: bool) -> st.SearchStrategy[str]:
    parts = st.one_of(_LEGAL_TEXT, _SPECIAL, _ILLEGAL) if illegal else st.one_of(_LEGAL_TEXT, _SPECIAL)
    return st.lists(parts, max_size=3).map("".join)


def wire(schema: dict[str, Any], *, hostile: bool) -> st.SearchStrategy[Any]:
    """Wire dicts shaped by ``schema``; ``hostile`` mixes in values of the wrong type and illegal text."""
    merged = resolve(schema)
    base: st.SearchStrategy[Any]
    if "enum" in merged:
        base = st.sampled_from(merged["enum"])
    elif merged.get("type") == "object" or "properties" in merged:
        props = merged.get("properties", {})
        required = set(merged.get("required", ()))
        base = st.fixed_dictionaries(
            {k: wire(v, hostile=hostile) for k, v in props.items() if k in required},
            optional={k: wire(v, hostile=hostile) for k, v in props.items() if k not in required},
        )
    elif merged.get("type") == "array":
        items = wire(merged["items"], hostile=hostile)
        base = st.lists(items | st.none() if hostile else items, max_size=3)
        if hostile:
            base = base | base.map(tuple)
    elif merged.get("anyOf") or merged.get("oneOf"):
        base = st.one_of([wire(alt, hostile=hostile) for alt in merged.get("anyOf") or merged["oneOf"]])
    else:
        kind = merged.get("type", "string")
        if kind == "integer":
            base = st.integers() | st.integers(-5, 5).map(float)
        elif kind == "number":
            base = st.floats(allow_nan=hostile, allow_infinity=hostile) | st.integers(-(10**20), 10**20)
        elif kind == "boolean":
            base = st.booleans()
        else:
            base = text(illegal=hostile)
    return st.one_of(base, base, base, _JUNK) if hostile else base


@functools.cache
def model_wire(name: str, hostile: bool) -> st.SearchStrategy[Any]:
    """Built once per schema: drawing from a fresh strategy tree each example costs more than the test."""
    base = wire(SCHEMAS[name], hostile=hostile)
    return base.filter(lambda d: isinstance(d, dict)) if hostile else base


def outcome(run: Callable[[], Any]) -> tuple[Any, ...]:
    try:
        return ("ok", run())
    except ValidationError as exc:
        return ("ValidationError", exc.field, str(exc), exc.limit)
    except XMLDecodeError as exc:
        return ("XMLDecodeError", str(exc))


# ------------------------------------------------------------------------------------------ encoder


@pytest.mark.parametrize("name", OBJECT_SCHEMAS)
@SLOW
@given(data=st.data())
def test_encode_matches_the_elementtree_reference_for_every_schema(name: str, data: st.DataObject) -> None:
    cls = getattr(models, name)
    model = cls.from_dict(data.draw(model_wire(name, False)))
    expected = outcome(lambda: reference_encode(cls, model.to_dict()))
    assert outcome(lambda: encode(model)) == expected
    assert outcome(lambda: encode(model, model.to_dict())) == expected


@settings(SLOW, max_examples=4 * settings.default.max_examples)
@given(name=st.sampled_from(OBJECT_SCHEMAS), data=st.data())
def test_encode_matches_the_reference_on_hostile_dicts(name: str, data: st.DataObject) -> None:
    """Whatever the dict holds: wrong types, None items, tuples, NaN, lone surrogates..."""
    cls = getattr(models, name)
    model = cls.__new__(cls)  # given a dict, encode only looks at the model's class
    hostile = data.draw(model_wire(name, True), label="hostile")
    assert outcome(lambda: encode(model, hostile)) == outcome(lambda: reference_encode(cls, hostile))


@pytest.mark.parametrize(
    "value",
    [
        "",
        "plain",
        "a & b < c > d",
        "]]>",
        "\r",
        "\r\n",
        "line\nbreak\ttab",
        "\xa0nbsp\u2028sep",
        "😀",
        "\x00",
        "ok\x1fthen",
        "\ud800",
        "\ufffe",
        "\uffff",
        "\ufffd",
        5,
        None,
        ["x"],
    ],
)
def test_encode_matches_the_reference_on_chosen_text(value: object) -> None:
    data = {"MessageData": {"Message": value, "Reference": value, "Destinations": [{"Recipient": value}, None, {}]}}
    model = SMSRequest.from_dict({"MessageData": {"Message": "m", "Destinations": []}})
    assert outcome(lambda: encode(model, data)) == outcome(lambda: reference_encode(SMSRequest, data))


def test_empty_objects_and_arrays_are_short_elements() -> None:
    model = StatusResponse.from_dict({"Result": "Success", "MessageID": "M", "Recipients": [{}, {"Type": ""}]})
    body = encode(model)
    assert body == reference_encode(StatusResponse, model.to_dict())
    assert b"<Recipients><Recipient /><Recipient><Type /></Recipient></Recipients>" in body
    assert encode(model, {}) == b"<?xml version='1.0' encoding='utf-8'?>\n<root />"


def test_encode_takes_the_prebuilt_dict() -> None:
    model = SMSRequest.from_dict({"MessageData": {"Message": "m", "Destinations": [{"Recipient": "+64"}]}})
    data = model.to_dict()
    assert encode(model, data) == encode(model)
    data["MessageData"]["Message"] = "other"  # what is written is the dict, not the model
    assert b"<Message>other</Message>" in encode(model, data)


def test_error_paths_name_the_failing_item() -> None:
    model = SMSRequest.from_dict({"MessageData": {"Message": "m", "Destinations": []}})
    same = {"Recipient": "\x00"}
    data = {"MessageData": {"Message": "m", "Destinations": [{"Recipient": "ok"}, None, same, same]}}
    with pytest.raises(ValidationError) as info:
        encode(model, data)
    assert info.value.field == "MessageData.Destinations[2].Recipient"
    with pytest.raises(ValidationError) as info:
        encode(model, ["not", "a", "dict"])  # type: ignore[arg-type]
    assert info.value.field == "body"


def test_large_request_matches_the_reference() -> None:
    destinations = [{"Recipient": f"+6421{1_000_000 + i}", "Custom1": f"r&{i}" if i % 7 else ""} for i in range(1000)]
    model = SMSRequest.from_dict({"MessageData": {"Message": "Hi\r\n<you>", "Destinations": destinations}})
    assert encode(model) == reference_encode(SMSRequest, model.to_dict())


def test_large_body_encoded_piece_by_piece_matches_the_reference() -> None:
    # Over a million characters, so the body is encoded in pieces: attachments above and below
    # the size that gets a piece of its own, text with multi-byte characters and escapes between.
    files = [
        {"Name": f"é{i}.txt", "Data": ("ab+/" if i % 2 else "€<&>") * (17_500 + 10_000 * (i % 3))} for i in range(24)
    ]
    model = SMSRequest.from_dict(
        {"MessageData": {"Message": "Hé\r\n", "Destinations": [{"Recipient": "+64"}], "Files": files}}
    )
    body = encode(model)
    assert len(body) > 2_000_000
    assert body == reference_encode(SMSRequest, model.to_dict())


def test_every_character_xml_cannot_carry_fails_isprintable() -> None:
    """What lets printable text skip the escaper's regex: no illegal character is printable."""
    illegal = [chr(c) for c in [*range(0x20), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF] if _NOT_XML_CHAR.match(chr(c))]
    assert len(illegal) == 29 + 2048 + 2
    assert not any(c.isprintable() for c in illegal)


# ------------------------------------------------------------------------------------------ decoder


def both_decoders(body: bytes, cls: type, require: bool = True) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    new = outcome(lambda: decode_dict(parse(body), cls, require=require))
    old = outcome(lambda: reference_decode_dict(reference_parse(body), cls, require=require))
    return new, old


_MUTATIONS = ["duplicate", "graft", "drop", "rename", "nest", "unwrap", "text", "comment"]


@st.composite
def documents(draw: st.DrawFn, name: str) -> bytes:
    """An encoded model of schema ``name``, then reshaped a few ways (and now and then truncated)."""
    cls = getattr(models, name)
    model = cls.from_dict(draw(model_wire(name, False)))
    try:
        root = ET.fromstring(encode(model))
    except ValidationError:
        root = ET.Element("root")
    elements = list(root.iter())
    for _ in range(draw(st.integers(0, 4))):
        target = draw(st.sampled_from(elements))
        action = draw(st.sampled_from(_MUTATIONS))
        if action == "duplicate" and len(target):
            for _ in range(draw(st.integers(1, 2))):  # a sibling repeated: an array item or an error
                target.append(copy.deepcopy(draw(st.sampled_from(list(target)))))
        elif action == "graft" and target is not root:
            target.append(copy.deepcopy(draw(st.sampled_from(elements))))
        elif action == "drop" and len(target):
            target.remove(draw(st.sampled_from(list(target))))
        elif action == "rename" and target is not root:
            target.tag = draw(st.sampled_from(["x", "Recipients", "Recipient", "Price", "{urn:x}Type", "Status"]))
        elif action == "nest":
            ET.SubElement(target, draw(st.sampled_from(["b", "Type", target.tag])))
        elif action == "unwrap" and len(target):
            children = list(target)
            target.clear()
            target.extend(children[0])
        elif action == "text":
            target.text = draw(st.sampled_from(["", " ", "0.5", "1", "true", "NaN", "SMS", "9" * 5000, "x"]))
        elif action == "comment":
            target.append(ET.Comment("c"))
    body = ET.tostring(root)
    if draw(st.integers(0, 9)) == 0:
        body = body[: draw(st.integers(0, len(body)))]
    return body


@settings(SLOW, max_examples=4 * settings.default.max_examples)
@given(name=st.sampled_from(OBJECT_SCHEMAS), data=st.data())
def test_decode_matches_the_reference(name: str, data: st.DataObject) -> None:
    cls = getattr(models, name)
    body = data.draw(documents(name), label="body")
    new, old = both_decoders(body, cls, require=data.draw(st.booleans(), label="require"))
    assert new == old


@pytest.mark.parametrize(
    "body",
    [
        b"<root><a>" * 70 + b"</a>" * 70 + b"</root>",
        b"<root><Result>x</Result>",
        b'<r:root xmlns:r="urn:x" r:a="1" b="2"><r:Result>ok</r:Result><Count>3</Count></r:root>',
        b"<!DOCTYPE root><root/>",
        b"",
        b"\xff",
        b"<root><Recipients><Recipient><Price>abc" + b"d" * 40 + b"<x/></Price></Recipient></Recipients></root>",
    ],
)
def test_decode_matches_the_reference_on_chosen_documents(body: bytes) -> None:
    new, old = both_decoders(body, StatusResponse)
    assert new == old


def test_parse_builds_the_same_tree_as_the_reference() -> None:
    body = (
        b'<?xml version="1.0"?><root xmlns="urn:d" xmlns:p="urn:p" p:x="1" y="2"><!-- c --><?pi x?>'
        b"<p:Result>Success</p:Result><Count> 2 </Count>tail<Recipients/></root>"
    )
    assert ET.tostring(parse(body)) == ET.tostring(reference_parse(body))


def test_large_response_matches_the_reference() -> None:
    recipients = [{"Type": "SMS", "DestSeq": f"{i:08d}", "Status": "SUCCESS", "Price": 0.2} for i in range(1000)]
    model = StatusResponse.from_dict({"Result": "Success", "MessageID": "M", "Count": 1000, "Recipients": recipients})
    new, old = both_decoders(encode(model), StatusResponse)
    assert new == old
    assert new[1] == model.to_dict()
