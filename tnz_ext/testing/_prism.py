"""Run the TNZ mock (Stoplight Prism serving the bundled spec) for contract tests and demos.

Prism comes from npm, so it is not a Python dependency. It is looked for, in order: the
``prism=`` argument, ``$TNZ_PRISM``, ``./node_modules/.bin/prism``, ``prism`` on PATH, and
``npx --no-install @stoplight/prism-cli`` (an npx that would download is refused: tests never
reach the network). When none is there, ``PrismNotFoundError`` says what to install.

The server binds 127.0.0.1 on a free port and is stopped with its whole process tree by PID:
a POSIX process group (npx and the shims start node as a child), or on Windows a new process
group ended with ``taskkill /T``.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

__all__ = ["PrismMock", "PrismNotFoundError", "bundled_spec_path", "find_prism"]

_INSTALL_HINT = (
    "Prism (the Stoplight mock server) was not found. It needs Node.js 20+ "
    "(https://nodejs.org) and the npm package @stoplight/prism-cli: run "
    "`npm install --save-dev @stoplight/prism-cli` in your project (or `npm install -g "
    "@stoplight/prism-cli`), or point $TNZ_PRISM at the prism executable. Tests that need no "
    "Node can use the in-process fake instead (tnz_ext.testing.TNZFake / the tnz_fake fixture)."
)
_WINDOWS = sys.platform == "win32"


class PrismNotFoundError(RuntimeError):
    """Neither Prism nor an npx that can run it without downloading is installed."""


def bundled_spec_path() -> Path:
    """The spec shipped inside ``tnz_api`` (JSON form of openapi/tnz.yaml)."""
    return Path(str(importlib.resources.files("tnz_api").joinpath("openapi.json")))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def find_prism(prism: str | os.PathLike[str] | None = None, *, cwd: Path | None = None) -> list[str]:
    """The command that starts Prism (argv prefix before ``mock``), or ``PrismNotFoundError``.

    An explicit ``prism`` or ``$TNZ_PRISM`` must exist: a wrong path is an error, not a reason
    to silently pick some other Prism.
    """
    explicit = prism if prism is not None else os.environ.get("TNZ_PRISM") or None
    if explicit is not None:
        path = Path(explicit)
        if path.is_file():
            return [str(path)]
        found = shutil.which(str(explicit))
        if found:
            return [found]
        raise PrismNotFoundError(f"Prism not found at {explicit!s} (from prism= or $TNZ_PRISM). {_INSTALL_HINT}")
    base = cwd if cwd is not None else Path.cwd()
    local = base / "node_modules" / ".bin" / ("prism.cmd" if _WINDOWS else "prism")
    if local.is_file():
        return [str(local)]
    on_path = shutil.which("prism")
    if on_path:
        return [on_path]
    npx = shutil.which("npx")
    if npx and _npx_has_prism(npx, base):
        return [npx, "--no-install", "@stoplight/prism-cli"]
    if not shutil.which("node"):
        raise PrismNotFoundError(f"Node.js is not installed. {_INSTALL_HINT}")
    raise PrismNotFoundError(_INSTALL_HINT)


def _npx_has_prism(npx: str, cwd: Path) -> bool:
    """Whether npx can run Prism from what is installed (``--no-install`` fails rather than download)."""
    try:
        done = subprocess.run(
            [npx, "--no-install", "@stoplight/prism-cli", "--version"],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


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
        self._prism_arg = prism
        self.dynamic = dynamic
        self.seed = seed
        self.log_path = Path(log_path) if log_path is not None else None
        self.startup_timeout = startup_timeout
        self.port = 0
        self.command: list[str] = []
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def prism(self) -> Path:
        """The Prism executable in use (found on first access or at start())."""
        if not self.command:
            self.command = find_prism(self._prism_arg)
        return Path(self.command[0])

    @property
    def url(self) -> str:
        """Where the mock listens (``http://127.0.0.1:<port>``), once started."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int | None:
        """The PID of the Prism process (the leader of its process group), while it runs."""
        return self._process.pid if self._process is not None else None

    def start(self) -> PrismMock:
        """Find Prism, start it on a free loopback port and wait until it answers."""
        if not self.command:
            self.command = find_prism(self._prism_arg)
        self.port = _free_port()
        args = [*self.command, "mock", str(self.spec), "-h", "127.0.0.1", "-p", str(self.port), "-v", "warn"]
        if self.dynamic:
            args.append("-d")
            if self.seed is not None:
                args += ["--seed", str(self.seed)]
        log = open(self.log_path, "ab") if self.log_path is not None else subprocess.DEVNULL  # noqa: SIM115
        # Its own process group, so stop() reaches node children that npx and the shims start.
        group: dict[str, Any] = (
            {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined,unused-ignore]
            if _WINDOWS
            else {"start_new_session": True}
        )
        try:
            self._process = subprocess.Popen(
                args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, **group
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
                code = self._process.returncode
                self._process = None
                raise RuntimeError(f"Prism exited with code {code}; see {self.log_path or 'its output (log_path=)'}")
            try:
                httpx.get(self.url + "/", timeout=1.0)  # any answer (404 included) means it is up
                return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"Prism did not answer within {self.startup_timeout} s; see {self.log_path}")

    def stop(self) -> None:
        """Stop Prism and every process it started; safe to call twice."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        if _WINDOWS:
            _stop_windows_tree(process)
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        # The leader may exit before its children: make sure nothing of the group outlives it.
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)

    def __enter__(self) -> PrismMock:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def _stop_windows_tree(process: subprocess.Popen[bytes]) -> None:
    """Windows has no process groups to signal: CTRL_BREAK reaches the group, taskkill /T the tree.

    (CI runs on Linux, so this path is exercised only by Windows users.)
    """
    with contextlib.suppress(OSError, ValueError):
        process.send_signal(signal.CTRL_BREAK_EVENT)  # type: ignore[attr-defined,unused-ignore]
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=5)
    # npx/cmd shims leave node running after the parent exits: end the whole tree by PID.
    with contextlib.suppress(OSError, subprocess.TimeoutExpired):
        subprocess.run(
            ["taskkill", "/PID", str(process.pid), "/T", "/F"],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=30,
            check=False,
        )
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
