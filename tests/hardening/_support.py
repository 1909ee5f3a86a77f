"""Helpers of the hardening tests: one way to call the public API through either client (sync, or
async on each of its transports), so every class of input is tried on all three.

``sync`` is TNZClient over an injected httpx.Client (httpx.Client.send); ``sync-owned`` is the
TNZClient that builds its own client (its transport driven directly); ``async`` is AsyncTNZClient
over an injected httpx.AsyncClient (httpx's own transport); ``async-aiohttp`` is the client as the
``aiohttp`` extra builds it (its own aiohttp session)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Literal

import httpx

from tnz_ext import AsyncTNZClient, TNZClient

TOKEN = "hardening-token-7c1f"
Kind = Literal["sync", "sync-owned", "async", "async-aiohttp"]


def _resolve(client: Any, path: str) -> Callable[..., Any]:
    target = client
    for part in path.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def invoke(kind: Kind, config: dict[str, Any], path: str, *args: Any, **kwargs: Any) -> Any:
    """``client.<path>(*args, **kwargs)`` on a fresh TNZClient or AsyncTNZClient built from ``config``.

    The test servers speak plain HTTP, so the httpx client is built without TLS certificates
    (loading them costs ~0.3 s a client on a busy machine); the TNZ client is the real one.
    """
    config = {"auth_token": TOKEN, **config}
    if kind == "sync-owned":
        with TNZClient(**config) as client:
            return _resolve(client, path)(*args, **kwargs)
    if kind == "sync":
        with httpx.Client(verify=False) as http, TNZClient(http_client=http, **config) as client:
            return _resolve(client, path)(*args, **kwargs)

    async def run() -> Any:
        if kind == "async-aiohttp":
            async with AsyncTNZClient(transport="aiohttp", **config) as client:
                return await _resolve(client, path)(*args, **kwargs)
        async with httpx.AsyncClient(verify=False) as http, AsyncTNZClient(http_client=http, **config) as client:
            return await _resolve(client, path)(*args, **kwargs)

    return asyncio.run(run())


def build(kind: Kind, **config: Any) -> Any:
    """A client of ``kind`` (construction only: for configuration checks)."""
    config = {"auth_token": TOKEN, **config}
    if kind == "sync-owned":
        return TNZClient(**config)
    if kind == "sync":
        return TNZClient(http_client=httpx.Client(verify=False), **config)
    if kind == "async-aiohttp":
        return AsyncTNZClient(transport="aiohttp", **config)
    return AsyncTNZClient(http_client=httpx.AsyncClient(verify=False), **config)
