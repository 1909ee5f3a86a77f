"""Check a request body against the spec's JSON Schema before anything is sent.

The limits (MessageID 40, Reference 80, CSID 30, Tone 1-9, enums, required fields...) are
written once, in the spec; this module reads them from there, so the client can never drift
from what Prism and TNZ enforce.

The client checks a *strict view* of the spec: the spec itself stays as open as TNZ's server
(unknown fields and unlisted enum values are accepted there, so a mock never refuses what TNZ
takes), but a field name or enum value the spec does not document is almost always a typo, so
the client refuses it before sending. ``extra_body=`` is the explicit way past that check.

Two paths, one answer. jsonschema is the authority: every error, and how it is described, comes
from it. But it costs ~70 us for a small SMS (more than httpx's own work for the request), so a
valid body is first confirmed by a check fastjsonschema compiles once per schema (~3 us).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from email.errors import HeaderParseError
from email.headerregistry import Address
from typing import TYPE_CHECKING, Any, Protocol

from tnz_api.types import Unset

from ._errors import ValidationError
from ._spec import schema_name, spec

if TYPE_CHECKING:  # jsonschema costs ~25 ms to import: load it on the first invalid body only
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError

__all__ = ["is_email", "validate_body", "validate_param", "validate_query", "validate_value"]

# Keywords whose value is the documented limit worth quoting in the error.
_LIMIT_KEYWORDS = {"maxLength", "minLength", "maximum", "minimum", "maxItems", "minItems", "enum", "pattern"}


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


# ------------------------------------------------------------------------------ full-match patterns
# JSON Schema patterns are ECMA-262 regexes searched anywhere in the value; the spec anchors its
# own with ^...$. Python's `$` also matches before a final "\n" and its `\d` takes any Unicode
# digit, so "ID1\n" and Arabic-Indic digits would pass. Every pattern is rewritten once, for both
# validators: `$` becomes `\Z` (the very end) and `\d` becomes [0-9].
_DOLLAR = re.compile(r"(?<!\\)\$")


def anchored(pattern: str) -> str:
    return _DOLLAR.sub(r"\\Z", pattern.replace(r"\d", "[0-9]"))


def _anchor_all(schema: Any) -> Any:
    if isinstance(schema, list):
        return [_anchor_all(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: _anchor_all(value) for key, value in schema.items()}
    if isinstance(schema.get("pattern"), str):
        out["pattern"] = anchored(schema["pattern"])
    return out


@functools.cache
def _components() -> dict[str, Any]:
    """The spec's components as checked here: schemas closed (``_strict``), every pattern anchored."""
    return _anchor_all({**spec()["components"], **_strict_components()})  # type: ignore[no-any-return]


def is_email(value: object) -> bool:
    """An addr-spec with a user and a dotted domain, and nothing that could break a mail header."""
    if not isinstance(value, str) or not value or not value.isprintable() or any(c.isspace() for c in value):
        return False
    try:
        parsed = Address(addr_spec=value)
    except (HeaderParseError, ValueError, IndexError):
        return False
    return bool(parsed.username) and "." in parsed.domain and parsed.addr_spec == value


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    return _validator_for(f"#/components/schemas/{name}")


@functools.cache
def _validator_for(ref: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator, FormatChecker

    checker = FormatChecker(formats=())
    checker.checks("email")(is_email)
    # A root holding every component lets the schema's own "#/components/schemas/..." refs resolve.
    root = {"$ref": ref, "components": _components(), "paths": _paths()}
    return Draft202012Validator(root, format_checker=checker)


@functools.cache
def _paths() -> dict[str, Any]:
    return _anchor_all(spec()["paths"])  # type: ignore[no-any-return]


@functools.cache
def _strict_components() -> dict[str, Any]:
    schemas = spec()["components"]["schemas"]
    return {"schemas": {name: _strict(schema, schemas) for name, schema in schemas.items()}}


def _strict(schema: Any, schemas: dict[str, Any]) -> Any:
    """The spec's schema as the client checks it: objects closed, open enums closed.

    * ``additionalProperties: false`` on every object with ``properties`` (typo protection);
    * ``anyOf: [{$ref: <an enum>}, {type: string}, ...]`` loses its ``{type: string}``: the
      documented values only. A schema that lists no enum at all (TTS ``Voice``) stays open.
    """
    if isinstance(schema, list):
        return [_strict(item, schemas) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: _strict(value, schemas) for key, value in schema.items()}
    if "properties" in out and "additionalProperties" not in out:
        out["additionalProperties"] = False
    options = out.get("anyOf")
    if isinstance(options, list) and any(_is_enum_ref(o, schemas) for o in options):
        out["anyOf"] = [o for o in options if o != {"type": "string"}]
    return out


def _is_enum_ref(option: Any, schemas: dict[str, Any]) -> bool:
    ref = option.get("$ref", "") if isinstance(option, dict) else ""
    target = schemas.get(ref.rsplit("/", 1)[-1]) if ref.startswith("#/components/schemas/") else None
    return isinstance(target, dict) and "enum" in target


def _path(error: SchemaError) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def _describe(error: SchemaError) -> ValidationError:
    field = _path(error)
    keyword = str(error.validator)
    if keyword == "additionalProperties":
        declared: Any = error.schema.get("properties", {}) if isinstance(error.schema, dict) else {}
        instance: Any = error.instance
        unexpected = sorted(set(instance) - set(declared))
        name = unexpected[0] if unexpected else ""
        field = f"{field}.{name}" if field != "body" else name
        return ValidationError(
            field, f"{name!r} is not a documented field; send undocumented fields with extra_body={{...}}"
        )
    if keyword == "required":
        # The field at fault is inside the instance, not the instance itself.
        missing = error.message.split("'")[1] if "'" in error.message else ""
        field = f"{field}.{missing}" if missing and field != "body" else (missing or field)
        return ValidationError(field, error.message)
    shown = _shown(error.instance)
    if keyword == "type":
        expected = error.validator_value
        return ValidationError(
            field, f"expected {expected}, got {type(error.instance).__name__} {shown}", limit=f"type {expected}"
        )
    if keyword == "format":
        return ValidationError(field, f"{shown} is not a valid {error.validator_value}", limit=error.validator_value)
    limit = error.validator_value if keyword in _LIMIT_KEYWORDS else None
    if keyword == "pattern" and isinstance(limit, str):
        limit = limit.replace(r"\Z", "$").replace("[0-9]", r"\d")  # shown as the spec writes it
    return ValidationError(field, f"{shown} breaks the documented limit {keyword}={limit!r}", limit=limit)


def _shown(value: Any) -> str:
    """A short repr that cannot fail (repr of a 5,000-digit int raises ValueError)."""
    try:
        shown = repr(value)
    except ValueError:
        shown = f"<{type(value).__name__} too large to show>"
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _best(errors: Iterable[SchemaError]) -> SchemaError | None:
    found = sorted(errors, key=lambda e: (len(list(e.absolute_path)), str(e.validator)), reverse=True)
    return _specific(found[0]) if found else None


def _specific(error: SchemaError) -> SchemaError:
    """Inside ``anyOf``/``oneOf`` (nullable fields, open enums), the alternative that says what is
    wrong: not "is not of type 'null'" but the ``maxLength`` or ``enum`` of the real schema."""
    if error.validator not in ("anyOf", "oneOf") or not error.context:
        return error
    context = list(error.context)
    informative = [e for e in context if e.validator != "type"] or context
    informative.sort(key=lambda e: len(list(e.absolute_path)), reverse=True)
    return _specific(informative[0])


def validate_body(body: _Model) -> dict[str, Any]:
    """Validate ``body`` against its spec schema; return its wire dict (reused for encoding)."""
    data = body.to_dict()
    name = schema_name(type(body))
    valid = _fast(name)(data)
    _check_text(data, "")  # first: jsonschema itself fails on a 5,000-digit int
    if not valid:
        error = _best(_validator(name).iter_errors(data))
        if error is not None:
            raise _describe(error)
    return data


# Free text that may span lines; every other string in a request ends up in a header, a file
# name, a report or a CSV column, where CR/LF (or any control character) can inject or break.
_MULTILINE = frozenset({
    "Message", "MessagePlain", "MessageHTML", "MessageToPeople", "MessageToAnswerphones",
    "CallRouteMessageToPeople", "CallRouteMessageToOperators", "CallRouteMessageOnWrongKey", "Play",
})  # fmt: skip
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0A, 0x20), 0x7F])


def _has_control(value: str) -> bool:
    """_CONTROL.search, about three times faster on long ASCII text (a file's base64: megabytes)."""
    if len(value) > 4096 and value.isascii():
        raw = value.encode("ascii")
        return len(raw.translate(None, _CONTROL_BYTES)) != len(raw)
    return _CONTROL.search(value) is not None


_SURROGATE = re.compile(r"[\ud800-\udfff]")
_MAX_INT = 2**53


def _check_text(value: Any, field: str) -> None:
    """What a schema cannot say: no lone surrogates (they cannot be encoded), no control characters
    outside free text, and no floats (the spec's request numbers are all integers; 5.0 is not one)."""
    kind = type(value)
    if kind is dict:
        for key, item in value.items():
            _check_text(item, f"{field}.{key}" if field else key)
    elif kind is list:
        for index, item in enumerate(value):
            _check_text(item, f"{field}[{index}]")
    elif kind is str:
        if not value.isascii() and _SURROGATE.search(value):
            raise ValidationError(field, "contains a lone surrogate (not valid Unicode text)")
        if field.rsplit(".", 1)[-1] not in _MULTILINE and _has_control(value):
            raise ValidationError(field, f"{value[:40]!r} contains CR, LF or another control character")
    elif kind is float:
        raise ValidationError(field, f"expected an int, got float {value!r}", limit="type integer")
    elif kind is int and not -_MAX_INT <= value <= _MAX_INT:
        raise ValidationError(field, "integer out of range (beyond 2**53, which JSON cannot carry exactly)")


def validate_param(parameter: str, value: Any, field: str) -> None:
    """Validate a value against ``components/parameters/<parameter>``'s schema (path IDs)."""
    _check_param(f"#/components/parameters/{parameter}/schema", value, field)


def _check_param(ref: str, value: Any, field: str) -> None:
    if type(value) is float or type(value) is int:
        _check_text(value, field)
    error = _best(_validator_for(ref).iter_errors(value))
    if error is not None:
        described = _describe(error)
        raise ValidationError(field, str(described).split(": ", 1)[1], limit=described.limit)
    if isinstance(value, str):
        if not value.isascii() and _SURROGATE.search(value):
            raise ValidationError(field, "contains a lone surrogate (not valid Unicode text)")
        if _CONTROL.search(value):
            raise ValidationError(field, f"{value[:40]!r} contains CR, LF or another control character")


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


@functools.cache
def _query_refs() -> dict[str, dict[str, tuple[str, str]]]:
    """{operation (snake_case operationId): {argument: (wire name, JSON pointer of its schema)}}."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for path, item in spec()["paths"].items():
        escaped = path.replace("~", "~0").replace("/", "~1")
        for method, op in item.items():
            if not isinstance(op, dict) or "operationId" not in op:
                continue
            params: dict[str, tuple[str, str]] = {}
            for index, param in enumerate(op.get("parameters", [])):
                pointer = f"#/paths/{escaped}/{method}/parameters/{index}/schema"
                if "$ref" in param:
                    ref_name = param["$ref"].rsplit("/", 1)[1]
                    param = spec()["components"]["parameters"][ref_name]
                    pointer = f"#/components/parameters/{ref_name}/schema"
                if param.get("in") == "query":
                    params[_snake(param["name"])] = (param["name"], pointer)
            out[_snake(op["operationId"])] = params
    return out


def validate_query(operation: str, query: Mapping[str, Any]) -> None:
    """Validate each query argument against its parameter's schema in the spec."""
    refs = _query_refs().get(operation, {})
    for key, value in query.items():
        if value is None or isinstance(value, Unset):  # not given: the generated code omits it
            continue
        if key not in refs:
            raise ValidationError(key, "is not a query parameter of this operation")
        name, pointer = refs[key]
        _check_param(pointer, value, name)


def validate_value(schema: str, value: Any, field: str) -> None:
    """Validate a path or query value against a named component schema (e.g. MessageID)."""
    if _fast(schema)(value):
        return
    _check_text(value, field)  # first: jsonschema itself fails on a 5,000-digit int
    error = _best(_validator(schema).iter_errors(value))
    if error is not None:
        described = _describe(error)
        raise ValidationError(field, str(described).split(": ", 1)[1], limit=described.limit)


# ---------------------------------------------------------------------------------------- fast path
_ANNOTATIONS_ASSERTED_BY_DRAFT7 = frozenset({"contentEncoding", "contentMediaType"})


def _draft7(schema: Any) -> Any:
    """Rewrite the spec's 2020-12 schemas so fastjsonschema (draft-07) reads them as jsonschema does.

    * In 2020-12 the keywords beside a ``$ref`` apply too (``Files`` + ``minItems: 1`` for a fax);
      draft-07 ignores them. ``{"$ref": r, **rest}`` means ``{"allOf": [{"$ref": r}], **rest}``.
    * ``contentEncoding``/``contentMediaType`` are annotations in 2020-12, but fastjsonschema
      asserts them by base64-decoding every file (25 ms for a 19 MB email): drop them.
    """
    if isinstance(schema, list):
        return [_draft7(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {key: _draft7(value) for key, value in schema.items() if key not in _ANNOTATIONS_ASSERTED_BY_DRAFT7}
    if "$ref" in out and len(out) > 1:
        out["allOf"] = [{"$ref": out.pop("$ref")}, *out.get("allOf", [])]
    return out


@functools.cache
def _draft7_components() -> dict[str, Any]:
    return {"schemas": _draft7(_components()["schemas"])}


@functools.cache
def _fast(name: str) -> Callable[[Any], bool]:
    """A check compiled once per schema (fastjsonschema) that answers "certainly valid" quickly.

    jsonschema stays the authority: whenever this check refuses, jsonschema re-validates and
    describes the error, so the fast path can only make validation faster, never more lenient.
    Formats are checked (email by ``is_email``, as jsonschema's validator here checks it); any
    other format fastjsonschema knows can only refuse more, which sends the body to jsonschema.
    """
    import fastjsonschema

    root = {"$ref": f"#/components/schemas/{name}", "components": _draft7_components()}
    compiled = fastjsonschema.compile(root, formats={"email": is_email})

    def check(value: Any) -> bool:
        try:
            compiled(value)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return check
