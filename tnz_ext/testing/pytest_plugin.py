"""pytest fixtures for testing code that uses tnz_ext (loaded automatically: entry point ``pytest11``).

``tnz_prism``: one Prism mock for the whole session (``.url``), stopped by PID at the end. It
fails with ``PrismNotFoundError`` naming what to install when Node or Prism is missing; set
``$TNZ_PRISM`` to point at a Prism executable.

``tnz_fake``: a fresh in-process ``TNZFake`` per test (``.client()``, ``.async_client()``,
``.calls``, ``.respond(...)``), needing no Node.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tnz_ext.testing._fake import TNZFake
from tnz_ext.testing._prism import PrismMock

__all__ = ["tnz_fake", "tnz_prism"]


@pytest.fixture(scope="session")
def tnz_prism() -> Iterator[PrismMock]:
    """Prism serving the bundled spec on 127.0.0.1 and a free port, for the whole session."""
    mock = PrismMock()
    mock.start()
    try:
        yield mock
    finally:
        mock.stop()


@pytest.fixture
def tnz_fake() -> Iterator[TNZFake]:
    """An in-process TNZ that validates requests like Prism and records them."""
    fake = TNZFake()
    try:
        yield fake
    finally:
        fake.close()
