"""Fixtures of the hardening tests: the client kind (sync and async) and a real loopback server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hardening._server import Running, ok, serve
from hardening._support import Kind


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TNZ_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("TNZ_BASE_URL", raising=False)


@pytest.fixture(params=["sync", "sync-owned", "async", "async-aiohttp"])
def kind(request: pytest.FixtureRequest) -> Kind:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def server() -> Iterator[Running]:
    """A loopback server answering success to everything and recording what reached it."""
    with serve(ok) as running:
        yield running
