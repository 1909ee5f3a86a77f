"""Items 16, 17, 18: a total deadline per call (a server dripping bytes cannot hold a call open),
a cap on the decoded response size (a gzip bomb is not inflated in full), and a pager that
stops with MalformedResponseError on a page that does not advance."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from hardening._server import Handler, Seen, serve
from hardening._support import TOKEN, Kind, invoke

from tnz_ext import (
    DEFAULT_DEADLINE,
    DEFAULT_MAX_RESPONSE_BYTES,
    AsyncTNZClient,
    MalformedResponseError,
    RetryPolicy,
    TimeoutError,
    TNZClient,
)

FAST = RetryPolicy(max_retries=2, backoff_initial=0.001, backoff_max=0.002)


def test_defaults_are_on() -> None:
    client = TNZClient(auth_token=TOKEN)
    assert client.deadline == DEFAULT_DEADLINE and DEFAULT_DEADLINE > 0
    assert client.max_response_bytes == DEFAULT_MAX_RESPONSE_BYTES
    client.close()


@pytest.mark.parametrize("path", ["reports.status", "messaging.sms"])
def test_a_dripping_server_cannot_outlast_the_deadline(kind: Kind, path: str) -> None:
    def drip(handler: Handler, seen: Seen) -> None:
        handler.drip(every=0.02, total=5.0)  # each byte well inside the read timeout

    args: tuple[Any, ...] = ("ID1",) if path == "reports.status" else ("hi",)
    kwargs: dict[str, Any] = {} if path == "reports.status" else {"to": "+64210000001"}
    with serve(drip) as server, pytest.raises(TimeoutError) as caught:
        config = {"base_url": server.url, "timeout": 0.5, "deadline": 0.3, "retry_policy": FAST}
        invoke(kind, config, path, *args, **kwargs)
    error = caught.value
    assert error.request_sent is True
    assert error.message_id == ("ID1" if path == "reports.status" else error.message_id) and error.message_id
    # The deadline covers retries too: the dripping call is not tried again after it.
    assert len(server.seen) == 1


@pytest.mark.parametrize("client", ["sync", "async-httpx", "async-aiohttp"])
def test_a_server_dripping_its_headers_cannot_outlast_the_deadline(client: str) -> None:
    """The clients as the SDK builds them: httpx's timeouts are per read, so on the sync client
    each socket read is cut to the time left (the async clients run the call under a timeout)."""

    def drip(handler: Handler, seen: Seen) -> None:
        handler.drip_headers(every=0.02, total=5.0)  # each byte well inside the 0.5 s read timeout

    config: dict[str, Any] = {"auth_token": TOKEN, "timeout": 0.5, "deadline": 0.3, "retry_policy": FAST}
    with serve(drip) as server, pytest.raises(TimeoutError) as caught:
        if client == "sync":
            with TNZClient(base_url=server.url, **config) as sync:
                sync.reports.status("ID1")
        else:

            async def run() -> None:
                transport = "httpx" if client == "async-httpx" else "aiohttp"
                async with AsyncTNZClient(base_url=server.url, transport=transport, **config) as session:
                    await session.reports.status("ID1")

            asyncio.run(run())
    assert caught.value.request_sent is True and caught.value.message_id == "ID1"
    assert "deadline" in str(caught.value.__cause__) or "deadline" in str(caught.value)
    assert len(server.seen) == 1  # the deadline covers retries too


def test_gzip_bomb_is_refused_without_inflating_it(kind: Kind) -> None:
    def bomb(handler: Handler, seen: Seen) -> None:
        handler.gzip_bomb(inflated=20 * 1024 * 1024)

    with serve(bomb) as server, pytest.raises(MalformedResponseError) as caught:
        invoke(kind, {"max_response_bytes": 1024 * 1024, "base_url": server.url}, "reports.status", "ID1")
    assert "max_response_bytes" in str(caught.value)
    assert len(server.seen) == 1  # an over-size body is not retried: it would come back the same


def test_declared_length_over_the_cap_is_refused_unread(kind: Kind) -> None:
    def large(handler: Handler, seen: Seen) -> None:
        handler.send_bytes(200, b'{"Result": "Success", "MessageID": "ID1"' + b" " * 5000 + b"}", "application/json")

    with serve(large) as server, pytest.raises(MalformedResponseError) as caught:
        invoke(kind, {"base_url": server.url, "max_response_bytes": 1000}, "reports.status", "ID1")
    assert "max_response_bytes" in str(caught.value)
    with serve(large) as server:
        invoke(kind, {"base_url": server.url, "max_response_bytes": 10_000}, "reports.status", "ID1")


def _pages(repeat_at: int) -> Any:
    def behave(handler: Handler, seen: Seen) -> None:
        asked = int(seen.query.get("page", ["1"])[0])
        page = min(asked, repeat_at)  # from repeat_at on, the server keeps answering the same page
        contacts = [{"ID": f"C{page}-{i}"} for i in range(2)]
        handler.send_json(200, {"Result": "Success", "Contacts": contacts, "Page": page, "PageCount": 10,
                                "RecordsPerPage": 2, "TotalRecords": 20})  # fmt: skip

    return behave


def test_pager_stops_on_a_page_that_does_not_advance(kind: Kind) -> None:
    with serve(_pages(repeat_at=3)) as server:
        config = {"auth_token": TOKEN, "base_url": server.url}
        seen_ids: list[str] = []
        with pytest.raises(MalformedResponseError):
            if kind in ("sync", "sync-owned"):
                sync_extra: dict[str, Any] = {} if kind == "sync-owned" else {"http_client": httpx.Client()}
                with TNZClient(**sync_extra, **config) as client:
                    for contact in client.addressbook.contacts.iter():
                        seen_ids.append(contact.id)
            else:

                async def run() -> None:
                    extra: dict[str, Any] = (
                        {"transport": "aiohttp"} if kind == "async-aiohttp" else {"http_client": httpx.AsyncClient()}
                    )
                    async with AsyncTNZClient(**extra, **config) as client:
                        async for contact in client.addressbook.contacts.iter():
                            seen_ids.append(contact.id)

                asyncio.run(run())
        assert len(server.seen) == 4  # pages 1, 2, 3, then the repeat of 3: stopped there
    assert seen_ids == ["C1-0", "C1-1", "C2-0", "C2-1", "C3-0", "C3-1"]
