"""Run the TNZ mock (Stoplight Prism serving the bundled spec) for contract tests and demos.

Prism comes from npm, so it is not a Python dependency: point ``prism`` at its executable
(default: ``$TNZ_PRISM``, else ``node_modules/.bin/prism`` under the current directory). The
server binds 127.0.0.1 on a free port, is stopped by PID, and never talks to a real TNZ host.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
import signal
import socket
import subprocess
import time
from pathlib import Path
from types import TracebackType

import httpx

__all__ = ["PrismMock", "bundled_spec_path"]


def bundled_spec_path() -> Path:
    """The spec shipped inside ``tnz_api`` (JSON form of openapi/tnz.yaml)."""
    return Path(str(importlib.resources.files("tnz_api").joinpath("openapi.json")))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PrismMock:
    """A Prism mock server process; use as a context manager or call start()/stop().

    ``dynamic=True`` makes Prism generate random schema-valid responses (repeatable with
    ``seed``) instead of returning the spec's examples.
    """

    def __init__(
        self,
        *,
        spec: str | os.PathLike[str] | None = None,
        prism: str | os.PathLike[str] | None = None,
        dynamic: bool = False,
        seed: int | None = None,
        log_path: str | os.PathLike[str] | None = None,
        startup_timeout: float = 60.0,
    ) -> None:
        self.spec = Path(spec) if spec is not None else bundled_spec_path()
        self.prism = Path(prism or os.environ.get("TNZ_PRISM") or Path.cwd() / "node_modules" / ".bin" / "prism")
        self.dynamic = dynamic
        self.seed = seed
        self.log_path = Path(log_path) if log_path is not None else None
        self.startup_timeout = startup_timeout
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def start(self) -> PrismMock:
        """Start Prism on the bundled spec and wait until it answers (a context manager does this)."""
        if not self.prism.exists():
            raise FileNotFoundError(f"Prism not found at {self.prism}; run `npm ci` (or `make install`) first")
        self.port = _free_port()
        args = [str(self.prism), "mock", str(self.spec), "-h", "127.0.0.1", "-p", str(self.port), "-v", "warn"]
        if self.dynamic:
            args.append("-d")
            if self.seed is not None:
                args += ["--seed", str(self.seed)]
        log = open(self.log_path, "ab") if self.log_path is not None else subprocess.DEVNULL  # noqa: SIM115
        try:
            # Own process group: stop() signals Prism and the node children npx/shims may spawn.
            self._process = subprocess.Popen(
                args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True
            )
        finally:
            if log is not subprocess.DEVNULL:
                log.close()  # type: ignore[union-attr]
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"Prism exited with code {self._process.returncode}; see {self.log_path}")
            try:
                httpx.get(self.url + "/", timeout=1.0)  # any answer (404 included) means it is up
                return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"Prism did not answer within {self.startup_timeout} s; see {self.log_path}")

    def stop(self) -> None:
        """Stop the Prism process started here, by its PID (idempotent)."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)

    def __enter__(self) -> PrismMock:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
