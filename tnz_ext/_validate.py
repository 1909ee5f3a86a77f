"""Check a request body against the spec's JSON Schema before anything is sent.

The limits (MessageID 40, Reference 80, CSID 30, Tone 1-9, enums, required fields...) are
written once, in the spec; this module reads them from there, so the client can never drift
from what Prism and TNZ enforce.

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
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": spec()["components"]})


def _path(error: SchemaError) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "body"


def _describe(error: SchemaError) -> ValidationError:
    field = _path(error)
    keyword = str(error.validator)
    if keyword == "required" or keyword == "additionalProperties":
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
    return found[0] if found else None


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
    return {"schemas": _draft7(spec()["components"]["schemas"])}


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
