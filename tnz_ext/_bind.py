"""What the generated surface (``_surface.py``) stands on: namespaces, bound operations, pagers.

The surface is generated from the spec so every keyword is in a real signature; this module
holds the few lines of behaviour it shares, written once for sync and async. It knows the
clients only through ``_execute`` (a Protocol), so it imports neither of them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from ._call import Call, RawResponse

__all__ = ["AsyncNamespace", "AsyncOperation", "Namespace", "Operation", "apages", "pages"]

T = TypeVar("T")


class SyncExecutor(Protocol):
    def _execute(self, call: Call[T]) -> RawResponse[T]: ...


class AsyncExecutor(Protocol):
    async def _execute(self, call: Call[T]) -> RawResponse[T]: ...


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


class AsyncOperation:
    """One operation bound to an async client: await it for the parsed result, ``.raw(...)`` for the whole answer."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncExecutor) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<operation {type(self).__name__} of {self._client!r}>"


def _next_page(page: Any, requested: int, per_page: int | None, items: Sequence[Any]) -> int | None:
    """The next page number, or None when this page was the last one.

    List responses carry Page/PageCount; the SMS-received poll carries none, so a short or
    empty page ends it (TNZ's documented default page size is 100).
    """
    number = getattr(page, "page", None)
    number = number if isinstance(number, int) else requested
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
        yield from items
        page_no = _next_page(page, page_no, per_page, items)


async def apages(
    client: AsyncExecutor, build: Callable[[int], Call[Any]], attr: str, start: int | None, per_page: int | None
) -> AsyncIterator[Any]:
    """Every item of ``attr`` on every page, from page ``start`` (default 1), fetched as needed."""
    page_no: int | None = start or 1
    while page_no is not None:
        page = (await client._execute(build(page_no))).parsed
        items = _items(page, attr)
        for item in items:
            yield item
        page_no = _next_page(page, page_no, per_page, items)
