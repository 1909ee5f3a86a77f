"""TNZClient and AsyncTNZClient: one pooled httpx client each, typed results, safe retries.

Each operation is a builder in ``_operations``; the namespaces (``client.messaging``...) are
generated into ``_surface`` from the spec, so every documented field is a typed keyword, and
each operation has ``.raw(...)`` for the full response. Everything that can be checked is
checked before the first byte leaves, and every error after that carries the MessageID.
"""

from __future__ import annotations

import asyncio
import enum
import functools
import json
import math
import os
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

from ._call import Call, RawResponse, Settings
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TimeoutError,
    TransportError,
    ValidationError,
)
from ._files import MAX_REQUEST_BYTES
from ._json import json_body
from ._log import configure_logging, logger
from ._retry import RETRYABLE_STATUSES, RetryPolicy, never_sent, retry_after
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
from ._validate import validate_body
from ._version import __version__

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "AsyncTNZClient", "TNZClient"]

DEFAULT_BASE_URL = "https://api.tnz.co.nz/api/v2.04"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)

T = TypeVar("T")
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


class _Core:
    """Configuration, request preparation and response handling shared by both clients."""

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
    ) -> None:
        token = auth_token if auth_token is not None else os.environ.get("TNZ_AUTH_TOKEN")
        if not token:
            raise ValidationError("auth_token", "no auth token: pass auth_token= or set TNZ_AUTH_TOKEN")
        if not token.isascii() or not token.isprintable():
            raise ValidationError("auth_token", "must be printable ASCII (the token itself is not shown)")
        if format not in _MEDIA:
            raise ValidationError("format", f"must be 'json' or 'xml', not {format!r}")
        self._token = token
        self.base_url = (base_url or os.environ.get("TNZ_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        if httpx.URL(self.base_url).scheme not in {"http", "https"} or not httpx.URL(self.base_url).host:
            raise ValidationError("base_url", f"must be an http(s) URL, not {self.base_url!r}")
        self.timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self.retry = retry_policy if retry_policy is not None else RetryPolicy(max_retries=max_retries)
        self.format: Format = format
        self.settings = Settings(
            region=default_region,
            allowed_prefixes=tuple(allowed_prefixes) if allowed_prefixes is not None else None,
            test_mode=test_mode,
            max_sms_parts=max_sms_parts,
            timezone=_zone(timezone),
        )
        headers = {"Authorization": f"Basic {token}", "Accept": _MEDIA[format], "User-Agent": _user_agent()}
        # Built once: httpx normalises a plain dict again on every request.
        self._headers = httpx.Headers(headers)
        self._body_headers = httpx.Headers({**headers, "Content-Type": _MEDIA[format]})
        self._urls: dict[str, httpx.URL] = {}

    def __repr__(self) -> str:  # never the token
        return f"{type(self).__name__}(base_url={self.base_url!r}, format={self.format!r})"

    # ------------------------------------------------------------------------------ before sending
    def _prepare(self, call: Call[Any]) -> _Prepared:
        kwargs: dict[str, Any] = {
            key: local_time(value, key, self.settings.timezone) for key, value in call.query.items()
        }
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

    def _request(self, http: httpx.Client | httpx.AsyncClient, prepared: _Prepared) -> httpx.Request:
        """Built by the httpx client, so an injected client's default headers and params apply."""
        return http.build_request(
            prepared.method,
            prepared.url,
            params=prepared.params or None,  # {} would make httpx parse the URL a second time
            content=prepared.content,
            headers=self._headers if prepared.content is None else self._body_headers,
            timeout=self.timeout,
        )

    # ------------------------------------------------------------------------------ retry decisions
    def _retry_delay(self, prepared: _Prepared, attempt: int, response: httpx.Response) -> float | None:
        if response.status_code in RETRYABLE_STATUSES and prepared.idempotent and attempt < self.retry.max_retries:
            return self.retry.delay_for(attempt, response)
        return None

    def _transport_delay(self, prepared: _Prepared, attempt: int, exc: httpx.RequestError) -> float:
        """Seconds to wait before retrying, or raise the mapped error when retrying is unsafe."""
        sent = not never_sent(exc)
        if attempt < self.retry.max_retries and (prepared.idempotent or not sent):
            return self.retry.backoff(attempt)
        where = f"{prepared.method} {prepared.url.path}"
        hint = " - it may have reached TNZ: check its status before sending again" if sent else ""
        error_cls = TimeoutError if isinstance(exc, httpx.TimeoutException) else TransportError
        raise error_cls(
            f"{type(exc).__name__} on {where}{hint}", message_id=prepared.message_id, request_sent=sent
        ) from exc

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
        clone._owns_http = False
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
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            auth_token=auth_token, base_url=base_url, timeout=timeout, max_retries=max_retries,
            retry_policy=retry_policy, test_mode=test_mode, format=format, default_region=default_region,
            allowed_prefixes=allowed_prefixes, max_sms_parts=max_sms_parts, timezone=timezone,
        )  # fmt: skip
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ValidationError("http_client", f"must be an httpx.Client, not {type(http_client).__name__}")
        configure_logging()
        self._owns_http = http_client is None
        if http_client is not None and timeout is DEFAULT_TIMEOUT:
            self.timeout = http_client.timeout  # yours keeps its own unless you pass timeout= too
        self._http = http_client if http_client is not None else httpx.Client(timeout=self.timeout)
        self._bind_namespaces()

    def _bind_namespaces(self) -> None:
        self.messaging = Messaging(self)
        self.actions = Actions(self)
        self.reports = Reports(self)
        self.addressbook = AddressBook(self)

    def _execute(self, call: Call[T]) -> RawResponse[T]:
        prepared = self._prepare(call)
        attempt = 0
        while True:
            request = self._request(self._http, prepared)
            try:
                response = self._http.send(request)
            except httpx.RequestError as exc:  # transport failures and undecodable bodies alike
                delay = self._transport_delay(prepared, attempt, exc)
                why = type(exc).__name__
            else:
                retry_in = self._retry_delay(prepared, attempt, response)
                if retry_in is None:
                    return self._finish(prepared, response)
                delay, why = retry_in, f"HTTP {response.status_code}"
                response.close()
            self._log_retry(prepared, attempt, delay, why)
            time.sleep(delay)
            attempt += 1

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
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            auth_token=auth_token, base_url=base_url, timeout=timeout, max_retries=max_retries,
            retry_policy=retry_policy, test_mode=test_mode, format=format, default_region=default_region,
            allowed_prefixes=allowed_prefixes, max_sms_parts=max_sms_parts, timezone=timezone,
        )  # fmt: skip
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ValidationError("http_client", f"must be an httpx.AsyncClient, not {type(http_client).__name__}")
        configure_logging()
        self._owns_http = http_client is None
        if http_client is not None and timeout is DEFAULT_TIMEOUT:
            self.timeout = http_client.timeout  # yours keeps its own unless you pass timeout= too
        self._http = http_client if http_client is not None else httpx.AsyncClient(timeout=self.timeout)
        self._bind_namespaces()

    def _bind_namespaces(self) -> None:
        self.messaging = AsyncMessaging(self)
        self.actions = AsyncActions(self)
        self.reports = AsyncReports(self)
        self.addressbook = AsyncAddressBook(self)

    async def _execute(self, call: Call[T]) -> RawResponse[T]:
        prepared = self._prepare(call)
        attempt = 0
        while True:
            request = self._request(self._http, prepared)
            try:
                response = await self._http.send(request)
            except httpx.RequestError as exc:  # transport failures and undecodable bodies alike
                delay = self._transport_delay(prepared, attempt, exc)
                why = type(exc).__name__
            else:
                retry_in = self._retry_delay(prepared, attempt, response)
                if retry_in is None:
                    return self._finish(prepared, response)
                delay, why = retry_in, f"HTTP {response.status_code}"
                await response.aclose()
            self._log_retry(prepared, attempt, delay, why)
            await asyncio.sleep(delay)
            attempt += 1

    async def aclose(self) -> None:
        """Close the connection pool (unless you passed your own http_client, or this came from with_options)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncTNZClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
