"""Differential check: the in-process fake and Prism judge the same broken requests alike.

Every request body of the docs' examples is broken field by field (null, wrong types, empty,
too long, not an email, removed...), and every path and query parameter is given bad values;
each variant goes to Prism and to `TNZFake`, which must answer the same status with violations
at the same locations. Neither side's rules are written here: both read the bundled spec.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _ops import CONTACT_ID, GROUP_ID, MESSAGE_ID, OPERATIONS, SPEC, Op

from tnz_ext.testing import PrismMock, TNZFake

AUTH = {"Authorization": "Basic agreement-token"}
VALUES: list[tuple[str, Any]] = [
    ("null", None),
    ("int", 12345),
    ("negative", -1),
    ("bool", True),
    ("short text", "x"),
    ("empty", ""),
    ("long text", "Z" * 300),
    ("not an email", "not-an-email"),
    ("list", []),
    ("object", {}),
]
PARAM_VALUES = ["0", "-1", "abc", "", "1.5", "true", "A" * 41, "a b", "ID_123-x"]


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, (*path, index))
    if path:
        yield path


def _variants(body: Any) -> Iterator[tuple[str, Any]]:
    for path in _leaves(body):
        label = ".".join(map(str, path))
        for name, value in VALUES:
            changed = copy.deepcopy(body)
            parent = changed
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]] = value
            yield f"{label}={name}", changed
        changed = copy.deepcopy(body)
        parent = changed
        for step in path[:-1]:
            parent = parent[step]
        if isinstance(parent, dict):
            del parent[path[-1]]
            yield f"{label} removed", changed


def _path(op: Op, **override: str) -> str:
    values = {"ContactID": CONTACT_ID, "GroupID": GROUP_ID, "MessageID": MESSAGE_ID, **override}
    out = op.path
    for name, value in values.items():
        out = out.replace("{" + name + "}", value)
    return out


def _query_names(op: Op) -> list[str]:
    names = []
    for param in SPEC["paths"][op.path][op.method].get("parameters", []):
        if "$ref" in param:
            param = SPEC["components"]["parameters"][param["$ref"].rsplit("/", 1)[-1]]
        if param["in"] == "query":
            names.append(param["name"])
    return names


def _verdict(response: httpx.Response) -> tuple[int, list[list[str]]]:
    violations = json.loads(response.headers.get("sl-violations", "[]"))
    return response.status_code, sorted({tuple(v["location"]) for v in violations})  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def both(prism: PrismMock) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    fake = TNZFake()
    with (
        httpx.Client(base_url=prism.url, headers=AUTH, timeout=30) as real,
        fake.http_client(base_url="http://tnz.test", headers=AUTH) as faked,
    ):
        yield real, faked


@pytest.mark.parametrize("op", [op for op in OPERATIONS if op.body is not None], ids=lambda op: op.operation_id)
def test_broken_bodies_get_the_same_verdict(both: tuple[httpx.Client, httpx.Client], op: Op) -> None:
    real, faked = both
    body = op.body_model().to_dict()
    disagreements = []
    variants = list(_variants(body))
    refused = 0
    for label, variant in variants:
        expected = _verdict(real.request(op.method.upper(), _path(op), json=variant))
        got = _verdict(faked.request(op.method.upper(), _path(op), json=variant))
        refused += expected[0] == 400
        if got != expected:
            disagreements.append(f"{label}: Prism {expected}, fake {got}")
    assert not disagreements, "\n".join(disagreements)
    assert refused, "no variant was refused: the check would prove nothing"


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
def test_bad_parameters_get_the_same_verdict(both: tuple[httpx.Client, httpx.Client], op: Op) -> None:
    real, faked = both
    body = op.body_model().to_dict() if op.body is not None else None
    cases: list[tuple[str, str, dict[str, str]]] = []
    for name in [n for n in ("MessageID", "ContactID", "GroupID") if "{" + n + "}" in op.path]:
        cases += [(f"{name}={value!r}", _path(op, **{name: value}), {}) for value in PARAM_VALUES if value]
    for name in _query_names(op):
        cases += [(f"?{name}={value!r}", _path(op), {name: value}) for value in PARAM_VALUES]
    disagreements = []
    for label, path, query in cases:
        expected = _verdict(real.request(op.method.upper(), path, params=query, json=body))
        got = _verdict(faked.request(op.method.upper(), path, params=query, json=body))
        if got != expected:
            disagreements.append(f"{label}: Prism {expected}, fake {got}")
    assert not disagreements, "\n".join(disagreements)
