"""Check a request body against the spec's JSON Schema before anything is sent.

The limits (MessageID 40, Reference 80, CSID 30, Tone 1-9, enums, required fields...) are
written once, in the spec; this module reads them from there, so the client can never drift
from what Prism and TNZ enforce.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol

from ._errors import ValidationError
from ._spec import schema_name, spec

if TYPE_CHECKING:  # jsonschema costs ~25 ms to import: load it on the first validation only
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
    error = _best(_validator(schema_name(type(body))).iter_errors(data))
    if error is not None:
        raise _describe(error)
    return data


def validate_value(schema: str, value: Any, field: str) -> None:
    """Validate a path or query value against a named component schema (e.g. MessageID)."""
    error = _best(_validator(schema).iter_errors(value))
    if error is not None:
        described = _describe(error)
        raise ValidationError(field, str(described).split(": ", 1)[1], limit=described.limit)
