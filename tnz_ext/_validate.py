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
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol

from ._errors import ValidationError
from ._spec import schema_name, spec

if TYPE_CHECKING:  # jsonschema costs ~25 ms to import: load it on the first invalid body only
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError

__all__ = ["validate_body", "validate_value"]

# Keywords whose value is the documented limit worth quoting in the error.
_LIMIT_KEYWORDS = {"maxLength", "minLength", "maximum", "minimum", "maxItems", "minItems", "enum", "pattern"}


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    # A root holding every component lets the schema's own "#/components/schemas/..." refs resolve.
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": _strict_components()})


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
    limit = error.validator_value if keyword in _LIMIT_KEYWORDS else None
    shown = repr(error.instance)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    return ValidationError(field, f"{shown} breaks the documented limit {keyword}={limit!r}", limit=limit)


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
    if _fast(name)(data):
        return data
    error = _best(_validator(name).iter_errors(data))
    if error is not None:
        raise _describe(error)
    return data


def validate_value(schema: str, value: Any, field: str) -> None:
    """Validate a path or query value against a named component schema (e.g. MessageID)."""
    if _fast(schema)(value):
        return
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
    return {"schemas": _draft7(_strict_components()["schemas"])}


@functools.cache
def _fast(name: str) -> Callable[[Any], bool]:
    """A check compiled once per schema (fastjsonschema) that answers "certainly valid" quickly.

    jsonschema stays the authority: whenever this check refuses, jsonschema re-validates and
    describes the error, so the fast path can only make validation faster, never more lenient.
    Formats are not checked, as jsonschema's validator here checks none either.
    """
    import fastjsonschema

    root = {"$ref": f"#/components/schemas/{name}", "components": _draft7_components()}
    compiled = fastjsonschema.compile(root, use_formats=False)

    def check(value: Any) -> bool:
        try:
            compiled(value)
        except fastjsonschema.JsonSchemaException:
            return False
        return True

    return check
