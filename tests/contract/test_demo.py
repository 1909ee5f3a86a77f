"""`make demo` must keep working: run it as users do and check every row succeeded."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs_every_operation_and_stops_prism() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "examples.demo"], cwd=ROOT, capture_output=True, text=True, timeout=180, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "16 of 16 operations succeeded" in done.stdout
    pid = int(done.stdout.split("(pid ", 1)[1].split(")", 1)[0])
    assert not Path(f"/proc/{pid}").exists(), "Prism is still running after the demo"
