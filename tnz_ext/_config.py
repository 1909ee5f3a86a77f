"""Client and verifier options, checked when the object is built, and the token kept out of sight.

A wrong option found only when a request is already out (``max_retries="2"`` after a 503) loses
the error that carried the MessageID; a NaN or a string where a bool belongs can silently turn a
protection off (``test_mode="false"`` is truthy). So every option is type- and range-checked at
construction, and a ``ValidationError`` names the option.
"""

from __future__ import annotations

import math
import re
from collections.abc import Generator, Sequence
from typing import Any, NoReturn

import httpx

from ._errors import ValidationError

__all__ = [
    "Secret",
    "TokenAuth",
    "check_bool",
    "check_int",
    "check_prefixes",
    "check_seconds",
    "redact",
]

_CRLF = re.compile(r"[\r\n]+")


class Secret:
    """A string that is never shown: not by repr/str, not by ``vars()`` of its holder, not by pickle.

    ``reveal()`` is the only way to the value; it is called where the Authorization header is made.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        object.__setattr__(self, "_value", value)

    def reveal(self) -> str:
        value: str = object.__getattribute__(self, "_value")
        return value

    def __repr__(self) -> str:
        return "Secret('[redacted]')"

    __str__ = __repr__

    def __reduce__(self) -> NoReturn:
        raise TypeError("a Secret (the auth token) cannot be pickled")

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError("a Secret is read-only")


class TokenAuth(httpx.Auth):
    """Adds ``Authorization: Basic <token>`` as the request goes out, from the Secret."""

    def __init__(self, token: Secret) -> None:
        self._token = token

    def value(self) -> str:
        """The Authorization header's value (the SDK's direct paths add it without the auth flow)."""
        return f"Basic {self._token.reveal()}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self.value()
        yield request

    def __repr__(self) -> str:
        return "TokenAuth([redacted])"


def redact(text: str, token: Secret | None) -> str:
    """Server text made safe for an exception or a log line: no token, no CR/LF (log injection)."""
    if token is not None:
        value = token.reveal()
        if value:
            text = text.replace(value, "[redacted]")
    return _CRLF.sub(" ", text)


def check_bool(name: str, value: object) -> bool:
    if type(value) is not bool:
        raise ValidationError(name, f"must be True or False, not {value!r}", limit=bool)
    return value


def check_int(name: str, value: object, *, minimum: int) -> int:
    if type(value) is not int:
        raise ValidationError(name, f"must be an int >= {minimum}, not {value!r}", limit=minimum)
    if value < minimum:
        raise ValidationError(name, f"must be >= {minimum}, got {value}", limit=minimum)
    return value


def check_seconds(name: str, value: object, *, allow_none: bool = False, positive: bool = False) -> float | None:
    """A finite, non-negative number of seconds (strictly positive when ``positive``); bools refused."""
    if value is None and allow_none:
        return None
    bound = "> 0" if positive else ">= 0"
    if type(value) not in (int, float):
        expected = f"a number of seconds {bound}" + (" or None" if allow_none else "")
        raise ValidationError(name, f"must be {expected}, not {value!r}", limit=bound)
    number = float(value)  # type: ignore[arg-type]
    if not math.isfinite(number) or number < 0 or (positive and number == 0):
        raise ValidationError(name, f"must be a finite number of seconds {bound}, got {value!r}", limit=bound)
    return number


def check_prefixes(value: object) -> tuple[str, ...] | None:
    """``allowed_prefixes``: None, or a non-empty sequence of "+digits" prefixes (never a bare str)."""
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Sequence | set | frozenset):
        raise ValidationError(
            "allowed_prefixes", f"must be a list of prefixes such as ['+64'], not {value!r}", limit="list[str]"
        )
    prefixes = tuple(value)
    if not prefixes:
        raise ValidationError("allowed_prefixes", "must name at least one prefix (None allows every number)")
    for prefix in prefixes:
        if type(prefix) is not str or not re.fullmatch(r"\+[1-9][0-9]{0,14}", prefix, re.ASCII):
            raise ValidationError("allowed_prefixes", f"each prefix must look like '+64', not {prefix!r}")
    return prefixes


def check_timeout(value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        parts: Any = (value.connect, value.read, value.write, value.pool)
        for part in parts:
            check_seconds("timeout", part, allow_none=True, positive=True)
        return value
    check_seconds("timeout", value, allow_none=True, positive=True)
    return httpx.Timeout(value)  # type: ignore[arg-type]
