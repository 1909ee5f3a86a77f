"""Access to the spec shipped in ``tnz_api/openapi.json``: the one description of the data.

Loaded lazily and once, so importing tnz_ext stays cheap and only code that needs the spec
(request validation, the XML codec, webhook parsing) pays for it.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from typing import Any

__all__ = ["component_schema", "schema_name", "spec"]


@functools.cache
def spec() -> dict[str, Any]:
    text = importlib.resources.files("tnz_api").joinpath("openapi.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def schema_name(model_cls: type) -> str:
    """The components/schemas name of a generated model class (the generator keeps the name)."""
    name = model_cls.__name__
    if name not in spec()["components"]["schemas"]:
        raise KeyError(f"{name} is not a schema of the spec")
    return name


def component_schema(name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec()["components"]["schemas"][name]
    return schema
