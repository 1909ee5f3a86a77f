"""Every tnz_ext client method, sync and async, against Prism and against the in-process fake
(the `backend` fixture): zero `sl-violations`, typed results, on both.

Requests carry real files and real WAV audio from disk, so the helpers (Base64, WAV checks,
destination normalisation) are exercised on the wire Prism validates.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _backends import Backend
from _client_calls import CALL_IDS, PAGERS, TOKEN, _method, calls

from tnz_ext import TNZClient


def test_every_public_method_is_covered() -> None:
    client = TNZClient(auth_token=TOKEN, base_url="http://127.0.0.1:9")
    covered = set(CALL_IDS) | {f"{ns}.{name}" for ns, name, *_ in PAGERS}
    namespaces = ["messaging", "actions", "reports", *(f"addressbook.{n}" for n in vars(client.addressbook))]
    public = {
        f"{ns}.{name}"
        for ns in namespaces
        for name in dir(
            type(_method(client, ns.rsplit(".", 1)[0], ns.rsplit(".", 1)[-1]) if "." in ns else getattr(client, ns))
        )
        if not name.startswith("_")
    }
    assert public == covered
    client.close()


@pytest.mark.parametrize("index", range(len(CALL_IDS)), ids=CALL_IDS)
def test_sync_method(backend: Backend, media: dict[str, Path], index: int) -> None:
    namespace, name, args, kwargs, expected = calls(media)[index]
    with backend.client(auth_token=TOKEN) as client:
        raw = _method(client, namespace, name).raw(*args, **kwargs)
    assert "sl-violations" not in raw.headers, raw.headers["sl-violations"]
    assert raw.status_code == 200
    assert isinstance(raw.parsed, expected)


@pytest.mark.parametrize("index", range(len(CALL_IDS)), ids=CALL_IDS)
async def test_async_method(backend: Backend, media: dict[str, Path], index: int) -> None:
    namespace, name, args, kwargs, expected = calls(media)[index]
    async with backend.async_client(auth_token=TOKEN) as client:
        raw = await _method(client, namespace, name).raw(*args, **kwargs)
        parsed = await _method(client, namespace, name)(*args, **kwargs)
    assert "sl-violations" not in raw.headers, raw.headers["sl-violations"]
    assert isinstance(raw.parsed, expected)
    assert isinstance(parsed, expected)


@pytest.mark.parametrize(
    ("namespace", "name", "args", "kwargs", "item"), PAGERS, ids=[f"{p[0]}.{p[1]}" for p in PAGERS]
)
def test_sync_pagers_walk_pages(
    backend: Backend, namespace: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], item: type
) -> None:
    with backend.client(auth_token=TOKEN) as client:
        items = list(_method(client, namespace, name)(*args, **kwargs))
    assert items
    assert all(isinstance(i, item) for i in items)


@pytest.mark.parametrize(
    ("namespace", "name", "args", "kwargs", "item"), PAGERS, ids=[f"{p[0]}.{p[1]}" for p in PAGERS]
)
async def test_async_pagers_walk_pages(
    backend: Backend, namespace: str, name: str, args: tuple[Any, ...], kwargs: dict[str, Any], item: type
) -> None:
    async with backend.async_client(auth_token=TOKEN) as client:
        items = [i async for i in _method(client, namespace, name)(*args, **kwargs)]
    assert items
    assert all(isinstance(i, item) for i in items)


async def test_async_requests_run_concurrently_on_one_pool(backend: Backend) -> None:
    import asyncio

    async with backend.async_client(auth_token=TOKEN) as client:
        results = await asyncio.gather(*(client.messaging.sms(f"Hello {i}", to="+6421000001") for i in range(16)))
    assert all(r.result == "Success" for r in results)


def test_test_mode_sends_mode_test(backend: Backend) -> None:
    with backend.client(auth_token=TOKEN, test_mode=True) as client:
        raw = client.messaging.sms.raw("Hello", to="+6421000001")
    assert b'"Mode":"Test"' in raw.http_response.request.content
    assert "sl-violations" not in raw.headers
