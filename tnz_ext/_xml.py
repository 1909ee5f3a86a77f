"""XML bodies for the generated models, following the spec's ``xml`` keywords.

TNZ takes and returns XML as well as JSON, but the generator only speaks JSON, and TNZ documents
XML only for webhooks (a ``<root>`` element, one child element per field). The spec is the one
place that says how each model maps to XML, so this codec walks the component schema of the
model's class (read from ``tnz_api/openapi.json``) instead of keeping its own field lists.

Mapping (see the comment above ``components/schemas`` in ``openapi/tnz.yaml``):

* the document element is the schema's ``xml.name`` (``root``); on input its name is ignored,
  because Prism's mock answers under a bare ``<xml>``;
* a property is an element named by the property's own ``xml.name``, else the property name (a
  referenced schema's ``xml.name`` only names array items and the document element);
* arrays with ``xml.wrapped`` are written ``<Destinations><Destination>..</Destination></Destinations>``,
  the item name coming from ``items.xml.name``; on input both that form and repeated unwrapped
  elements (``<Recipients>..</Recipients><Recipients>..</Recipients>``, Prism's form) are accepted.
  An empty wrapper reads as an empty array, an absent one as an absent property;
* booleans are ``true``/``false``; numbers are written with ``str`` (exact for floats) and read with
  the JSON number grammar, so ``anyOf``/``oneOf`` alternatives are tried in the spec's order and a
  decimal string under ``anyOf: [number, string]`` (Price) reads back as a number;
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

import math
import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping
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
# this would make ElementTree write a document nobody can read, so it is refused when compiling.
_NAME_START = (
    "A-Z_a-z\xc0-\xd6\xd8-\xf6\xf8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f"
    "\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_XML_NAME = re.compile(f"[{_NAME_START}][{_NAME_START}\\-.0-9\xb7\u0300-\u036f\u203f-\u2040]*")
# Characters outside XML's Char production cannot be written at all.
_NOT_XML_CHAR = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# U+FFFE is not an XML Char, so no accepted string holds it: a collision-free stand-in for '\r'.
_CR_STANDIN = "\ufffe"
_CR_STANDIN_UTF8 = _CR_STANDIN.encode("utf-8")
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


@dataclass(slots=True, eq=False)
class _Scalar:
    kinds: tuple[str, ...]
    enum: tuple[object, ...] | None


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
        if merged.get("type") == "object" or "properties" in merged:
            if shareable:
                name, _ = self._target(ref)  # type: ignore[arg-type]
                cached = self._objects.get(name)
                if cached is not None:
                    return cached
                return self._object(merged, name, register=True)
            return self._object(merged, element, register=False)
        if merged.get("type") == "array":
            return self._array(merged, element)
        for key in ("anyOf", "oneOf"):
            if key in merged:
                return _Union(tuple(self._node(alt, element) for alt in merged[key]))
        return self._scalar(merged)

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
            if isinstance(prop.node, _Array) and prop.node.item_name != element:
                aliases.append((prop.node.item_name, prop))
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


def encode(model: Model) -> bytes:
    """The model as a UTF-8 XML document with a declaration, shaped by its component schema.

    Raises ``ValidationError`` (nothing was sent) when a value cannot be written: wrong type for
    its schema, a non-finite number, or a string with a character XML cannot carry.
    """
    obj = _object_for(type(model))
    root = ET.Element(obj.root)
    _write_object(root, obj, model.to_dict(), "")
    body: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return body.replace(_CR_STANDIN_UTF8, b"&#13;") if _CR_STANDIN_UTF8 in body else body


def _write_object(elem: ET.Element, obj: _Object, data: Mapping[str, Any], path: str) -> None:
    # In to_dict's order (the spec's declaration order, required properties first): the shipped
    # openapi.json has its keys sorted, so it no longer knows the declaration order itself.
    for key, value in data.items():
        prop = obj.by_key.get(key)
        if prop is not None and value is not None:
            _write(elem, prop.element, prop.node, value, _join(path, key))


def _write(parent: ET.Element, name: str, node: _Node, value: object, path: str) -> None:
    if isinstance(node, _Union):
        node = _pick_option(node, value, path)
    if isinstance(node, _Object):
        if not isinstance(value, Mapping):
            raise ValidationError(path, f"expected an object, got {type(value).__name__}")
        _write_object(ET.SubElement(parent, name), node, value, path)
    elif isinstance(node, _Array):
        if not isinstance(value, list | tuple):
            raise ValidationError(path, f"expected an array, got {type(value).__name__}")
        container = ET.SubElement(parent, name) if node.wrapped else parent
        for i, item in enumerate(value):
            if item is not None:
                _write(container, node.item_name, node.items, item, f"{path}[{i}]")
    else:
        ET.SubElement(parent, name).text = _text(node, value, path)


def _pick_option(node: _Union, value: object, path: str) -> _Scalar | _Array | _Object:
    for option in node.options:
        if isinstance(option, _Union):
            try:
                return _pick_option(option, value, path)
            except ValidationError:
                continue
        if isinstance(option, _Object) and isinstance(value, Mapping):
            return option
        if isinstance(option, _Array) and isinstance(value, list | tuple):
            return option
        if isinstance(option, _Scalar) and _scalar_accepts(option, value):
            return option
    raise ValidationError(path, f"{type(value).__name__} matches none of the schema's alternatives")


def _scalar_accepts(node: _Scalar, value: object) -> bool:
    kinds = node.kinds
    if isinstance(value, bool):
        return "boolean" in kinds
    if isinstance(value, int):
        return "integer" in kinds or "number" in kinds
    if isinstance(value, float):
        return "number" in kinds or ("integer" in kinds and value.is_integer())
    return isinstance(value, str) and "string" in kinds


def _text(node: _Scalar, value: object, path: str) -> str:
    if not _scalar_accepts(node, value):
        raise ValidationError(path, f"expected {' or '.join(node.kinds)}, got {type(value).__name__}")
    if isinstance(value, bool):
        return "true" if value else "false"
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
        # defusedxml's fromstring() with a depth-limited tree builder as its target.
        parser = DefusedET.XMLParser(
            target=_DepthLimitedBuilder(), forbid_dtd=True, forbid_entities=True, forbid_external=True
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


class _DepthLimitedBuilder(ET.TreeBuilder):
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


def decode_dict(root: ET.Element, model_cls: type, *, require: bool = True) -> dict[str, Any]:
    """A parsed document as the wire-named dict ``from_dict`` takes.

    Split from ``decode`` for webhook parsing, which must look at Type/Status before it knows the
    model (``require=False`` while it looks).
    """
    try:
        return _read_object(root, _object_for(model_cls), "", require)
    except RecursionError as exc:
        raise XMLDecodeError("XML body is nested too deeply") from exc


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


def _read_object(elem: ET.Element, obj: _Object, path: str, require: bool) -> dict[str, Any]:
    found: dict[str, tuple[_Prop, list[tuple[ET.Element, bool]]]] = {}
    for name, child in _children(elem):
        hit = obj.by_element.get(name)
        if hit is not None:
            prop, is_item = hit
            found.setdefault(prop.key, (prop, []))[1].append((child, is_item))
    result: dict[str, Any] = {}
    for key, (prop, elems) in found.items():
        where = _join(path, key)
        if isinstance(prop.node, _Array):
            result[key] = _read_array_prop(elems, prop.node, where)
        elif len(elems) > 1:
            raise XMLDecodeError(f"{where}: <{prop.element}> appears {len(elems)} times")
        else:
            result[key] = _read(elems[0][0], prop.node, where)
    if require:
        missing = [k for k in obj.required if k not in result]
        if missing:
            what = path or obj.name
            raise XMLDecodeError(f"{what}: missing required element(s) {', '.join(sorted(missing))}")
    return result


def _read_array_prop(elems: list[tuple[ET.Element, bool]], node: _Array, path: str) -> list[Any]:
    out: list[Any] = []
    for elem, is_item in elems:
        if is_item or not _is_wrapper(elem, node):
            out.append(_read(elem, node.items, f"{path}[{len(out)}]"))
        else:
            for name, child in _children(elem):
                if name == node.item_name:
                    out.append(_read(child, node.items, f"{path}[{len(out)}]"))
    return out


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


def _read(elem: ET.Element, node: _Node, path: str) -> Any:
    if isinstance(node, _Object):
        return _read_object(elem, node, path, True)
    if isinstance(node, _Array):
        return [
            _read(child, node.items, f"{path}[{i}]")
            for i, child in enumerate(c for n, c in _children(elem) if n == node.item_name)
        ]
    if isinstance(node, _Union):
        for option in node.options:
            try:
                return _read(elem, option, path)
            except XMLDecodeError:
                continue
        raise XMLDecodeError(f"{path}: {_preview(elem)} matches none of the schema's alternatives")
    if len(elem):
        raise XMLDecodeError(f"{path}: expected text, found child elements")
    return _coerce(elem.text or "", node, path)


def _coerce(text: str, node: _Scalar, path: str) -> Any:
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
    raise XMLDecodeError(f"{path}: {_clip(text)} is not a valid {expected}")


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
