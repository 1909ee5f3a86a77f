"""Shared by the compat tests: the captured wire of TNZ's own library, and a raw sender to Prism.

Raw httpx on purpose: these requests must reach Prism exactly as another client would build them
(nulls, key spellings, date forms), not as tnz_ext or the generated client would.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx

from tnz_ext.testing import PrismMock

ROOT = Path(__file__).resolve().parents[2]
WIRE_FILE = Path(__file__).with_name("fixtures") / "tnzapi-2.4.2.0-wire.json"
WIRE: dict[str, Any] = json.loads(WIRE_FILE.read_text(encoding="utf-8"))
SEED_000 = ROOT / "tests" / "fixtures" / "seeds" / "tnzapi-python-v2.04-docs.txt"
SEED_001 = ROOT / "tests" / "fixtures" / "seeds" / "tnz-api-v2.04-reference.txt"
PREFIX = "/api/v2.04"
# What tnzapi sends on every request (tnzapi/_config.py:6-10 and the Basic token it adds).
LIBRARY_HEADERS = {
    "Content-Type": "application/json",
    "Accept": "application/json",
    "encoding": "utf-8",
    "Authorization": "Basic compat-token-eyJhbGciOi",
}


def seed_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def seed_lines_cited(label: str) -> set[int]:
    """The seed 000 line numbers a capture label names (``"abort seed000:615,623"``)."""
    found = re.search(r"seed000:([\d,]+)", label)
    return {int(n) for n in found.group(1).split(",") if n} if found else set()


def send_raw(
    prism: PrismMock,
    method: str,
    path: str,
    body: Any = None,
    *,
    params: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """Send one request to Prism as a non-tnz_ext client would; ``path`` may carry a query string."""
    content = None if body is None else json.dumps(body).encode()
    with httpx.Client(base_url=prism.url, timeout=httpx.Timeout(30.0)) as http:
        return http.request(method, path, params=params, content=content, headers=headers or LIBRARY_HEADERS)


def assert_accepted(response: httpx.Response) -> None:
    """Prism took the request as valid: no violations reported, the documented 200 example back."""
    assert "sl-violations" not in response.headers, response.headers["sl-violations"]
    assert response.status_code == 200, response.text
