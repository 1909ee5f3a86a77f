"""Every ```python block of the README runs, as written, against Prism (keeps the README true)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import wave
from pathlib import Path

import pytest

from tnz_ext.testing import PrismMock

ROOT = Path(__file__).resolve().parents[2]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.DOTALL)


def test_readme_has_examples() -> None:
    assert len(BLOCKS) >= 8


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_readme_example_runs(prism: PrismMock, tmp_path: Path, code: str) -> None:
    (tmp_path / "invoice.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
    with wave.open(str(tmp_path / "greeting.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x00" * 800)
    env = {**os.environ, "TNZ_AUTH_TOKEN": "readme-token", "TNZ_BASE_URL": prism.url, "TNZ_PRISM": str(prism.prism)}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
