"""Prism or the in-process fake behind one interface, for tests that must pass on both."""

from __future__ import annotations

import httpx

from tnz_ext import AsyncTNZClient, TNZClient
from tnz_ext.testing import PrismMock, TNZFake


class Backend:
    """Prism or the fake behind one interface: clients and raw httpx clients pointed at it."""

    def __init__(self, name: str, prism: PrismMock | None = None, fake: TNZFake | None = None) -> None:
        self.name, self.prism, self.fake = name, prism, fake
        self.url = prism.url if prism is not None else "http://tnz-fake.invalid"

    def client(self, **config: object) -> TNZClient:
        if self.fake is not None:
            return self.fake.client(**config)
        return TNZClient(base_url=self.url, **config)  # type: ignore[arg-type]

    def async_client(self, **config: object) -> AsyncTNZClient:
        if self.fake is not None:
            return self.fake.async_client(**config)
        return AsyncTNZClient(base_url=self.url, **config)  # type: ignore[arg-type]

    def httpx_args(self) -> dict[str, object]:
        """Extra httpx.Client arguments (the fake's transport) for clients built by hand."""
        return {"transport": self.fake} if self.fake is not None else {}

    def http(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30, **self.httpx_args())  # type: ignore[arg-type]
