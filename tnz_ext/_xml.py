"""XML bodies for the generated models, following the spec's ``xml`` keywords.

TNZ takes and returns XML as well as JSON, but the generator only speaks JSON, and TNZ documents
XML only for webhooks (a ``<root>`` element, one child element per field). What a request looks
like in XML comes from TNZ's own .NET client (tnzapi-dotnet 2.x), the one client known to have
sent XML to the v2 API (evidence: ``openapi/DECISIONS.md``, "XML mode"). The spec is the one
place that says how each model maps to XML, so this codec walks the component schema of the
model's class (read from ``tnz_api/openapi.json``) instead of keeping its own field lists.

Mapping (see the comment above ``components/schemas`` in ``openapi/tnz.yaml``):

* the document element is the schema's ``xml.name`` (``SMSRequest``, ``Contact``... for requests,
  as the .NET client names them; ``root`` for responses); on input its name is ignored, because
  TNZ answers ``<root>``, the .NET result classes accept any, and Prism's mock uses a bare ``<xml>``;
* a property is an element named by the property's own ``xml.name``, else the property name (a
  referenced schema's ``xml.name`` only names array items and the document element);
* arrays with ``xml.wrapped`` are written ``<Destinations><Destination>..</Destination></Destinations>``,
  the item name coming from ``items.xml.name``; on input both that form and repeated unwrapped
  elements (``<Recipients>..</Recipients><Recipients>..</Recipients>``, Prism's form) are accepted.
  An empty wrapper reads as an empty array, an absent one as an absent property;
* booleans are written as the .NET client writes them: ``1`` when true, and no element at all
  when false (it never sends a false); ``true``/``false``/``1``/``0`` are all read. Numbers are
  written with ``str`` (exact for floats) and read with the JSON number grammar, so
  ``anyOf``/``oneOf`` alternatives are tried in the spec's order and a decimal string under
  ``anyOf: [number, string]`` (Price) reads back as a number;
* properties a schema does not declare (``additional_properties``) are not written, and unknown
  elements are ignored on input;
* XML cannot carry every character: strings holding characters outside XML's ``Char`` production
  (``\\x00``, other C0 controls, lone surrogates, U+FFFE/U+FFFF) are refused on output. A carriage
  return is written as ``&#13;`` so a parser does not normalise ``\\r\\n`` to ``\\n``.

Elements are written in ``to_dict``'s order (the spec's declaration order, required first): the
shipped ``openapi.json`` has sorted keys and so cannot say more, and TNZ documents no order.

Input is parsed with defusedxml with DTDs, entities and external references forbidden, after a
size check and under a nesting limit, so a hostile body costs at most ``max_bytes`` of reading
and never a network fetch.
"""

from __future__ import annotations

import io
import math
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, Self, TypeAlias, TypeVar

import defusedxml.ElementTree as DefusedET  # type: ignore[import-untyped]

from tnz_ext._errors import ValidationError, XMLDecodeError
from tnz_ext._spec import spec

__all__ = ["DEFAULT_MAX_BYTES", "decode", "encode"]

#: TNZ's documented request size limit, used as the default cap for reading a body.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: The spec's bodies nest six elements deep at most; a document nested far deeper is an attack
#: on the parser, not data, and is refused while it is read instead of after it is all in memory.
MAX_DEPTH = 64


class Model(Protocol):
    """What the codec needs from a generated attrs model."""

    def to_dict(self) -> dict[str, Any]: ...

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


M = TypeVar("M", bound=Model)

# XML 1.0 (5th edition) names without ':' (no namespaces here): a spec element name that breaks
# this would make the encoder write a document nobody can read, so it is refused when compiling.
_NAME_START = (
    "A-Z_a-z\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f"
    "\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_XML_NAME = re.compile(f"[{_NAME_START}][{_NAME_START}\\-.0-9\xb7\u0300-\u036f\u203f-\u2040]*")
# Characters outside XML's Char production cannot be written at all.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# JSON's number grammar: the same values read back whether the body was JSON or XML.
_INTEGER = re.compile(r"-?(?:0|[1-9][0-9]*)")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})
_BLANK = " \t\n\r"
_REFUSED: tuple[type[Exception], ...] = (
    DefusedET.DTDForbidden,
    DefusedET.EntitiesForbidden,
    DefusedET.ExternalReferenceForbidden,
)
# Keys next to a $ref that describe rather than reshape the target, so the target's compiled
# node can be shared (which is also what makes recursive schemas terminate).
_ANNOTATIONS = frozenset(
    {"description", "summary", "title", "examples", "example", "xml", "deprecated", "readOnly", "writeOnly"}
)


# ------------------------------------------------------------------------------------------ compiled schemas


# Scalars read and written as plain text. A nullable string reads "" for an empty element: XML
# cannot tell an empty string from null, and a string is what the field holds when it is set.
_TEXT_KINDS = (("string",), ("string", "null"))


@dataclass(slots=True, eq=False)
class _Scalar:
    kinds: tuple[str, ...]
    enum: tuple[object, ...] | None
    # Read as the element's text itself (a string, or one of a string enum): decoding's fast path.
    text_only: bool = field(init=False)
    allowed: frozenset[str] | None = field(init=False)

    def __post_init__(self) -> None:
        strings = self.enum is None or all(type(e) is str for e in self.enum)
        self.text_only = self.kinds in _TEXT_KINDS and strings
        self.allowed = frozenset(map(str, self.enum)) if self.text_only and self.enum is not None else None


@dataclass(slots=True, eq=False)
class _Array:
    items: _Node
    item_name: str
    wrapped: bool
    # True when an item object has a property element named like an item, which makes "is this
    # element a wrapper?" undecidable from the content; the schema's `wrapped` decides then.
    ambiguous: bool


@dataclass(slots=True, eq=False)
class _Union:
    options: tuple[_Node, ...]


@dataclass(slots=True, eq=False)
class _Prop:
    key: str
    element: str
    node: _Node


@dataclass(slots=True, eq=False)
class _Object:
    name: str
    root: str = "root"
    props: list[_Prop] = field(default_factory=list)
    by_key: dict[str, _Prop] = field(default_factory=dict)
    # element name -> (property, True when the element is an unwrapped array item rather than the property)
    by_element: dict[str, tuple[_Prop, bool]] = field(default_factory=dict)
    required: frozenset[str] = frozenset()


_Node: TypeAlias = _Scalar | _Array | _Union | _Object


class _Compiler:
    """Turns component schemas into the small node trees the codec walks."""

    def __init__(self, schemas: Mapping[str, Any]) -> None:
        self._schemas = schemas
        self._objects: dict[str, _Object] = {}

    def component(self, name: str) -> _Object:
        node = self._node({"$ref": f"#/components/schemas/{name}"}, name)
        if not isinstance(node, _Object):
            raise TypeError(f"schema {name} is not an object schema")
        return node

    def _target(self, ref: str) -> tuple[str, dict[str, Any]]:
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix) or ref[len(prefix) :] not in self._schemas:
            raise ValueError(f"unsupported $ref {ref!r}")
        name = ref[len(prefix) :]
        target: dict[str, Any] = self._schemas[name]
        return name, target

    def _resolve(self, schema: Mapping[str, Any], depth: int = 0) -> dict[str, Any]:
        """The schema with its $ref chain merged in, siblings winning (OpenAPI 3.1 allows siblings)."""
        if "$ref" not in schema:
            return dict(schema)
        if depth > 32:
            raise ValueError(f"$ref chain too deep at {schema['$ref']!r}")
        _, target = self._target(schema["$ref"])
        merged = self._resolve(target, depth + 1)
        merged.update((k, v) for k, v in schema.items() if k != "$ref")
        return merged

    def _node(self, schema: Mapping[str, Any], element: str) -> _Node:
        merged = self._resolve(schema)
        ref = schema.get("$ref")
        shareable = ref is not None and set(schema) - {"$ref"} <= _ANNOTATIONS
        if "allOf" in merged or "not" in merged:
            raise ValueError(f"unsupported schema construct near {element!r} (allOf/not)")
        declared = merged.get("type")
        types = (declared,) if isinstance(declared, str) else tuple(declared or ())
        if "object" in types or "properties" in merged:
            return self._nullable(self._object_node(merged, ref, element, shareable=shareable), types)
        if "array" in types:
            return self._nullable(self._array(merged, element), types)
        for key in ("anyOf", "oneOf"):
            if key in merged:
                return _Union(tuple(self._node(alt, element) for alt in merged[key]))
        return self._scalar(merged)

    def _object_node(self, merged: Mapping[str, Any], ref: str | None, element: str, *, shareable: bool) -> _Object:
        if shareable:
            name, _ = self._target(ref)  # type: ignore[arg-type]
            cached = self._objects.get(name)
            if cached is not None:
                return cached
            return self._object(merged, name, register=True)
        return self._object(merged, element, register=False)

    @staticmethod
    def _nullable(node: _Object | _Array, types: tuple[str, ...]) -> _Node:
        """``type: [array, 'null']`` (TNZ may send null for any optional field): the node, or null."""
        return _Union((node, _Scalar(("null",), None))) if "null" in types else node

    def _object(self, merged: Mapping[str, Any], name: str, *, register: bool) -> _Object:
        obj = _Object(name=name, root=(merged.get("xml") or {}).get("name", "root"))
        _check_name(obj.root, name)
        if register:
            self._objects[name] = obj  # before the properties, so a recursive schema finds it
        obj.required = frozenset(merged.get("required", ()))
        aliases: list[tuple[str, _Prop]] = []
        for key, sub in (merged.get("properties") or {}).items():
            element = (sub.get("xml") or {}).get("name") or key
            _check_name(element, f"{name}.{key}")
            prop = _Prop(key, element, self._node(sub, element))
            if element in obj.by_element:
                raise ValueError(f"{name}: properties {obj.by_element[element][0].key!r} and {key!r} share <{element}>")
            obj.props.append(prop)
            obj.by_key[key] = prop
            obj.by_element[element] = (prop, False)
            array = prop.node if isinstance(prop.node, _Array) else _array_option(prop.node)
            if array is not None and array.item_name != element:
                aliases.append((array.item_name, prop))
        for item_name, prop in aliases:
            # Unwrapped items directly under the parent, as OpenAPI writes `wrapped: false` arrays.
            obj.by_element.setdefault(item_name, (prop, True))
        return obj

    def _array(self, merged: Mapping[str, Any], element: str) -> _Array:
        items = merged.get("items") or {}
        item_name = (self._resolve(items).get("xml") or {}).get("name") or element
        _check_name(item_name, f"{element} items")
        node = self._node(items, item_name)
        wrapped = bool((merged.get("xml") or {}).get("wrapped", False))
        ambiguous = isinstance(node, _Object) and item_name in node.by_element
        return _Array(node, item_name, wrapped, ambiguous)

    @staticmethod
    def _scalar(merged: Mapping[str, Any]) -> _Scalar:
        enum = tuple(merged["enum"]) if "enum" in merged else None
        declared = merged.get("type")
        if isinstance(declared, str):
            kinds: tuple[str, ...] = (declared,)
        elif isinstance(declared, list):
            kinds = tuple(declared)
        elif enum is not None:
            kinds = tuple(dict.fromkeys(_kind_of(v) for v in enum))
        else:
            kinds = ("string",)
        return _Scalar(kinds, enum)


def _array_option(node: _Node) -> _Array | None:
    """The array a union holds (a nullable array, ErrorMessage's list-or-string), if any."""
    if isinstance(node, _Union):
        return next((o for o in node.options if isinstance(o, _Array)), None)
    return None


def _kind_of(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return "null" if value is None else "string"


def _check_name(name: object, where: str) -> None:
    if not isinstance(name, str) or not _XML_NAME.fullmatch(name):
        raise ValueError(f"{where}: {name!r} is not a valid XML element name (set xml.name in the spec)")


_lock = threading.Lock()
_compiler: _Compiler | None = None
_by_class: dict[type, _Object] = {}


def _object_for(model_cls: type) -> _Object:
    """The compiled schema of a generated model class, compiled on first use and then cached."""
    found = _by_class.get(model_cls)
    if found is not None:
        return found
    with _lock:
        global _compiler
        if _compiler is None:
            _compiler = _Compiler(spec()["components"]["schemas"])
        name = _schema_name(model_cls)
        found = _compiler.component(name)
        _by_class[model_cls] = found
        return found


def _schema_name(model_cls: type) -> str:
    # The generator keeps component names as class names; `tnz_api.models.__all__` lists exactly
    # the generated classes, so a class counts only if it is the one exported under that name.
    from tnz_api import models

    schemas = spec()["components"]["schemas"]
    for klass in model_cls.__mro__:
        name = klass.__name__
        if name in models.__all__ and getattr(models, name) is klass and name in schemas:
            return name
    raise TypeError(f"{model_cls.__qualname__} is not a generated tnz_api model with a component schema")


# ------------------------------------------------------------------------------------------ encoding
#
# The document is written as text, straight from the wire dict: building an ElementTree and
# serialising it cost twice the rest of an XML send. The output is byte for byte what
# ``ET.tostring(root, encoding="utf-8", xml_declaration=True)`` wrote for the same tree (the
# declaration, ``<x />`` for an element without text or children, ``&amp; &lt; &gt;`` in text, quotes
# left alone), plus ``&#13;`` for a carriage return; tests/unit/test_xml_speed_paths.py keeps that
# ElementTree encoder as the reference. Writers are compiled once per (schema node, element name).

_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"
_SPLIT_ENCODE_ABOVE = 1 << 20  # characters
_Write: TypeAlias = Callable[[list[str], Any], None]


class _Fail(Exception):
    """A value ``encode`` cannot write. The writers add where it was on the way out, so the path is
    only built for a failure."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.trail: list[str | int] = []  # innermost first: keys and array indexes

    def path(self) -> str:
        out = ""
        for step in reversed(self.trail):
            out = f"{out}[{step}]" if isinstance(step, int) else _join(out, step)
        return out or "body"


def encode(model: Model, data: Mapping[str, Any] | None = None) -> bytes:
    """The model as a UTF-8 XML document with a declaration, shaped by its component schema.

    ``data`` is the model's wire dict when the caller already has it (``model.to_dict()``, as
    validation builds it); it is what gets written, ``model`` then only names the schema.

    Raises ``ValidationError`` (nothing was sent) when a value cannot be written: wrong type for
    its schema, a non-finite number, or a string with a character XML cannot carry.
    """
    obj = _object_for(type(model))
    write = _writer(obj, obj.root)
    out = [_DECLARATION]
    try:
        write(out, model.to_dict() if data is None else data)
    except _Fail as fail:
        failed = fail
    else:
        return _utf8(out)
    raise ValidationError(failed.path(), failed.message)


def _utf8(out: list[str]) -> bytes:
    text = "".join(out)
    if len(text) <= _SPLIT_ENCODE_ABOVE:
        return text.encode("utf-8")
    # A large body (file attachments): encoding the joined text would hold it twice over, as text
    # and as bytes. Encoded piece by piece into one buffer, it is held about once.
    del text
    buffer = io.BytesIO()
    start = 0
    for i, piece in enumerate(out):
        if len(piece) > _SPLIT_ENCODE_ABOVE // 16:
            buffer.write("".join(out[start:i]).encode("utf-8"))
            buffer.write(piece.encode("utf-8"))
            start = i + 1
    buffer.write("".join(out[start:]).encode("utf-8"))
    return buffer.getvalue()


_writers: dict[tuple[_Node, str], _Write] = {}


def _writer(node: _Node, name: str) -> _Write:
    """The compiled writer of ``node`` as element ``name``: published only once complete, so
    another thread never sees a recursive writer whose properties are still being filled in."""
    found = _writers.get((node, name))
    if found is not None:
        return found
    with _lock:
        pending: dict[tuple[_Node, str], _Write] = {}
        write = _compile(node, name, pending)
        _writers.update(pending)
        return write


def _compile(node: _Node, name: str, pending: dict[tuple[_Node, str], _Write]) -> _Write:
    found = _writers.get((node, name)) or pending.get((node, name))
    if found is not None:
        return found
    if isinstance(node, _Object):
        return _object_writer(node, name, pending)
    write: _Write
    if isinstance(node, _Array):
        write = _array_writer(node, name, pending)
    elif isinstance(node, _Union):
        write = _union_writer(node, name, pending)
    else:
        write = _scalar_writer(node, name)
    pending[(node, name)] = write
    return write


def _object_writer(obj: _Object, name: str, pending: dict[tuple[_Node, str], _Write]) -> _Write:
    start_tag, end_tag, empty_tag = f"<{name}>", f"</{name}>", f"<{name} />"
    writers: dict[str, _Write] = {}
    # Properties that only take a string, written inline: the bulk of every body (Recipient, ...).
    plain: dict[str, tuple[str, str, str]] = {}

    def write(out: list[str], value: Any) -> None:
        if type(value) is not dict and not isinstance(value, Mapping):
            raise _Fail(f"expected an object, got {type(value).__name__}")
        append = out.append
        start = len(out)
        append(start_tag)
        key: Any = None
        try:
            # In to_dict's order (the spec's declaration order, required properties first): the
            # shipped openapi.json has its keys sorted, so it no longer knows that order itself.
            for key, item in value.items():
                if item is None:
                    continue
                tags = plain.get(key)
                if tags is not None and type(item) is str:
                    if not item:
                        append(tags[2])
                    elif item.isprintable() and "&" not in item and "<" not in item and ">" not in item:
                        append(tags[0])
                        append(item)
                        append(tags[1])
                    else:
                        append(tags[0])
                        append(_escape(item))
                        append(tags[1])
                    continue
                prop = writers.get(key)
                if prop is not None:
                    prop(out, item)
                else:  # a field the spec does not declare (``extra_body=``): written as it is
                    _write_undeclared(out, key, item)
        except _Fail as fail:
            fail.trail.append(key)
            raise
        if len(out) == start + 1:
            out[start] = empty_tag
        else:
            append(end_tag)

    pending[(obj, name)] = write  # before the properties, so a recursive schema finds it
    for prop in obj.props:
        writers[prop.key] = _compile(prop.node, prop.element, pending)
        if isinstance(prop.node, _Scalar) and prop.node.kinds in _TEXT_KINDS:
            plain[prop.key] = (f"<{prop.element}>", f"</{prop.element}>", f"<{prop.element} />")
    return write


def _write_undeclared(out: list[str], key: object, value: Any) -> None:
    """An undeclared field, shaped by its value alone: scalars as text, objects as child elements,
    lists as the element repeated (no schema says how to wrap them)."""
    if not isinstance(key, str) or not _XML_NAME.fullmatch(key):
        raise _Fail(f"{key!r} cannot be an XML element name")
    if isinstance(value, Mapping):
        out.append(f"<{key}>")
        for child, item in value.items():
            if item is not None:
                _write_undeclared(out, child, item)
        out.append(f"</{key}>")
    elif isinstance(value, list | tuple):
        for item in value:
            if item is not None:
                _write_undeclared(out, key, item)
    else:
        kinds = (_kind_of(value),)
        if kinds == ("null",) or not _scalar_accepts(_Scalar(kinds, None), value):
            raise _Fail(f"cannot write a {type(value).__name__} as XML text")
        out.append(f"<{key}>{_escape(_text(_Scalar(kinds, None), value))}</{key}>")


def _array_writer(node: _Array, name: str, pending: dict[tuple[_Node, str], _Write]) -> _Write:
    write_item = _compile(node.items, node.item_name, pending)
    wrapped = node.wrapped
    start_tag, end_tag, empty_tag = f"<{name}>", f"</{name}>", f"<{name} />"

    def write(out: list[str], value: Any) -> None:
        if type(value) is not list and not isinstance(value, list | tuple):
            raise _Fail(f"expected an array, got {type(value).__name__}")
        start = len(out)
        if wrapped:
            out.append(start_tag)
        item = None
        try:
            for item in value:
                if item is not None:
                    write_item(out, item)
        except _Fail as fail:
            # Writing is a function of the value alone, so the first occurrence of the object
            # that failed is the one that failed: no index is counted on the way.
            fail.trail.append(next(i for i, x in enumerate(value) if x is item))
            raise
        if wrapped:
            if len(out) == start + 1:
                out[start] = empty_tag
            else:
                out.append(end_tag)

    return write


def _union_writer(node: _Union, name: str, pending: dict[tuple[_Node, str], _Write]) -> _Write:
    writers: dict[_Node, _Write] = {}

    def leaves(union: _Union) -> None:
        for option in union.options:
            if isinstance(option, _Union):
                leaves(option)
            else:
                writers[option] = _compile(option, name, pending)

    leaves(node)

    def write(out: list[str], value: Any) -> None:
        writers[_pick_option(node, value)](out, value)

    return write


def _scalar_writer(node: _Scalar, name: str) -> _Write:
    start_tag, end_tag, empty_tag = f"<{name}>", f"</{name}>", f"<{name} />"

    def write(out: list[str], value: Any) -> None:
        if value is False and "boolean" in node.kinds:
            return  # the .NET client writes a boolean only when it is true (DECISIONS.md, XML mode)
        text = _escape(_text(node, value))
        if text:
            out.append(start_tag)
            out.append(text)
            out.append(end_tag)
        else:
            out.append(empty_tag)

    return write


def _pick_option(node: _Union, value: object) -> _Scalar | _Array | _Object:
    for option in node.options:
        if isinstance(option, _Union):
            try:
                return _pick_option(option, value)
            except _Fail:
                continue
        if isinstance(option, _Object) and isinstance(value, Mapping):
            return option
        if isinstance(option, _Array) and isinstance(value, list | tuple):
            return option
        if isinstance(option, _Scalar) and _scalar_accepts(option, value):
            return option
    raise _Fail(f"{type(value).__name__} matches none of the schema's alternatives")


def _scalar_accepts(node: _Scalar, value: object) -> bool:
    kinds = node.kinds
    if isinstance(value, bool):
        return "boolean" in kinds
    if isinstance(value, int):
        return "integer" in kinds or "number" in kinds
    if isinstance(value, float):
        return "number" in kinds or ("integer" in kinds and value.is_integer())
    return isinstance(value, str) and "string" in kinds


def _text(node: _Scalar, value: object) -> str:
    """The text of a scalar, not yet escaped."""
    if not _scalar_accepts(node, value):
        raise _Fail(f"expected {' or '.join(node.kinds)}, got {type(value).__name__}")
    if isinstance(value, bool):
        return "1" if value else "0"  # false is not written at all (see _scalar_writer)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _Fail("a number must be finite")
        return repr(int(value)) if "number" not in node.kinds else repr(value)
    if isinstance(value, int):
        return repr(value)
    assert isinstance(value, str)
    return value


def _escape(text: str) -> str:
    """``text`` as element content. Every XML-illegal character fails ``isprintable``, so printable
    text without markup (nearly all of it) is returned as is, without a regex."""
    if text.isprintable() and "&" not in text and "<" not in text and ">" not in text:
        return text
    bad = _NOT_XML_CHAR.search(text)
    if bad is not None:
        raise _Fail(f"character U+{ord(bad.group()):04X} cannot be carried in XML")
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        # A parser normalises a literal CR (and CRLF) to LF; a character reference survives.
        text = text.replace("\r", "&#13;")
    return text


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


# ------------------------------------------------------------------------------------------ decoding


def decode(data: bytes, model_cls: type[M], *, max_bytes: int = DEFAULT_MAX_BYTES) -> M:
    """Parse an XML body into ``model_cls``, following its component schema.

    Every problem with the input (too large, not UTF-8, malformed or truncated, a DTD or entity,
    a value its schema cannot hold, a missing required element) raises ``XMLDecodeError``; a
    ``model_cls`` that is not a generated model is a programming error and raises ``TypeError``.
    """
    _object_for(model_cls)  # an unknown class fails before the body is looked at
    return _build(model_cls, decode_dict(parse(data, max_bytes=max_bytes), model_cls))


def parse(data: bytes | bytearray | memoryview, *, max_bytes: int = DEFAULT_MAX_BYTES) -> ET.Element:
    """The hardened parse shared with webhook parsing: size cap first, then UTF-8, then defusedxml."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"expected bytes, got {type(data).__name__}")
    size = data.nbytes if isinstance(data, memoryview) else len(data)
    if size > max_bytes:
        raise XMLDecodeError(f"XML body is {size} bytes, over the {max_bytes}-byte limit")
    try:
        # Decoded here rather than by the parser, so an encoding= declaration cannot switch a
        # body away from UTF-8 (TNZ's only documented encoding).
        text = bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise XMLDecodeError(f"XML body is not valid UTF-8 (byte {exc.start})") from exc
    try:
        # defusedxml's fromstring(), with the element events counted on their way to the tree.
        builder = ET.TreeBuilder()
        parser = DefusedET.XMLParser(target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        _limit_depth(parser.parser, builder)
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


def _limit_depth(expat: Any, builder: ET.TreeBuilder) -> None:
    """Send expat's element events straight to the (C) tree builder, refusing deep nesting as it is read.

    These replace the handlers of defusedxml's parser (the pure-Python ``XMLParser``, whose DTD and
    entity handlers stay as they are) and do the same work, expanding expat's ``uri}local`` names to
    ``{uri}local`` as its ``_fixname`` does, in one Python call an event instead of three.
    """
    start_element, end_element = builder.start, builder.end
    depth = 0

    def start(tag: str, attributes: list[str]) -> ET.Element:
        nonlocal depth
        depth += 1
        if depth > MAX_DEPTH:
            raise XMLDecodeError(f"XML body is nested more than {MAX_DEPTH} elements deep")
        attrib: dict[str, str] = {}
        for i in range(0, len(attributes), 2):  # ordered_attributes: name, value, name, value...
            name = attributes[i]
            attrib["{" + name if "}" in name else name] = attributes[i + 1]
        return start_element("{" + tag if "}" in tag else tag, attrib)

    def end(tag: str) -> ET.Element:
        nonlocal depth
        depth -= 1
        return end_element("{" + tag if "}" in tag else tag)

    expat.StartElementHandler = start
    expat.EndElementHandler = end


class _Bad(Exception):
    """A value ``decode_dict`` cannot read; the readers add where it was on the way out (the
    path is only built for the error that is reported, not for every element read)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.trail: list[str | int] = []  # innermost first: keys and array indexes


def decode_dict(root: ET.Element, model_cls: type, *, require: bool = True) -> dict[str, Any]:
    """A parsed document as the wire-named dict ``from_dict`` takes.

    Split from ``decode`` for webhook parsing, which must look at Type/Status before it knows the
    model (``require=False`` while it looks).
    """
    obj = _object_for(model_cls)
    try:
        return _read_object(root, obj, require)
    except RecursionError as exc:
        raise XMLDecodeError("XML body is nested too deeply") from exc
    except _Bad as bad:
        failed = bad
    path = ""
    for step in reversed(failed.trail):
        path = f"{path}[{step}]" if isinstance(step, int) else _join(path, step)
    raise XMLDecodeError(f"{path or obj.name}: {failed.message}")


def _build(model_cls: type[M], data: dict[str, Any]) -> M:
    try:
        return model_cls.from_dict(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise XMLDecodeError(f"XML body does not fit {model_cls.__name__}: {type(exc).__name__}: {exc}") from exc


def _local(tag: object) -> str | None:
    # Comments/PIs (non-str tags) are skipped; a default namespace is dropped so an xmlns= root
    # (as .NET serialisers write) still maps.
    if not isinstance(tag, str):
        return None
    return tag.rpartition("}")[2]


def _children(elem: ET.Element) -> Iterable[tuple[str, ET.Element]]:
    for child in elem:
        name = _local(child.tag)
        if name is not None:
            yield name, child


def _read_object(elem: ET.Element, obj: _Object, require: bool) -> dict[str, Any]:
    by_element = obj.by_element
    # key -> [prop, element, is_item, element, is_item, ...] in the order the properties appear
    found: dict[str, list[Any]] = {}
    for child in elem:
        tag: str | None = child.tag
        if type(tag) is not str or "}" in tag:
            tag = _local(tag)  # None (a comment) finds nothing
        hit = by_element.get(tag)  # type: ignore[arg-type]
        if hit is not None:
            prop, is_item = hit
            seen = found.get(prop.key)
            if seen is None:
                found[prop.key] = [prop, child, is_item]
            else:
                seen += (child, is_item)
    result: dict[str, Any] = {}
    key = ""
    try:
        for key, seen in found.items():
            prop = seen[0]
            node = prop.node
            # A union holding an array (nullable arrays; ErrorMessage's list-or-string) reads its
            # element as that array: once or repeated, wrapped or not, it is a list.
            node = _array_option(node) or node
            if isinstance(node, _Array):
                result[key] = _read_array_prop(seen, node)
                continue
            if len(seen) > 3:
                raise _Bad(f"<{prop.element}> appears {len(seen) // 2} times")
            result[key] = _read(seen[1], node)
    except _Bad as bad:
        bad.trail.append(key)
        raise
    if require and len(result) < len(obj.props):
        missing = [k for k in obj.required if k not in result]
        if missing:
            raise _Bad(f"missing required element(s) {', '.join(sorted(missing))}")
    return result


def _read_array_prop(seen: list[Any], node: _Array) -> list[Any]:
    out: list[Any] = []
    try:
        for i in range(1, len(seen), 2):
            elem, is_item = seen[i], seen[i + 1]
            if is_item or not _is_wrapper(elem, node):
                out.append(_read(elem, node.items))
            else:
                _read_items(elem, node, out)
    except _Bad as bad:
        bad.trail.append(len(out))
        raise
    return out


def _read_items(wrapper: ET.Element, node: _Array, out: list[Any]) -> None:
    """Append the items found inside a wrapper element (``<Destinations><Destination>..``)."""
    for name, child in _children(wrapper):
        if name == node.item_name:
            out.append(_read(child, node.items))


def _is_wrapper(elem: ET.Element, node: _Array) -> bool:
    if node.ambiguous:
        return node.wrapped
    has_children = False
    for name, _ in _children(elem):
        if name == node.item_name:
            return True
        has_children = True
    # No item inside: an empty wrapper (an empty array), unless it holds an unwrapped item's text
    # or fields.
    return not has_children and not (elem.text or "").strip(_BLANK)


def _read(elem: ET.Element, node: _Node) -> Any:
    if isinstance(node, _Scalar):
        if len(elem):
            raise _Bad("expected text, found child elements")
        text = elem.text or ""
        if node.text_only and (node.allowed is None or text in node.allowed):
            return text
        return _coerce(text, node)
    if isinstance(node, _Object):
        return _read_object(elem, node, True)
    if isinstance(node, _Array):
        out: list[Any] = []
        try:
            _read_items(elem, node, out)
        except _Bad as bad:
            bad.trail.append(len(out))
            raise
        return out
    for option in node.options:  # a _Union
        try:
            return _read(elem, option)
        except _Bad:
            continue
    raise _Bad(f"{_preview(elem)} matches none of the schema's alternatives")


def _coerce(text: str, node: _Scalar) -> Any:
    for kind in node.kinds:
        value: Any
        if kind == "string":
            value = text
        else:
            token = text.strip(_BLANK)
            if kind == "integer" and _INTEGER.fullmatch(token):
                value = _to_int(token)
            elif kind == "number" and _NUMBER.fullmatch(token):
                value = _to_int(token) if _INTEGER.fullmatch(token) else float(token)
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
    raise _Bad(f"{_clip(text)} is not a valid {expected}")


_NOT_INT = object()


def _to_int(token: str) -> Any:
    try:
        return int(token)
    except ValueError:  # more digits than int() converts (sys.get_int_max_str_digits)
        return _NOT_INT


def _clip(text: str) -> str:
    return repr(text if len(text) <= 32 else text[:32] + "...")


def _preview(elem: ET.Element) -> str:
    return _clip(elem.text or "") if not len(elem) else "an element with children"


# ------------------------------------------------------------------------------------------ JSON shape


def shape_error(data: object, model_cls: type) -> str | None:
    """Why a decoded JSON document does not fit ``model_cls``'s schema, or None when it does.

    The generated ``from_dict`` does not check primitive types, so a webhook body like
    ``{"Type": 5, "Status": []}`` would otherwise build a model holding junk. Enum values are left
    to ``from_dict``; only JSON types and required properties are checked here.
    """
    return _shape(data, _object_for(model_cls), "")


def _shape(value: object, node: _Node, path: str) -> str | None:
    where = path or "body"
    if isinstance(node, _Union):
        errors = [_shape(value, option, path) for option in node.options]
        if None in errors:
            return None
        if all(isinstance(option, _Scalar) for option in node.options):
            kinds = [kind for option in node.options if isinstance(option, _Scalar) for kind in option.kinds]
            return f"{where}: expected {' or '.join(dict.fromkeys(kinds))}, got {_json_type(value)}"
        return f"{where}: matches none of the schema's alternatives"
    if isinstance(node, _Object):
        if not isinstance(value, Mapping):
            return f"{where}: expected an object, got {_json_type(value)}"
        missing = sorted(k for k in node.required if k not in value)
        if missing:
            return f"{where}: missing required {', '.join(missing)}"
        for prop in node.props:
            if prop.key in value:
                error = _shape(value[prop.key], prop.node, _join(path, prop.key))
                if error is not None:
                    return error
        return None
    if isinstance(node, _Array):
        if not isinstance(value, list):
            return f"{where}: expected an array, got {_json_type(value)}"
        for i, item in enumerate(value):
            error = _shape(item, node.items, f"{path}[{i}]")
            if error is not None:
                return error
        return None
    if value is None and "null" in node.kinds:
        return None
    if value is not None and _scalar_accepts(node, value):
        return None
    return f"{where}: expected {' or '.join(node.kinds)}, got {_json_type(value)}"


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return _kind_of(value)
