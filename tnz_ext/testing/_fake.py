"""An in-process TNZ: an httpx transport that checks requests against the bundled spec like Prism.

For test suites that cannot run Node. Everything it knows comes from ``tnz_api/openapi.json``
(routes, parameters, request schemas, response examples), validated with jsonschema, so it
enforces exactly what Prism and the client enforce and cannot drift from them. The repository's
contract tests run against both this fake and Prism to keep them in agreement.

What it does, in Prism's order: route (404 unknown path, 405 unknown method), security (401
without ``Authorization``), request validation (400 with the spec's 400 example and an
``sl-violations`` header listing each violation; XML bodies are accepted unvalidated, as Prism
does), then the answer: a response the test set for the operation, else the spec's example,
as XML when ``Accept`` asks for it. ``Prefer: code=NNN`` / ``example=NAME`` pick responses as in
Prism. Every request is recorded as a ``FakeCall`` (without the auth token).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import unquote

import httpx

from tnz_ext import _spec, _xml
from tnz_ext._client import (
    DEFAULT_BASE_URL,
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_TIMEOUT,
    AsyncTNZClient,
    TNZClient,
)
from tnz_ext._reconcile import ReconcilePolicy
from tnz_ext._retry import RetryPolicy

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError as SchemaError

__all__ = ["FakeCall", "FakeResponse", "TNZFake", "Violation"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_REDACTED = "[redacted]"
_JSON = "application/json"
_XML = "application/xml"


@dataclass(frozen=True)
class Violation:
    """One way a request breaks the spec, shaped like an entry of Prism's ``sl-violations``."""

    location: tuple[str, ...]
    code: str
    message: str
    severity: str = "Error"

    def to_dict(self) -> dict[str, Any]:
        """The entry as it appears in the ``sl-violations`` header."""
        return {"location": list(self.location), "severity": self.severity, "code": self.code, "message": self.message}


@dataclass(frozen=True)
class FakeCall:
    """A request the fake received. ``headers`` never holds the token (Authorization is redacted)."""

    method: str
    path: str
    operation_id: str | None
    query: dict[str, str]
    headers: dict[str, str]
    content: bytes
    json: Any
    status_code: int
    violations: tuple[Violation, ...] = ()


@dataclass(frozen=True)
class FakeResponse:
    """What the test wants an operation to answer. ``json=None`` and no ``content``: the spec's
    example for ``status_code`` (when the spec has one)."""

    status_code: int = 200
    json: Any = None
    content: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


Responder = Callable[[httpx.Request, FakeCall], httpx.Response]


@dataclass(frozen=True)
class _Route:
    method: str
    template: str
    regex: re.Pattern[str]
    names: tuple[str, ...]
    operation: dict[str, Any]
    parameters: tuple[tuple[dict[str, Any], str], ...]  # (parameter, JSON pointer of its schema)

    @property
    def operation_id(self) -> str:
        return str(self.operation["operationId"])


def _resolve(node: Any) -> Any:
    """Follow ``$ref`` chains inside the spec (parameters, responses, examples, bodies)."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 32:
        target: Any = _spec.spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node, seen = target, seen + 1
    return node


@functools.cache
def _routes() -> tuple[_Route, ...]:
    routes: list[_Route] = []
    for template, item in _spec.spec()["paths"].items():
        names = tuple(re.findall(r"{([^}/]+)}", template))
        pattern = "".join(
            f"(?P<p{names.index(part[1:-1])}>[^/]+)" if part.startswith("{") else re.escape(part)
            for part in re.split(r"({[^}/]+})", template)
            if part
        )
        escaped = template.replace("~", "~0").replace("/", "~1")
        shared = _parameters(item, f"paths/{escaped}")
        for method, operation in item.items():
            if method not in _METHODS:
                continue
            own = _parameters(operation, f"paths/{escaped}/{method}")
            # An operation's parameter overrides the path item's of the same name and location.
            merged = {(p["name"], p["in"]): (p, ptr) for p, ptr in [*shared, *own]}
            routes.append(
                _Route(method.upper(), template, re.compile(pattern + "/?"), names, operation, tuple(merged.values()))
            )
    # Literal segments win over templated ones (/contact/list before /contact/{ContactID}), as in Prism.
    routes.sort(key=lambda r: (len(r.names), r.template))
    return tuple(routes)


def _parameters(scope: Mapping[str, Any], pointer: str) -> list[tuple[dict[str, Any], str]]:
    out = []
    for i, raw in enumerate(scope.get("parameters", [])):
        base = (
            raw["$ref"].removeprefix("#/") if isinstance(raw, dict) and "$ref" in raw else f"{pointer}/parameters/{i}"
        )
        out.append((_resolve(raw), f"{base}/schema"))
    return out


@functools.cache
def _base_paths() -> tuple[str, ...]:
    """Path prefixes of the spec's servers (``/api/v2.04``): stripped before routing."""
    paths = {httpx.URL(server["url"]).path.rstrip("/") for server in _spec.spec().get("servers", [])}
    return tuple(sorted((p for p in paths if p), key=len, reverse=True))


@functools.cache
def _validator(pointer: str) -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    target: Any = _spec.spec()
    for part in pointer.split("/"):
        key = part.replace("~1", "/").replace("~0", "~")
        target = target[int(key)] if isinstance(target, list) else target[key]
    schema = target if isinstance(target, dict) else {}
    # The root holds every component so the schema's own "#/components/..." refs resolve.
    root = {**schema, "components": _spec.spec()["components"]}
    return Draft202012Validator(root, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _violations(validator: Draft202012Validator, instance: Any, where: tuple[str, ...]) -> list[Violation]:
    out: list[Violation] = []

    def add(error: SchemaError) -> None:
        # Prism writes array indexes as strings in a location ("Destinations", "0", ...).
        out.append(Violation((*where, *map(str, error.absolute_path)), str(error.validator), error.message))
        for sub in error.context or ():  # oneOf/anyOf: say what failed inside each branch, as Prism does
            add(sub)

    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        add(error)
    return out


def _header_value(violations: list[Violation]) -> str:
    return json.dumps([v.to_dict() for v in violations], separators=(",", ":"))


def _coerce(value: str, schema: Mapping[str, Any]) -> Any:
    """A query/path string as the schema's type, as Prism coerces; left as text if it does not fit."""
    kind = _resolve(schema).get("type")
    try:
        if kind == "integer" and re.fullmatch(r"-?[0-9]+", value):
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        return value
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value


def _media(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def _wants_xml(accept: str | None) -> bool:
    for part in (accept or "").split(","):
        media = _media(part)
        if media in (_JSON, "*/*", "application/*", "application/problem+json"):
            return False
        if media in (_XML, "text/xml"):
            return True
    return False


def _prefer(header: str | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in (header or "").split(","):
        key, _, value = part.strip().partition("=")
        if key and value:
            out[key.strip().lower()] = value.strip().strip('"')
    return out


def _problem(status: int, kind: str, title: str, detail: str) -> httpx.Response:
    body = {"type": f"https://stoplight.io/prism/errors#{kind}", "title": title, "status": status, "detail": detail}
    return httpx.Response(status, json=body, headers={"Content-Type": "application/problem+json"})


class TNZFake(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The TNZ API in-process: inject it as an httpx transport, or let it build the clients.

    >>> fake = TNZFake()
    >>> client = fake.client()                     # a TNZClient whose requests go to the fake
    >>> fake.respond("sendSms", status=500)        # from now on sendSms answers 500
    >>> fake.calls[-1].json["MessageData"]          # what the last request carried

    Works with any base URL (the spec's ``/api/v2.04`` prefix is stripped before routing), so
    ``httpx.Client(transport=fake)`` serves a ``TNZClient`` with its default base URL too.
    """

    base_url = DEFAULT_BASE_URL
    auth_token = "fake-auth-token"

    def __init__(self) -> None:
        self._calls: list[FakeCall] = []
        self._responses: dict[str, FakeResponse | Responder] = {}
        self._lock = threading.Lock()
        self._clients: list[TNZClient] = []
        _routes()  # fail here, not inside a request, if the bundled spec is unreadable

    # ------------------------------------------------------------------ the test's side

    @property
    def calls(self) -> list[FakeCall]:
        """Every request received, oldest first (a copy)."""
        with self._lock:
            return list(self._calls)

    def calls_to(self, operation_id: str) -> list[FakeCall]:
        """The requests that reached one operation (by the spec's operationId, e.g. ``sendSms``)."""
        return [c for c in self.calls if c.operation_id == operation_id]

    def respond(
        self,
        operation_id: str,
        response: FakeResponse | Responder | None = None,
        *,
        status: int = 200,
        json: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Set what ``operation_id`` answers to valid requests from now on.

        Pass a ``FakeResponse``, a callable ``(request, call) -> httpx.Response``, or the
        pieces (``status``, ``json`` or ``content``, ``headers``). Without a body, the spec's
        example for that status is sent (e.g. ``respond("sendSms", status=400)``).
        """
        if operation_id not in self.operation_ids():
            raise KeyError(f"{operation_id!r} is not an operationId of the spec; known: {sorted(self.operation_ids())}")
        chosen = response if response is not None else FakeResponse(status, json, content, dict(headers or {}))
        with self._lock:
            self._responses[operation_id] = chosen

    def reset(self) -> None:
        """Forget the recorded calls and the responses set with ``respond``."""
        with self._lock:
            self._calls.clear()
            self._responses.clear()

    @staticmethod
    def operation_ids() -> frozenset[str]:
        """Every operationId of the bundled spec (what ``respond`` and ``calls_to`` take)."""
        return frozenset(r.operation_id for r in _routes())

    def http_client(
        self,
        *,
        base_url: str = "",
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = 5.0,
    ) -> httpx.Client:
        """An ``httpx.Client`` served by the fake (for the generated ``tnz_api`` clients too)."""
        return httpx.Client(transport=self, base_url=base_url, headers=headers, timeout=timeout)

    def async_http_client(
        self,
        *,
        base_url: str = "",
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = 5.0,
    ) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` served by the fake (pass it as ``AsyncTNZClient(http_client=...)``)."""
        return httpx.AsyncClient(transport=self, base_url=base_url, headers=headers, timeout=timeout)

    def client(
        self,
        *,
        auth_token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        test_mode: bool = False,
        format: Literal["json", "xml"] = "json",
        default_region: str = "NZ",
        allowed_prefixes: Sequence[str] | None = None,
        max_sms_parts: int = 3,
        timezone: str | tzinfo | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        reconcile: ReconcilePolicy | None = None,
    ) -> TNZClient:
        """A ``TNZClient`` talking to the fake; keywords as for ``TNZClient`` (closed by ``close()``)."""
        client = TNZClient(
            http_client=self.http_client(),
            auth_token=auth_token if auth_token is not None else self.auth_token,
            base_url=base_url if base_url is not None else self.base_url,
            timeout=timeout, max_retries=max_retries, retry_policy=retry_policy, test_mode=test_mode,
            format=format, default_region=default_region, allowed_prefixes=allowed_prefixes,
            max_sms_parts=max_sms_parts, timezone=timezone, deadline=deadline,
            max_response_bytes=max_response_bytes, reconcile=reconcile,
        )  # fmt: skip
        self._clients.append(client)
        return client

    def async_client(
        self,
        *,
        auth_token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        test_mode: bool = False,
        format: Literal["json", "xml"] = "json",
        default_region: str = "NZ",
        allowed_prefixes: Sequence[str] | None = None,
        max_sms_parts: int = 3,
        timezone: str | tzinfo | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        reconcile: ReconcilePolicy | None = None,
    ) -> AsyncTNZClient:
        """An ``AsyncTNZClient`` talking to the fake; keywords as for ``AsyncTNZClient``."""
        # Nothing to close: the fake's async transport holds no connections.
        return AsyncTNZClient(
            http_client=self.async_http_client(),
            auth_token=auth_token if auth_token is not None else self.auth_token,
            base_url=base_url if base_url is not None else self.base_url,
            timeout=timeout, max_retries=max_retries, retry_policy=retry_policy, test_mode=test_mode,
            format=format, default_region=default_region, allowed_prefixes=allowed_prefixes,
            max_sms_parts=max_sms_parts, timezone=timezone, deadline=deadline,
            max_response_bytes=max_response_bytes, reconcile=reconcile,
        )  # fmt: skip

    def close(self) -> None:
        """Close the clients ``client()`` built (their httpx clients belong to the fake)."""
        for client in self._clients:
            client._http.close()
        self._clients.clear()

    # ------------------------------------------------------------------ the transport's side

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """httpx's sync transport hook: route, check and answer one request."""
        request.read()
        return self._handle(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """httpx's async transport hook: the same as ``handle_request``."""
        await request.aread()
        return self._handle(request)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        for base in _base_paths():
            if path == base or path.startswith(base + "/"):
                path = path[len(base) :]
                break
        route, params, path_known = self._route(request.method, path)
        call_json = self._json_or_none(request)
        if route is None:
            response = (
                _problem(405, "NO_METHOD_MATCHED_ERROR", "Route resolved, but no method matched", request.method)
                if path_known
                else _problem(404, "NO_PATH_MATCHED_ERROR", "Route not resolved, no path matched", path)
            )
            self._record(request, path, None, call_json, response.status_code, ())
            return response
        op = route.operation
        violations = self._validate(route, params, request)
        if "authorization" not in request.headers:
            # Prism lists the security failure first, then whatever else is wrong.
            violations.insert(0, Violation(("request",), "401", "Invalid security scheme used"))
            response = self._example_response(op, "401", None, request)
            response.headers["sl-violations"] = _header_value(violations)
            self._record(request, path, route.operation_id, call_json, 401, tuple(violations))
            return response
        prefer = _prefer(request.headers.get("prefer"))
        if violations:
            response = self._example_response(op, "400", None, request)
            if response.status_code != 400:  # no 400 in the spec: Prism answers 422 problem+json
                response = _problem(422, "UNPROCESSABLE_ENTITY", "Invalid request", "Your request is not valid")
            response.headers["sl-violations"] = _header_value(violations)
            self._record(request, path, route.operation_id, call_json, response.status_code, tuple(violations))
            return response
        with self._lock:
            chosen = self._responses.get(route.operation_id)
        call = self._record(request, path, route.operation_id, call_json, 0, ())
        if callable(chosen):
            response = chosen(request, call)
        elif chosen is not None:
            response = self._configured(op, chosen, request)
        else:
            response = self._example_response(op, prefer.get("code", "200"), prefer.get("example"), request)
        with self._lock:
            # By identity: an identical earlier request must keep its own status.
            index = next(i for i in range(len(self._calls) - 1, -1, -1) if self._calls[i] is call)
            self._calls[index] = dataclasses.replace(call, status_code=response.status_code)
        return response

    def _route(self, method: str, path: str) -> tuple[_Route | None, dict[str, str], bool]:
        path_known = False
        for route in _routes():
            match = route.regex.fullmatch(path)
            if match is None:
                continue
            path_known = True
            if route.method == method.upper():
                values = {name: unquote(match.group(f"p{i}")) for i, name in enumerate(route.names)}
                return route, values, True
        return None, {}, path_known

    @staticmethod
    def _json_or_none(request: httpx.Request) -> Any:
        if not request.content or _media(request.headers.get("content-type")) not in (_JSON, ""):
            return None
        try:
            return json.loads(request.content)
        except (ValueError, UnicodeDecodeError):
            return None

    def _validate(self, route: _Route, path_values: dict[str, str], request: httpx.Request) -> list[Violation]:
        violations: list[Violation] = []
        for param, pointer in route.parameters:
            where, name = param["in"], param["name"]
            if where == "path":
                raw: str | None = path_values.get(name)
            elif where == "query":
                raw = request.url.params.get(name) or None  # Prism treats ?page= as no page at all
            elif where == "header":
                raw = request.headers.get(name)
            else:
                continue
            if raw is None:
                if param.get("required"):
                    message = f"Request {where} must have required property '{name}'"
                    violations.append(Violation(("request", where), "required", message))
                continue
            if "schema" not in param:
                continue
            # Prism reports parameters under their lower-cased names.
            located = ("request", where, name.lower())
            violations += _violations(_validator(pointer), _coerce(raw, param["schema"]), located)
        body_spec = _resolve(route.operation.get("requestBody"))
        if isinstance(body_spec, dict):
            violations += self._validate_body(route, body_spec, request)
        return violations

    def _validate_body(self, route: _Route, body_spec: dict[str, Any], request: httpx.Request) -> list[Violation]:
        content = body_spec.get("content", {})
        if not request.content:
            if body_spec.get("required"):
                return [Violation(("request",), "required", "Body parameter is required")]
            return []
        media = _media(request.headers.get("content-type")) or _JSON
        if media in (_XML, "text/xml") and _XML in content:
            return []  # Prism cannot validate XML bodies and accepts them as they are
        if media not in content:
            return [Violation(("request",), "415", f"Supported content types: {','.join(content)}")]
        try:
            document = json.loads(request.content)
        except (ValueError, UnicodeDecodeError) as exc:
            return [Violation(("request", "body"), "invalid_json", f"Invalid JSON: {exc}")]
        schema = content[media].get("schema")
        if schema is None:
            return []
        escaped = route.template.replace("~", "~0").replace("/", "~1")
        pointer = f"paths/{escaped}/{route.method.lower()}/requestBody"
        if "$ref" in (route.operation.get("requestBody") or {}):
            pointer = route.operation["requestBody"]["$ref"].removeprefix("#/")
        validator = _validator(f"{pointer}/content/{media.replace('/', '~1')}/schema")
        return _violations(validator, document, ("request", "body"))

    def _record(
        self,
        request: httpx.Request,
        path: str,
        operation_id: str | None,
        body: Any,
        status: int,
        violations: tuple[Violation, ...],
    ) -> FakeCall:
        headers = {k: (_REDACTED if k.lower() == "authorization" else v) for k, v in request.headers.items()}
        call = FakeCall(
            method=request.method,
            path=path,
            operation_id=operation_id,
            query=dict(request.url.params),
            headers=headers,
            content=request.content,
            json=body,
            status_code=status,
            violations=violations,
        )
        with self._lock:
            self._calls.append(call)
        return call

    def _configured(self, op: dict[str, Any], chosen: FakeResponse, request: httpx.Request) -> httpx.Response:
        if chosen.content is not None:
            return httpx.Response(chosen.status_code, content=chosen.content, headers=dict(chosen.headers))
        if chosen.json is not None:
            return httpx.Response(chosen.status_code, json=chosen.json, headers=dict(chosen.headers))
        response = self._example_response(op, str(chosen.status_code), None, request)
        if response.status_code != chosen.status_code:  # the spec has no body for this status
            response = httpx.Response(chosen.status_code)
        response.headers.update(dict(chosen.headers))
        return response

    def _example_response(
        self, op: dict[str, Any], status: str, example_name: str | None, request: httpx.Request
    ) -> httpx.Response:
        described = _resolve(op.get("responses", {}).get(status))
        if not isinstance(described, dict):
            return httpx.Response(int(status) if status.isdigit() else 500)
        content = described.get("content", {})
        if not content:
            return httpx.Response(int(status))
        xml = _wants_xml(request.headers.get("accept")) and _XML in content
        media = _XML if xml else (_JSON if _JSON in content else next(iter(content)))
        example = _example(content[media], example_name)
        if xml:
            schema_ref = content[media].get("schema", {}).get("$ref", "")
            body = _xml_body(schema_ref.rsplit("/", 1)[-1], example)
            return httpx.Response(int(status), content=body, headers={"Content-Type": _XML})
        return httpx.Response(int(status), json=example, headers={"Content-Type": media})


def _example(media: Mapping[str, Any], name: str | None) -> Any:
    examples = media.get("examples") or {}
    if name is not None and name in examples:
        return _resolve(examples[name]).get("value")
    if examples:
        return _resolve(next(iter(examples.values()))).get("value")
    if "example" in media:
        return media["example"]
    return {}


def _xml_body(schema_name: str, example: Any) -> bytes:
    """The example written by the SDK's own XML encoder, shaped by the schema's xml keywords."""
    from tnz_api import models

    model_cls = getattr(models, schema_name, None)
    if model_cls is None or not isinstance(example, dict):
        return b'<?xml version="1.0" encoding="utf-8"?>\n<root />'
    return _xml.encode(model_cls.from_dict(example))


def iter_operations() -> Iterator[tuple[str, str, str]]:
    """(operationId, method, path template) of every operation the fake serves."""
    for route in _routes():
        yield route.operation_id, route.method, route.template
