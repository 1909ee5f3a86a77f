"""Fixtures for the command line (see _cli_support for the recording server)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest
from _cli_support import ROOT, RecordingServer


@pytest.fixture
def recording_server() -> Iterator[Callable[..., RecordingServer]]:
    """Start a recording server: ``recording_server(drop_every=10, hold_first=30)``."""
    started: list[RecordingServer] = []

    def start(
        *,
        drop_every: int = 0,
        hold_first: float = 0.0,
        refuse_every: int = 0,
        fail_first: int = 0,
        answer_status: int = 0,
    ) -> RecordingServer:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench._bulk_server",
                "--drop-every",
                str(drop_every),
                "--hold-first",
                str(hold_first),
                "--refuse-every",
                str(refuse_every),
                "--fail-first",
                str(fail_first),
                "--answer-status",
                str(answer_status),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        port = int(process.stdout.readline())
        server = RecordingServer(process, f"http://127.0.0.1:{port}")
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()
