"""Session fixtures: real Prism mock servers on loopback, started and stopped by the session.

``backend`` runs a test twice, against Prism and against the in-process ``TNZFake``: the fake
promises to accept and refuse what Prism does, and this is where that promise is checked.
"""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from _backends import Backend

from tnz_ext.testing import PrismMock, TNZFake

ROOT = Path(__file__).resolve().parents[1]
LOG_DIR = ROOT / "tests" / ".logs"
DYNAMIC_SEED = 20260522


def _prism(name: str, **kwargs: object) -> Iterator[PrismMock]:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    log = LOG_DIR / f"prism-{name}.log"
    log.unlink(missing_ok=True)
    mock = PrismMock(prism=ROOT / "node_modules" / ".bin" / "prism", log_path=log, **kwargs)  # type: ignore[arg-type]
    mock.start()
    try:
        yield mock
    finally:
        mock.stop()


@pytest.fixture(autouse=True)
def _httpx_transport_under_httpx_mock(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-httpx mocks httpx's own transports only: AsyncTNZClient must not pick aiohttp's there."""
    if "httpx_mock" in request.fixturenames:
        monkeypatch.setenv("TNZ_ASYNC_TRANSPORT", "httpx")


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismMock]:
    """Prism returning the spec's examples (static mode)."""
    yield from _prism("static")


@pytest.fixture(scope="session")
def prism_dynamic() -> Iterator[PrismMock]:
    """Prism generating random schema-valid responses, repeatable through a fixed seed."""
    yield from _prism("dynamic", dynamic=True, seed=DYNAMIC_SEED)


@pytest.fixture(scope="session")
def media(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A real PDF-ish document and a real WAV (16-bit, 8 kHz) on disk."""
    root = tmp_path_factory.mktemp("media")
    pdf = root / "Sample.pdf"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    wav = root / "hello.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x01\x00" * 800)
    return {"pdf": pdf, "wav": wav}


@pytest.fixture(params=["prism", "fake"])
def backend(request: pytest.FixtureRequest) -> Iterator[Backend]:
    """Each test using it runs against real Prism and against the in-process fake."""
    if request.param == "prism":
        yield Backend("prism", prism=request.getfixturevalue("prism"))
        return
    fake = TNZFake()
    try:
        yield Backend("fake", fake=fake)
    finally:
        fake.close()
