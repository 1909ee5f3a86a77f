"""What the generated surface (``_surface.py``) stands on: namespaces, bound operations, pagers.

The surface is generated from the spec so every keyword is in a real signature; this module
holds the few lines of behaviour it shares, written once for sync and async. It knows the
clients only through ``_execute``/``_run`` (Protocols), so it imports neither of them.
"""

from __future__ import annotations

import difflib
import functools
import inspect
import re
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, ParamSpec, Protocol, TypeVar

from ._call import Call, RawResponse
from ._errors import MalformedResponseError, ValidationError

__all__ = ["AsyncNamespace", "AsyncOperation", "Namespace", "Operation", "apages", "pages", "refuse_unknown"]

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")


def refuse_unknown(where: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Turn a call that does not fit the signature (a misspelt keyword, a missing argument) into
    our ValidationError, naming the field and the keyword it probably meant.

    mypy catches these statically; at run time Python would raise a bare TypeError, and every
    public entry point raises only tnz_ext's documented errors. The signature stays the real one
    (``functools.wraps`` sets ``__wrapped__``, which inspect.signature and help() follow).
    ``where`` prefixes the field name (``"MessageData."``) as the builders' own checks do.
    """

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def checked(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return fn(*args, **kwargs)
            except TypeError as exc:
                # Raised by the call itself (binding the arguments), not by anything fn ran.
                if exc.__traceback__ is not None and exc.__traceback__.tb_next is None:
                    raise _misfit(fn, where, kwargs, exc) from None
                raise

        return checked

    return decorate


def _misfit(fn: Callable[..., Any], where: str, kwargs: dict[str, Any], exc: TypeError) -> ValidationError:
    params = inspect.signature(fn).parameters
    names = [n for n in params if n != "self"]
    for key in kwargs:
        if key not in params:
            close = difflib.get_close_matches(key, names, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            escape = "; send an undocumented field with extra_body={...}" if "extra_body" in params else ""
            return ValidationError(f"{where}{key}", f"{key!r} is not a documented field{hint}{escape}")
    message = str(exc).split("() ", 1)[-1]  # "missing 1 required keyword-only argument: 'to'"
    named = re.search(r"'(\w+)'", message)
    return ValidationError(named.group(1) if named else fn.__qualname__, message)


class SyncExecutor(Protocol):
    reconcile_policy: Any

    def _execute(self, call: Call[T]) -> RawResponse[T]: ...
    def _run(self, call: Call[T]) -> RawResponse[T]: ...


class AsyncExecutor(Protocol):
    reconcile_policy: Any

    async def _execute(self, call: Call[T]) -> RawResponse[T]: ...
    async def _run(self, call: Call[T]) -> RawResponse[T]: ...


class Namespace:
    """A group of operations bound to one client (``client.messaging``...)."""

    def __init__(self, client: SyncExecutor) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class AsyncNamespace:
    """A group of operations bound to one async client (``client.messaging``...)."""

    def __init__(self, client: AsyncExecutor) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


class Operation:
    """One operation bound to a client: call it for the parsed result, ``.raw(...)`` for the whole answer."""

    __slots__ = ("_client",)

    def __init__(self, client: SyncExecutor) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<operation {type(self).__name__} of {self._client!r}>"

    def _parsed(self, call: Call[T]) -> T:
        # Without a reconcile policy, straight to _execute; with one, _run settles a lost answer.
        client = self._client
        return (client._execute(call) if client.reconcile_policy is None else client._run(call)).parsed

    def _raw(self, call: Call[T]) -> RawResponse[T]:
        return self._client._run(call)


class AsyncOperation:
    """One operation bound to an async client: await it for the parsed result, ``.raw(...)`` for the whole answer."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncExecutor) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<operation {type(self).__name__} of {self._client!r}>"

    async def _parsed(self, call: Call[T]) -> T:
        # Without a reconcile policy, straight to _execute: one coroutine fewer per call.
        client = self._client
        return (await (client._execute(call) if client.reconcile_policy is None else client._run(call))).parsed

    async def _raw(self, call: Call[T]) -> RawResponse[T]:
        return await self._client._run(call)


def _next_page(page: Any, requested: int, per_page: int | None, items: Sequence[Any]) -> int | None:
    """The next page number, or None when this page was the last one.

    List responses carry Page/PageCount; the SMS-received poll carries none, so a short or
    empty page ends it (TNZ's documented default page size is 100).
    """
    number = getattr(page, "page", None)
    number = number if isinstance(number, int) else requested
    if number < requested:  # a page that does not advance would be fetched forever
        raise MalformedResponseError(
            f"asked for page {requested}, the server answered with page {number}: the listing does not advance",
            status_code=200,
        )
    count = getattr(page, "page_count", None)
    if isinstance(count, int):
        return number + 1 if number < count else None
    size = getattr(page, "records_per_page", None)
    size = size if isinstance(size, int) else (per_page or 100)
    return number + 1 if items and len(items) >= size else None


def _items(page: Any, attr: str) -> list[Any]:
    value = getattr(page, attr)
    return list(value) if isinstance(value, list) else []


def pages(
    client: SyncExecutor, build: Callable[[int], Call[Any]], attr: str, start: int | None, per_page: int | None
) -> Iterator[Any]:
    """Every item of ``attr`` on every page, from page ``start`` (default 1), fetched as needed."""
    page_no: int | None = start or 1
    while page_no is not None:
        page = client._execute(build(page_no)).parsed
        items = _items(page, attr)
        # Checked before yielding: a page that does not advance yields nothing twice.
        next_no = _next_page(page, page_no, per_page, items)
        yield from items
        page_no = next_no


async def apages(
    client: AsyncExecutor, build: Callable[[int], Call[Any]], attr: str, start: int | None, per_page: int | None
) -> AsyncIterator[Any]:
    """Every item of ``attr`` on every page, from page ``start`` (default 1), fetched as needed."""
    page_no: int | None = start or 1
    while page_no is not None:
        page = (await client._execute(build(page_no))).parsed
        items = _items(page, attr)
        next_no = _next_page(page, page_no, per_page, items)
        for item in items:
            yield item
        page_no = next_no
