"""Helpers for the command-line tests: the recording loopback server and a way to run ``tnz``.

The recording server (``bench/_bulk_server.py``) runs in its own process, on 127.0.0.1 and a
free port, and is stopped by PID; it counts every recipient it receives, per MessageID.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "cli-test-token"


@dataclass
class RecordingServer:
    process: subprocess.Popen[str]
    url: str

    def stats(self, *, recipients: bool = False) -> dict[str, Any]:
        response = httpx.get(f"{self.url}/__stats", params={"recipients": 1} if recipients else None, timeout=10)
        data: dict[str, Any] = response.json()
        return data

    def stop(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


def write_contacts(path: Path, rows: int, *, header: tuple[str, ...] = ("to", "First Name", "Custom1")) -> list[str]:
    """A contacts CSV of distinct NZ mobile numbers; returns the numbers in E.164."""
    numbers = [f"+64211{n:05d}" for n in range(rows)]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for n, number in enumerate(numbers):
            writer.writerow([number, f"Name{n}", f"code-{n}"][: len(header)])
    return numbers


def cli_env(base_url: str) -> dict[str, str]:
    env = {**os.environ, "TNZ_AUTH_TOKEN": TOKEN, "TNZ_BASE_URL": base_url}
    env.pop("TNZ_DEBUG", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    return env


def run_cli(args: list[str], base_url: str, *, timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """``tnz ARGS`` in a subprocess (python -m tnz_ext.cli: the console script's own entry point)."""
    return subprocess.run(
        [sys.executable, "-m", "tnz_ext.cli", *args],
        cwd=ROOT,
        env=cli_env(base_url),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def last_json(stdout: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(stdout.strip().splitlines()[-1])
    return data
