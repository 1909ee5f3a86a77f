"""TNZClient and AsyncTNZClient: one pooled httpx client each, typed results, safe retries.

Each operation is a builder in ``_operations``; the namespaces (``client.messaging``...) are
generated into ``_surface`` from the spec, so every documented field is a typed keyword, and
each operation has ``.raw(...)`` for the full response. Everything that can be checked is
checked before the first byte leaves, and every error after that carries the MessageID.
"""

from __future__ import annotations

import builtins
import enum
import functools
import json
import math
import os
import re
import time
from collections.abc import Mapping, Sequence
from datetime import tzinfo
from typing import Any, Literal, NamedTuple, Self, TypeVar

import attrs
import httpx
from tnz_api.models import (
    ActionResponse,
    ContactModel,
    ErrorResponse,
    SendResponse,
    SMSReplyResponse,
    StatusResponse,
)

from . import _reconcile
from ._call import Call, RawResponse, Settings
from ._config import Secret, TokenAuth, check_bool, check_int, check_prefixes, check_seconds, check_timeout, redact
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TimeoutError,
    TNZError,
    TransportError,
    ValidationError,
)
from ._files import MAX_REQUEST_BYTES
from ._json import json_body
from ._log import configure_logging, logger
from ._reconcile import ReconcilePolicy, Reconciliation
from ._retry import RETRYABLE_STATUSES, RetryPolicy, retry_after
from ._surface import (
    Actions,
    AddressBook,
    AsyncActions,
    AsyncAddressBook,
    AsyncMessaging,
    AsyncReports,
    Messaging,
    Reports,
)
from ._times import local_time
from ._transport import (
    DEADLINE,
    AiohttpWire,
    AsyncTransportName,
    ResponseTooLarge,
    async_http_client,
    declared_too_large,
    may_have_been_sent,
    sync_http_client,
    wire_extensions,
)
from ._validate import validate_body, validate_query
from ._version import __version__

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "AsyncTNZClient",
    "TNZClient",
]

DEFAULT_BASE_URL = "https://api.tnz.co.nz/api/v2.04"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
#: A whole call (every attempt, every read, every backoff) ends after this many seconds.
DEFAULT_DEADLINE = 120.0
#: TNZ's answers are a few kB; 16 MiB leaves room for a long status report and bounds a gzip bomb.
DEFAULT_MAX_RESPONSE_BYTES = 16 * 1024 * 1024

T = TypeVar("T")
E = TypeVar("E", bound=APIError)
Format = Literal["json", "xml"]
_MEDIA = {"json": "application/json; encoding='utf-8'", "xml": "application/xml; encoding='utf-8'"}


@functools.cache
def _user_agent() -> str:
    # The version is a constant, not an importlib.metadata lookup: a vendored copy or a zipapp has
    # no distribution metadata, and the lookup would crash the first client (and costs ~5 ms).
    return f"tnz-sdk/{__version__} httpx/{httpx.__version__}"


class _Prepared(NamedTuple):
    """A request ready to go: nothing below this point can fail on the caller's input."""

    method: str
    url: httpx.URL
    params: dict[str, Any]
    content: bytes | None
    message_id: str | None
    idempotent: bool
    model: type[Any]


class _RouteOnly:
    """Stands in for the body in a generated ``_get_kwargs``: it is asked for the method and URL,
    and the body it would encode (a second ``to_dict()`` of the whole request) is not wanted."""

    def to_dict(self) -> dict[str, Any]:
        return {}


_ROUTE_ONLY = _RouteOnly()


def _check_base_url(value: object) -> str:
    """An http(s) URL with a host and nothing that could re-route the calls (query, fragment, user info)."""
    if value is None or value == "":
        return DEFAULT_BASE_URL
    if not isinstance(value, str) or not value.isprintable() or any(c.isspace() for c in value):
        raise ValidationError("base_url", f"must be an http(s) URL without spaces or control characters, not {value!r}")
    if "?" in value or "#" in value:
        raise ValidationError("base_url", f"must not contain '?' or '#' (they would re-route every call): {value!r}")
    try:
        url = httpx.URL(value.rstrip("/"))
    except httpx.InvalidURL as exc:
        raise ValidationError("base_url", f"{value!r} is not a URL ({exc})") from None
    if url.scheme not in {"http", "https"} or not url.host:
        raise ValidationError("base_url", f"must be an http(s) URL, not {value!r}")
    if url.userinfo:
        raise ValidationError("base_url", "must not carry user:password (the auth token authenticates)")
    return value.rstrip("/")


class _Core:
    """Configuration, request preparation and response handling shared by both clients."""

    _owns_http = True  # False for an injected http_client: its own settings (timeout...) are the caller's

    def __init__(
        self,
        *,
        auth_token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        test_mode: bool = False,
        format: Format = "json",
        default_region: str = "NZ",
        allowed_prefixes: Sequence[str] | None = None,
        max_sms_parts: int = 3,
        timezone: str | tzinfo | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        token = auth_token if auth_token is not None else os.environ.get("TNZ_AUTH_TOKEN")
        if not token:
            raise ValidationError("auth_token", "no auth token: pass auth_token= or set TNZ_AUTH_TOKEN")
        if not isinstance(token, str) or not token.isascii() or not token.isprintable():
            raise ValidationError("auth_token", "must be printable ASCII text (the token itself is not shown)")
        if not isinstance(format, str) or format not in _MEDIA:
            raise ValidationError("format", f"must be 'json' or 'xml', not {format!r}")
        self._token = Secret(token)
        self._auth = TokenAuth(self._token)
        self.base_url = _check_base_url(base_url if base_url is not None else os.environ.get("TNZ_BASE_URL"))
        self.timeout = check_timeout(timeout)
        # An explicit timeout= applies even to an injected http_client; left at its default, the
        # injected client's own timeout is the caller's choice and stays in force.
        self._timeout_given = timeout is not DEFAULT_TIMEOUT
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise ValidationError("retry_policy", f"must be a tnz_ext.RetryPolicy, not {retry_policy!r}")
        self.retry = retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        self.format: Format = format
        #: Seconds one call may take in total (every attempt, read and backoff), None for no limit.
        self.deadline = check_seconds("deadline", deadline, allow_none=True, positive=True)
        #: Largest decoded response body accepted; a bigger one is cut off (a gzip bomb cannot inflate).
        self.max_response_bytes = check_int("max_response_bytes", max_response_bytes, minimum=1)
        if not isinstance(default_region, str) or not re.fullmatch("[A-Z]{2}", default_region, re.ASCII):
            raise ValidationError("default_region", f"must be a two-letter region such as 'NZ', not {default_region!r}")
        self.settings = Settings(
            region=default_region,
            allowed_prefixes=check_prefixes(allowed_prefixes),
            test_mode=check_bool("test_mode", test_mode),
            max_sms_parts=check_int("max_sms_parts", max_sms_parts, minimum=1),
            timezone=_zone(timezone),
        )
        headers = {"Accept": _MEDIA[format], "User-Agent": _user_agent()}
        # Built once: httpx normalises a plain dict again on every request. The token is not in
        # them: TokenAuth adds it as each request goes out, so no attribute of the client holds it.
        self._headers = httpx.Headers(headers)
        self._body_headers = httpx.Headers({**headers, "Content-Type": _MEDIA[format]})
        self._urls: dict[str, httpx.URL] = {}

    def __repr__(self) -> str:  # never the token
        return f"{type(self).__name__}(base_url={self.base_url!r}, format={self.format!r})"

    # ------------------------------------------------------------------------------ before sending
    def _prepare(self, call: Call[Any]) -> _Prepared:
        """The request, or a ValidationError: nothing a caller passes can escape as a TypeError."""
        try:
            return self._prepare_checked(call)
        except TNZError:
            raise
        except (TypeError, AttributeError, KeyError, IndexError, ValueError, OverflowError, RecursionError) as exc:
            # A check missed a wrong type: still our documented error, before any traffic.
            operation = call.module.__name__.rsplit(".", 1)[1]
            raise ValidationError(
                operation, f"an argument has the wrong type or value ({type(exc).__name__}: {exc})"
            ) from exc

    def _prepare_checked(self, call: Call[Any]) -> _Prepared:
        kwargs: dict[str, Any] = {
            key: local_time(value, key, self.settings.timezone) for key, value in call.query.items()
        }
        if kwargs:
            validate_query(call.module.__name__.rsplit(".", 1)[1], kwargs)
        content: bytes | None = None
        if call.body is not None:
            body = call.body(self.settings)
            data = validate_body(body)
            if call.extra_body:
                _merge_extra(data, call.extra_body, call.extra_at)
            if self.format == "xml":
                from ._xml import encode

                content = encode(body, data)  # the wire dict validation built: no second to_dict()
            else:
                # The model goes first: the file contents then live only in ``data``, which
                # json_body drains as it writes, so a large body is held about twice, not thrice.
                del body
                content = json_body(data)
            del data
            if len(content) > MAX_REQUEST_BYTES:
                raise ValidationError(
                    "body", f"the request is {len(content):,} bytes, over TNZ's 20 MB limit", limit=MAX_REQUEST_BYTES
                )
            kwargs["body"] = _ROUTE_ONLY
        spec = call.module._get_kwargs(*call.args, **kwargs)
        return _Prepared(
            method=spec["method"].upper(),
            url=self._url(spec["url"], cache=not call.args),
            params=spec.get("params", {}),
            content=content,
            message_id=call.message_id,
            idempotent=call.idempotent,
            model=call.model,
        )

    def _url(self, path: str, *, cache: bool) -> httpx.URL:
        """The request URL, parsed once per endpoint (httpx would parse a str on every request)."""
        url = self._urls.get(path)
        if url is None:
            url = httpx.URL(self.base_url + path)
            if cache:  # only paths without IDs in them: a handful, not one per message
                self._urls[path] = url
        return url

    def _request(
        self, http: httpx.Client | httpx.AsyncClient, prepared: _Prepared, deadline_at: float | None
    ) -> httpx.Request:
        """Built by the httpx client, so an injected client's default headers and params apply."""
        return http.build_request(
            prepared.method,
            prepared.url,
            params=prepared.params or None,  # {} would make httpx parse the URL a second time
            content=prepared.content,
            headers=self._headers if prepared.content is None else self._body_headers,
            # An injected client keeps its own timeout unless timeout= was given explicitly (the
            # call's deadline holds for both: every read is cut to the time left, or checked).
            timeout=self._timeout_within(deadline_at)
            if self._owns_http or self._timeout_given
            else httpx.USE_CLIENT_DEFAULT,
            extensions=wire_extensions(is_async=isinstance(http, httpx.AsyncClient)),
        )

    # ------------------------------------------------------------------------------ deadline and size
    def _deadline_at(self) -> float | None:
        return None if self.deadline is None else time.monotonic() + self.deadline

    def _timeout_within(self, deadline_at: float | None) -> httpx.Timeout:
        """The configured timeouts, each cut to the time left before the call's deadline."""
        if deadline_at is None:
            return self.timeout
        left = max(0.001, deadline_at - time.monotonic())
        t = self.timeout
        parts = (t.connect, t.read, t.write, t.pool)
        if all(p is not None and p <= left for p in parts):
            return t
        return httpx.Timeout(
            connect=_cap(t.connect, left), read=_cap(t.read, left), write=_cap(t.write, left), pool=_cap(t.pool, left)
        )

    def _check_deadline(self, request: httpx.Request, deadline_at: float | None) -> None:
        if deadline_at is not None and time.monotonic() > deadline_at:
            raise DeadlineExceeded(f"the call's {self.deadline:g} s deadline passed", request=request)

    def _too_large(self, prepared: _Prepared, response: httpx.Response) -> MalformedResponseError:
        return MalformedResponseError(
            f"the response to {prepared.method} {prepared.url.path} is over max_response_bytes="
            f"{self.max_response_bytes:,} once decoded: refused unread",
            status_code=response.status_code, message_id=prepared.message_id, response=response,
        )  # fmt: skip

    # ------------------------------------------------------------------------------ retry decisions
    def _fits(self, delay: float, deadline_at: float | None) -> bool:
        return deadline_at is None or time.monotonic() + delay < deadline_at

    def _retry_delay(
        self, prepared: _Prepared, attempt: int, response: httpx.Response, deadline_at: float | None
    ) -> float | None:
        status = response.status_code
        if status not in RETRYABLE_STATUSES or attempt >= self.retry.max_retries:
            return None
        # A 429 is an explicit refusal: TNZ accepted nothing, so even a send can go again.
        if not (prepared.idempotent or status == 429):
            return None
        delay = self.retry.delay_for(attempt, response)
        return delay if self._fits(delay, deadline_at) else None

    def _malformed_delay(
        self, prepared: _Prepared, attempt: int, exc: MalformedResponseError, deadline_at: float | None
    ) -> float:
        """A read that got a body it cannot parse (HTML maintenance page, JSON cut short) is retried
        like any transient fault; a send is not (it may have been accepted): the error is raised."""
        if prepared.idempotent and attempt < self.retry.max_retries:
            delay = self.retry.backoff(attempt)
            if self._fits(delay, deadline_at):
                return delay
        raise exc

    def _transport_delay(
        self, prepared: _Prepared, attempt: int, exc: httpx.RequestError, deadline_at: float | None
    ) -> float:
        """Seconds to wait before retrying, or raise the mapped error when retrying is unsafe."""
        sent = may_have_been_sent(exc)
        if attempt < self.retry.max_retries and (prepared.idempotent or not sent):
            delay = self.retry.backoff(attempt)
            if self._fits(delay, deadline_at):
                return delay
        where = f"{prepared.method} {prepared.url.path}"
        hint = " - it may have reached TNZ: check its status before sending again" if sent else ""
        error_cls = TimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
        raise error_cls(
            f"{type(exc).__name__} on {where}{hint}", message_id=prepared.message_id, request_sent=sent
        ) from exc

    def _scrub(self, exc: E) -> E:
        """Server text in an error never carries the token, nor CR/LF (log injection)."""
        exc.args = tuple(redact(a, self._token) if isinstance(a, str) else a for a in exc.args)
        if exc.api_message is not None:
            exc.api_message = redact(exc.api_message, self._token)
        exc.errors = [redact(reason, self._token) for reason in exc.errors]
        secret = self._token.reveal().encode()
        if exc.response is not None and secret in exc.response.content:  # echoed back: not kept, even raw
            exc.response._content = exc.response.content.replace(secret, b"[redacted]")
        return exc

    def _log_retry(self, prepared: _Prepared, attempt: int, delay: float, why: str) -> None:
        logger.info("retrying %s %s in %.2fs (retry %d): %s", prepared.method, prepared.url, delay, attempt + 1, why)

    # ------------------------------------------------------------------------------ after sending
    def _decode(self, content: bytes, model: type[T], message_id: str | None = None) -> T:
        """Parse a body into ``model``. A response about one message declares its MessageID
        required (so ``result.message_id`` is a plain str); when TNZ leaves the echo out, the
        MessageID the request carried is the answer, not a reason to call a sent message failed."""
        fill = message_id is not None and model in _ECHOES_MESSAGE_ID
        if self.format == "xml":
            from ._xml import _build, decode, decode_dict, parse

            if not fill:
                return decode(content, model)  # type: ignore[type-var]
            data = decode_dict(parse(content), model, require=False)
        else:
            data = json.loads(content)
            if not isinstance(data, dict):
                raise TypeError(f"expected a JSON object, got {type(data).__name__}")
        if fill and not data.get("MessageID"):
            data["MessageID"] = message_id
        if self.format == "xml":
            return _build(model, data)  # type: ignore[type-var]
        return model.from_dict(data)  # type: ignore[attr-defined, no-any-return]

    def _finish(self, prepared: _Prepared, response: httpx.Response) -> RawResponse[Any]:
        status = response.status_code
        message_id = prepared.message_id
        logger.debug("%s %s -> HTTP %d (MessageID %s)", prepared.method, prepared.url, status, message_id)
        if status != 200:
            raise self._api_error(prepared, response)
        try:
            parsed = self._decode(response.content, prepared.model, message_id)
        except Exception as exc:  # the body is not what the spec promises...
            failed = self._failure(response)  # ...unless it is TNZ's 200-with-Result=Failed
            if failed is not None:
                raise self._api_error(prepared, response, failed) from exc
            raise MalformedResponseError(
                f"HTTP 200 with a body that does not parse: {type(exc).__name__}: {exc}",
                status_code=status, message_id=message_id, response=response,
            ) from exc  # fmt: skip
        if getattr(parsed, "result", None) == "Failed":  # TNZ reports some failures with 200
            raise self._api_error(prepared, response, self._failure(response))
        _fill_contact_ids(parsed)
        message_id = message_id or getattr(parsed, "message_id", None) or None
        return RawResponse(status, response.headers, response.content, parsed, message_id, response)

    def _failure(self, response: httpx.Response) -> ErrorResponse | None:
        """The body read as TNZ's error shape, when it is one (Result=Failed)."""
        try:
            error = self._decode(response.content, ErrorResponse)
        except Exception:
            return None
        return error if error.result == "Failed" else None

    def _api_error(self, prepared: _Prepared, response: httpx.Response, error: ErrorResponse | None = None) -> APIError:
        status = response.status_code
        if error is None:
            try:
                error = self._decode(response.content, ErrorResponse)
            except Exception:
                error = None
        reasons = _reasons(error)
        api_message = "; ".join(reasons) or None
        message_id = prepared.message_id or (error.message_id if error and isinstance(error.message_id, str) else None)
        result = str(error.result) if error is not None else None
        where = f"{prepared.method} {prepared.url.path}"
        if status == 200:
            text = f"TNZ answered Result=Failed on {where}: {api_message or 'no reason given'}"
        else:
            text = f"HTTP {status} on {where}: {api_message or response.reason_phrase}"
        kwargs: dict[str, Any] = dict(
            status_code=status, result=result, api_message=api_message, message_id=message_id, response=response,
            errors=reasons,
        )  # fmt: skip
        if status in (200, 400):
            return BadRequestError(text, **kwargs)
        if status == 401:
            return AuthenticationError(text, **kwargs)
        if status == 404:
            return NotFoundError(text, **kwargs)
        if status == 429:
            limited = RateLimitError(text, **kwargs)
            limited.retry_after = retry_after(response)
            return limited
        if status >= 500:
            return ServerError(text, **kwargs)
        if error is None and status < 400:
            return MalformedResponseError(text, **kwargs)
        return APIError(text, **kwargs)


_ECHOES_MESSAGE_ID: frozenset[type] = frozenset({SendResponse, ActionResponse, StatusResponse, SMSReplyResponse})


def _zone(value: str | tzinfo | None) -> tzinfo | None:
    if value is None or isinstance(value, tzinfo):
        return value
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValidationError("timezone", f"{value!r} is not an IANA time zone name (e.g. 'Pacific/Auckland')") from exc


def _merge_extra(data: dict[str, Any], extra: Mapping[str, Any], at: str) -> None:
    """Add the caller's undocumented fields to the validated wire body, as given: they override
    nothing the SDK built (a documented field belongs in its keyword, where it is checked)."""
    target = data.get(at) if at else data
    if not isinstance(target, dict):
        raise ValidationError("extra_body", f"this request has no {at or 'body'} object to add fields to")
    for key, value in extra.items():
        if not isinstance(key, str) or not key:
            raise ValidationError("extra_body", f"keys must be non-empty strings, not {key!r}")
        if key in target:
            raise ValidationError(f"extra_body.{key}", "is already set by the SDK: pass it as its keyword instead")
        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ValidationError(
                f"extra_body.{key}", f"must be JSON data (str, number, bool, list, dict): {exc}"
            ) from None
        target[key] = value


def _reasons(error: ErrorResponse | None) -> list[str]:
    """Every reason TNZ gave: ``ErrorMessage`` (a list, as its libraries read it, or one string)
    and ``Message`` (one string, as its v2.04 reference shows), in that order, without repeats."""
    if error is None:
        return []
    found: list[str] = []
    listed = error.error_message
    for item in listed if isinstance(listed, list) else [listed]:
        if isinstance(item, str) and item.strip():
            found.append(item.strip())
    if isinstance(error.message, str) and error.message.strip():
        found.append(error.message.strip())
    return list(dict.fromkeys(found))


def _fill_contact_ids(parsed: Any) -> None:
    """Give every contact one ``contact_id``: TNZ's libraries read ``ContactID``, seed 000's table
    says ``ID``, and a user must be able to update or delete what they created either way."""
    found: list[Any] = []
    contact = getattr(parsed, "contact", None)
    if isinstance(contact, ContactModel):
        found.append(contact)
    contacts = getattr(parsed, "contacts", None)
    if isinstance(contacts, list):
        found.extend(c for c in contacts if isinstance(c, ContactModel))
    for item in found:
        if not isinstance(item.contact_id, str) and isinstance(item.id, str):
            item.contact_id = item.id


def _cap(value: float | None, left: float) -> float:
    return left if value is None else min(value, left)


class DeadlineExceeded(httpx.ReadTimeout):
    """The call's total deadline passed mid-request: handled like any timeout after sending."""


def _check_length(core: _Core, prepared: _Prepared, response: httpx.Response) -> None:
    """A declared length over the cap is refused before a byte of the body is read."""
    if declared_too_large(response.headers, core.max_response_bytes):
        raise core._too_large(prepared, response)


def _redacted(request: httpx.Request) -> httpx.Request:
    """The request as kept on a response or an error once it is out: the same, minus the token."""
    if request.headers.get("Authorization", "[redacted]") == "[redacted]":  # none, or already marked
        return request
    headers = request.headers.copy()
    headers["Authorization"] = "[redacted]"
    try:
        content = request.content  # our bodies are bytes: kept, so .content still works
    except httpx.RequestNotRead:
        return httpx.Request(
            request.method, request.url, headers=headers, stream=request.stream, extensions=request.extensions
        )
    return httpx.Request(request.method, request.url, headers=headers, content=content, extensions=request.extensions)


def _check_policy(policy: object) -> ReconcilePolicy | None:
    if policy is not None and not isinstance(policy, ReconcilePolicy):
        raise ValidationError("reconcile", f"must be a tnz_ext.ReconcilePolicy or None, not {type(policy).__name__}")
    return policy


# ---------------------------------------------------------------------------------------- options
class _Keep(enum.Enum):
    """with_options' "leave this setting as it is"."""

    KEEP = "keep"

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep.KEEP


class _Client(_Core):
    """What both clients share above _Core: namespaces and ``with_options``."""

    _owns_http: bool

    def _bind_namespaces(self) -> None:
        raise NotImplementedError

    def with_options(
        self, *, timeout: httpx.Timeout | float | _Keep | None = KEEP, max_retries: int | None = None
    ) -> Self:
        """A client with other settings that shares this one's connection pool (and is closed with it).

        Args:
            timeout: Seconds (or an httpx.Timeout; None waits forever) for each request made through the copy.
            max_retries: How many times the copy retries a call that is safe to retry.

        Returns:
            A new client of the same type; closing it leaves the pool open for this client.
        """
        clone = object.__new__(type(self))  # not copy.copy: no pickling protocol near the token
        clone.__dict__.update(self.__dict__)
        clone._owns_http = False  # closing the copy leaves the shared pool open
        # The copy's timeout applies where the original's did (an SDK-built pool, or an explicit
        # timeout=); on an injected client left at its own timeout, only an explicit one here does.
        clone._timeout_given = self._owns_http or self._timeout_given or not isinstance(timeout, _Keep)
        if not isinstance(timeout, _Keep):
            bad = isinstance(timeout, bool) or not isinstance(timeout, httpx.Timeout | int | float | None)
            if bad or (isinstance(timeout, int | float) and not 0 < timeout < math.inf):
                raise ValidationError("timeout", f"must be seconds > 0, an httpx.Timeout or None, not {timeout!r}")
            clone.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        if max_retries is not None:
            if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
                raise ValidationError("max_retries", f"must be an int >= 0, not {max_retries!r}")
            clone.retry = attrs.evolve(self.retry, max_retries=max_retries)
        clone._bind_namespaces()
        return clone


# ---------------------------------------------------------------------------------------- clients
class TNZClient(_Client):
    """Synchronous TNZ client. Use as a context manager, or call close().

    Config by argument or environment: ``auth_token``/``TNZ_AUTH_TOKEN``, ``base_url``/
    ``TNZ_BASE_URL`` (default TNZ's v2.04 host; any white-label host works). ``TNZ_LOG=debug``
    (or info) logs each request to stderr through the ``tnz_ext`` logger, never the token.

    Args:
        auth_token: Your API auth token (default: the TNZ_AUTH_TOKEN environment variable).
        base_url: The API root (default: TNZ_BASE_URL, else TNZ's v2.04 host).
        timeout: Seconds (or an httpx.Timeout; None waits forever) per request. With ``http_client``,
            that client's own timeout applies unless you pass this.
        max_retries: Retries of calls that are safe to retry (never a send that may have arrived).
        retry_policy: Backoff and retry settings (overrides ``max_retries``).
        test_mode: Send every message with Mode=Test (handled by TNZ, never delivered).
        format: "json" or "xml" on the wire.
        default_region: Region for numbers given without a country code (ISO 3166, e.g. "NZ").
        allowed_prefixes: Refuse destinations outside these E.164 prefixes (e.g. ["+64"]).
        max_sms_parts: Refuse SMS longer than this many parts (TNZ's default cap is 3).
        timezone: Your TNZ account's time zone (IANA name or tzinfo): aware datetimes you pass for
            SendTime and date filters are converted to it (naive ones are sent as they are).
        deadline: Seconds one whole call may take (every attempt, read and backoff); None for no limit.
        max_response_bytes: Largest decoded response body accepted; a bigger one is refused unread.
        reconcile: A ReconcilePolicy: settle sends whose answer was lost by polling their status.
        http_client: Your own httpx.Client (its timeout, limits, proxies and hooks apply; you close it).
    """

    def __init__(
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
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            auth_token=auth_token, base_url=base_url, timeout=timeout, max_retries=max_retries,
            retry_policy=retry_policy, test_mode=test_mode, format=format, default_region=default_region,
            allowed_prefixes=allowed_prefixes, max_sms_parts=max_sms_parts, timezone=timezone,
            deadline=deadline, max_response_bytes=max_response_bytes,
        )  # fmt: skip
        self.reconcile_policy = _check_policy(reconcile)
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ValidationError("http_client", f"must be an httpx.Client, not {type(http_client).__name__}")
        configure_logging()
        self._owns_http = http_client is None
        if http_client is not None and timeout is DEFAULT_TIMEOUT:
            self.timeout = http_client.timeout  # yours keeps its own unless you pass timeout= too
        self._direct: httpx.HTTPTransport | None = None  # the SDK's own transport, driven directly
        if http_client is None:
            http_client, self._direct = sync_http_client(timeout=self.timeout)
        self._http = http_client
        # The direct path's request headers: the client's defaults (Accept-Encoding...) under ours, merged once.
        self._merged = tuple(httpx.Headers({**http_client.headers, **h}) for h in (self._headers, self._body_headers))
        self._bind_namespaces()

    def _bind_namespaces(self) -> None:
        self.messaging = Messaging(self)
        self.actions = Actions(self)
        self.reports = Reports(self)
        self.addressbook = AddressBook(self)

    def _execute(self, call: Call[T]) -> RawResponse[T]:
        prepared = self._prepare(call)
        deadline_at = self._deadline_at()
        attempt = 0
        while True:
            request = self._request(self._http, prepared, deadline_at)
            try:
                response = self._send(prepared, request, deadline_at)
            except httpx.RequestError as exc:  # transport failures, undecodable bodies, the deadline
                delay = self._transport_delay(prepared, attempt, exc, deadline_at)
                why = type(exc).__name__
            else:
                retry_in = self._retry_delay(prepared, attempt, response, deadline_at)
                if retry_in is None:
                    try:
                        return self._finish(prepared, response)
                    except MalformedResponseError as exc:
                        delay, why = self._malformed_delay(prepared, attempt, self._scrub(exc), deadline_at), "bad body"
                    except APIError as exc:
                        self._scrub(exc)
                        raise
                else:
                    delay, why = retry_in, f"HTTP {response.status_code}"
            self._log_retry(prepared, attempt, delay, why)
            time.sleep(delay)
            attempt += 1

    def _send(self, prepared: _Prepared, request: httpx.Request, deadline_at: float | None) -> httpx.Response:
        """Send and read the body, decoded, up to ``max_response_bytes`` and within the deadline
        (on the client the SDK builds, every socket read and write is cut to the time left)."""
        token = DEADLINE.set(deadline_at)
        try:
            return self._send_within(prepared, request, deadline_at)
        except httpx.TimeoutException as exc:
            if deadline_at is None or time.monotonic() < deadline_at:
                raise
            late = DeadlineExceeded(f"the call's {self.deadline:g} s deadline passed", request=exc.request)
            raise late from exc
        finally:
            DEADLINE.reset(token)

    def _send_within(self, prepared: _Prepared, request: httpx.Request, deadline_at: float | None) -> httpx.Response:
        try:
            if self._direct is None:
                response = self._http.send(request, auth=self._auth, stream=True)
            else:
                response = self._send_direct(self._direct, request)
            try:
                _check_length(self, prepared, response)
                parts, size = [], 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.max_response_bytes:
                        raise self._too_large(prepared, response)
                    parts.append(chunk)
                    self._check_deadline(request, deadline_at)
                response._content = b"".join(parts)
            finally:
                response.close()
        except httpx.RequestError as exc:
            exc.request = _redacted(request)
            raise
        except APIError as exc:  # over max_response_bytes
            if exc.response is not None:
                exc.response.request = _redacted(request)
            raise
        response.request = _redacted(request)
        return response

    def _request(
        self, http: httpx.Client | httpx.AsyncClient, prepared: _Prepared, deadline_at: float | None
    ) -> httpx.Request:
        if self._direct is None:
            return super()._request(http, prepared, deadline_at)
        extensions = wire_extensions(is_async=False)
        extensions["timeout"] = self._timeout_within(deadline_at).as_dict()
        return httpx.Request(
            prepared.method, prepared.url, params=prepared.params or None, content=prepared.content,
            headers=self._merged[prepared.content is not None], extensions=extensions,
        )  # fmt: skip

    def _send_direct(self, transport: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        """The request straight to the SDK's own transport, the token added as httpx's auth flow
        would (what is kept on responses and errors is a redacted copy, as on the other path)."""
        if self._http.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        request.headers["Authorization"] = self._auth.value()
        response = transport.handle_request(request)
        response.request = request
        return response

    def _run(self, call: Call[T]) -> RawResponse[T]:
        return _reconcile.execute_sync(self, call, self.reconcile_policy)

    def reconcile(self, message_id: str, *, policy: ReconcilePolicy | None = None) -> Reconciliation:
        """Ask TNZ whether it has the message ``message_id`` until the answer is known (or the
        policy's deadline passes): "received", "not_received" or "unknown". Never sends it again."""
        policy = _check_policy(policy) or self.reconcile_policy or ReconcilePolicy()
        return _reconcile.reconcile_sync(self, message_id, policy)[0]

    def close(self) -> None:
        """Close the connection pool (unless you passed your own http_client, or this came from with_options)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> TNZClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncTNZClient(_Client):
    """Asynchronous TNZ client over httpx.AsyncClient. Use ``async with``, or await aclose().

    Config by argument or environment, as TNZClient (``TNZ_AUTH_TOKEN``, ``TNZ_BASE_URL``, ``TNZ_LOG``).

    Args:
        auth_token: Your API auth token (default: the TNZ_AUTH_TOKEN environment variable).
        base_url: The API root (default: TNZ_BASE_URL, else TNZ's v2.04 host).
        timeout: Seconds (or an httpx.Timeout; None waits forever) per request. With ``http_client``,
            that client's own timeout applies unless you pass this.
        max_retries: Retries of calls that are safe to retry (never a send that may have arrived).
        retry_policy: Backoff and retry settings (overrides ``max_retries``).
        test_mode: Send every message with Mode=Test (handled by TNZ, never delivered).
        format: "json" or "xml" on the wire.
        default_region: Region for numbers given without a country code (ISO 3166, e.g. "NZ").
        allowed_prefixes: Refuse destinations outside these E.164 prefixes (e.g. ["+64"]).
        max_sms_parts: Refuse SMS longer than this many parts (TNZ's default cap is 3).
        timezone: Your TNZ account's time zone (IANA name or tzinfo): aware datetimes you pass for
            SendTime and date filters are converted to it (naive ones are sent as they are).
        http_client: Your own httpx.AsyncClient (its timeout, limits, proxies and hooks apply; you close it).
        transport: "auto" (default: the SDK's own aiohttp session when the ``aiohttp`` extra is installed,
            else httpx's own; TNZ_ASYNC_TRANSPORT overrides "auto"), "httpx" or "aiohttp". Applies only
            to the client the SDK builds; ``self.transport`` says which is in use ("injected" for yours).
        max_in_flight: Cap on concurrent requests (default 16 on httpx's transport, below its keep-alive
            pool of 20; none on aiohttp's). Applies only to the client the SDK builds.
    """

    def __init__(
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
        http_client: httpx.AsyncClient | None = None,
        transport: AsyncTransportName = "auto",
        max_in_flight: int | None = None,
    ) -> None:
        super().__init__(
            auth_token=auth_token, base_url=base_url, timeout=timeout, max_retries=max_retries,
            retry_policy=retry_policy, test_mode=test_mode, format=format, default_region=default_region,
            allowed_prefixes=allowed_prefixes, max_sms_parts=max_sms_parts, timezone=timezone,
            deadline=deadline, max_response_bytes=max_response_bytes,
        )  # fmt: skip
        self.reconcile_policy = _check_policy(reconcile)
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ValidationError("http_client", f"must be an httpx.AsyncClient, not {type(http_client).__name__}")
        if max_in_flight is not None and (
            not isinstance(max_in_flight, int) or isinstance(max_in_flight, bool) or max_in_flight < 1
        ):
            raise ValidationError("max_in_flight", f"must be an int >= 1 or None, not {max_in_flight!r}")
        configure_logging()
        self._owns_http = http_client is None
        if http_client is not None and timeout is DEFAULT_TIMEOUT:
            self.timeout = http_client.timeout  # yours keeps its own unless you pass timeout= too
        self.transport: str = "injected"
        self._direct: AiohttpWire | None = None
        if http_client is None:
            http_client, self.transport, self._direct = async_http_client(
                timeout=self.timeout, transport=transport, max_in_flight=max_in_flight, base_url=self.base_url,
                max_bytes=self.max_response_bytes,
            )  # fmt: skip
        # The direct path's plain header dicts (aiohttp would normalise httpx.Headers on every request).
        self._plain = (dict(self._headers.multi_items()), dict(self._body_headers.multi_items()))
        # ...and the headers of the request it keeps: the token's place marked, as on httpx's path.
        self._kept = tuple(httpx.Headers({**plain, "Authorization": "[redacted]"}) for plain in self._plain)
        self._http = http_client
        self._bind_namespaces()

    def _bind_namespaces(self) -> None:
        self.messaging = AsyncMessaging(self)
        self.actions = AsyncActions(self)
        self.reports = AsyncReports(self)
        self.addressbook = AsyncAddressBook(self)

    async def _execute(self, call: Call[T]) -> RawResponse[T]:
        import asyncio  # here, not at the top: sync-only programs never pay for asyncio

        prepared = self._prepare(call)
        deadline_at = self._deadline_at()
        attempt = 0
        while True:
            request = self._request(self._http, prepared, deadline_at)
            try:
                response = await self._send(prepared, request, deadline_at)
            except httpx.RequestError as exc:  # transport failures, undecodable bodies, the deadline
                delay = self._transport_delay(prepared, attempt, exc, deadline_at)
                why = type(exc).__name__
            else:
                retry_in = self._retry_delay(prepared, attempt, response, deadline_at)
                if retry_in is None:
                    try:
                        return self._finish(prepared, response)
                    except MalformedResponseError as exc:
                        delay, why = self._malformed_delay(prepared, attempt, self._scrub(exc), deadline_at), "bad body"
                    except APIError as exc:
                        self._scrub(exc)
                        raise
                else:
                    delay, why = retry_in, f"HTTP {response.status_code}"
            self._log_retry(prepared, attempt, delay, why)
            await asyncio.sleep(delay)
            attempt += 1

    async def _send(self, prepared: _Prepared, request: httpx.Request, deadline_at: float | None) -> httpx.Response:
        """Send and read the body, decoded, up to ``max_response_bytes``; the deadline bounds it all."""
        import asyncio

        try:
            if deadline_at is None:
                response = await self._receive(prepared, request)
            else:
                try:
                    async with asyncio.timeout(max(0.0, deadline_at - time.monotonic())):
                        response = await self._receive(prepared, request)
                except builtins.TimeoutError:
                    raise DeadlineExceeded(f"the call's {self.deadline:g} s deadline passed", request=request) from None
        except httpx.RequestError as exc:
            exc.request = _redacted(request)
            raise
        except APIError as exc:  # over max_response_bytes
            if exc.response is not None:
                exc.response.request = _redacted(request)
            raise
        response.request = _redacted(request)
        return response

    def _request(
        self, http: httpx.Client | httpx.AsyncClient, prepared: _Prepared, deadline_at: float | None
    ) -> httpx.Request:
        if self._direct is None:
            return super()._request(http, prepared, deadline_at)
        # The aiohttp extra's direct path: the request as it will be kept on a response or an
        # error. The token is not in it; it joins the headers only as they are handed to aiohttp.
        # Built with stream= (no auto headers, no read of the body): aiohttp adds Host and
        # Content-Length as it writes.
        extensions = wire_extensions(is_async=True)
        extensions["timeout"] = self._timeout_within(deadline_at).as_dict()
        content = prepared.content or b""
        request = httpx.Request(
            prepared.method, prepared.url, params=prepared.params or None, stream=httpx.ByteStream(content),
            headers=self._kept[prepared.content is not None], extensions=extensions,
        )  # fmt: skip
        request._content = content
        return request

    async def _receive(self, prepared: _Prepared, request: httpx.Request) -> httpx.Response:
        if self._direct is not None:
            headers = {**self._plain[prepared.content is not None], "Authorization": self._auth.value()}
            try:
                return await self._direct.send(request, headers, self.max_response_bytes)
            except ResponseTooLarge as exc:
                raise self._too_large(prepared, exc.response) from None
        response = await self._http.send(request, auth=self._auth, stream=True)
        try:
            _check_length(self, prepared, response)
            parts, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.max_response_bytes:
                    raise self._too_large(prepared, response)
                parts.append(chunk)
            response._content = b"".join(parts)
        finally:
            await response.aclose()
        return response

    async def _run(self, call: Call[T]) -> RawResponse[T]:
        return await _reconcile.execute_async(self, call, self.reconcile_policy)

    async def reconcile(self, message_id: str, *, policy: ReconcilePolicy | None = None) -> Reconciliation:
        """Ask TNZ whether it has the message ``message_id`` until the answer is known (or the
        policy's deadline passes): "received", "not_received" or "unknown". Never sends it again."""
        policy = _check_policy(policy) or self.reconcile_policy or ReconcilePolicy()
        return (await _reconcile.reconcile_async(self, message_id, policy))[0]

    async def aclose(self) -> None:
        """Close the connection pool (unless you passed your own http_client, or this came from with_options)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncTNZClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
