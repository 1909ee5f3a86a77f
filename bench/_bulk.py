"""``python -m bench._bulk``: the command line's numbers - bulk throughput, peak memory, start-up.

* Bulk throughput: ``tnz bulk sms`` end to end (CSV read and checked, batches journalled in
  SQLite, sent to the recording loopback server in its own process, outcomes journalled),
  recipients per second of wall time, the whole command included.
* Peak RSS of that command at 1,000,000 rows (``wait4``'s ru_maxrss of the process itself).
* ``tnz --help`` start-up: a fresh process each time, median of several.

It writes its own section into ``bench/results.md`` (between ``<!-- bench-bulk:start -->``
markers, appended if absent) and into the README's "Bulk sends" performance note, so it can run
after ``python -m bench``, which rewrites the rest of the file.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = Path(__file__).resolve().parent / "results.md"
README = ROOT / "README.md"
START, END = "<!-- bench-bulk:start -->", "<!-- bench-bulk:end -->"
MESSAGE = "Hi [[FirstName]], your code is [[Custom1]]. Reply STOP to opt out."
GOALS = {"throughput": 20_000.0, "rss_mb": 150.0, "startup_ms": 250.0}


class Run(NamedTuple):
    rows: int
    seconds: float
    cpu_seconds: float  # user + system of the tnz process (what the run costs, whatever else runs)
    rss_mb: float
    sends: int
    received: int


def write_csv(path: Path, rows: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["to", "First Name", "Custom1"])
        for n in range(rows):
            # Distinct, valid NZ mobile numbers: 021 + 7 digits (+64 21 XXX XXXX).
            writer.writerow([f"+6421{n:07d}", f"Name{n % 9973}", f"C{n}"])


def _tnz() -> list[str]:
    script = Path(sys.executable).with_name("tnz")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tnz_ext.cli"]


class _Server:
    def __enter__(self) -> _Server:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench._bulk_server", "--no-record"], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None
        self.url = f"http://127.0.0.1:{int(self.process.stdout.readline())}"
        return self

    def stats(self) -> dict[str, int]:
        import httpx

        data: dict[str, int] = httpx.get(self.url + "/__stats", timeout=30).json()
        return data

    def __exit__(self, *exc: object) -> None:
        os.kill(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()


def bulk_run(rows: int, workdir: Path, *, batch_size: int = 1000, concurrency: int = 4) -> Run:
    csv_path = workdir / f"contacts-{rows}.csv"
    if not csv_path.exists():
        write_csv(csv_path, rows)
    journal = workdir / f"run-{rows}-{time.monotonic_ns()}.sqlite"
    with _Server() as server:
        env = {**os.environ, "TNZ_AUTH_TOKEN": "bench", "TNZ_BASE_URL": server.url}
        args = [
            *_tnz(),
            "bulk",
            "sms",
            str(csv_path),
            "--message",
            MESSAGE,
            "--journal",
            str(journal),
            "--batch-size",
            str(batch_size),
            "--concurrency",
            str(concurrency),
            "--no-progress",
            "--json",
        ]
        started = time.perf_counter()
        process = subprocess.Popen(args, cwd=workdir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out = process.stdout.read() if process.stdout else b""
        err = process.stderr.read() if process.stderr else b""
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()
        if process.returncode != 0:
            raise RuntimeError(f"tnz bulk exited {process.returncode}: {err.decode()[-2000:]} {out.decode()[-500:]}")
        stats = server.stats()
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(str(journal) + suffix).unlink(missing_ok=True)
    return Run(
        rows, seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, stats["sends"], stats["recipients"]
    )


def startup_ms(rounds: int) -> dict[str, list[float]]:
    """Fresh processes, interleaved: ``tnz --help`` and, to read it against, a bare interpreter and
    ``import tnz_ext`` (which every ``tnz`` command pays: Python imports the parent package first)."""
    commands = {
        "tnz --help": [*_tnz(), "--help"],
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import tnz_ext'": [sys.executable, "-c", "import tnz_ext"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            times[name].append((time.perf_counter() - started) * 1000)
    return times


def _status(ok: bool) -> str:
    return "met" if ok else "**missed**"


def render(throughput: Run, large: Run, startups: dict[str, list[float]], *, quick: bool, elapsed: float) -> str:
    tput = throughput.rows / throughput.seconds
    startup = startups["tnz --help"]
    start = statistics.median(startup)
    lines = [
        "## Command line and bulk sends (`python -m bench._bulk`)",
        "",
        f"- Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"{platform.system()} {platform.release()}; Python {platform.python_version()}",
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; this run took {elapsed:.0f} s; "
        f"load average at the end {os.getloadavg()[0]:.1f} (wall-time figures need an idle machine)"
        + (" (**--quick: tiny counts, the numbers mean nothing**)" if quick else ""),
        "- Wire: the recording loopback server (`bench/_bulk_server.py`, stdlib ThreadingHTTPServer, its own "
        "process) parsing every request's JSON and counting its recipients.",
        f"- Command: `tnz bulk sms CONTACTS.csv --message '{MESSAGE}' --journal RUN.sqlite --batch-size 1000 "
        "--concurrency 4` (every row checked, journalled with fsync'd state changes, sent, journalled again)",
        "",
        "| measure | rows | wall time | recipients / s | CPU time (tnz) | recipients / CPU-s | peak RSS | requests "
        "| recipients received |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(
            f"| bulk end to end | {r.rows:,} | {r.seconds:.1f} s | {r.rows / r.seconds:,.0f} | {r.cpu_seconds:.1f} s | "
            f"{r.rows / r.cpu_seconds:,.0f} | {r.rss_mb:.0f} MB | {r.sends:,} | {r.received:,} |"
            for r in (throughput, large)
        ),
        "",
        f"Start-up, fresh processes interleaved, median of {len(startup)}:",
        "",
        "| command | median | min-max |",
        "|---|---:|---:|",
        *(
            f"| `{name}` | {statistics.median(t):.0f} ms | {min(t):.0f}-{max(t):.0f} ms |"
            for name, t in startups.items()
        ),
        "",
        "| target | measured | status |",
        "|---|---:|---|",
        f"| bulk ≥ 20,000 recipients/s | {tput:,.0f}/s | {_status(tput >= GOALS['throughput'])} |",
        f"| peak RSS at {large.rows:,} rows ≤ 150 MB | {large.rss_mb:.0f} MB | "
        f"{_status(large.rss_mb <= GOALS['rss_mb'])} |",
        f"| `tnz --help` ≤ 250 ms | {start:.0f} ms | {_status(start <= GOALS['startup_ms'])} |",
    ]
    return "\n".join(lines)


def write_section(path: Path, section: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    block = f"{START}\n{section}\n{END}"
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + ("\n\n" if text else "") + block + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench._bulk", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny counts (smoke test)")
    parser.add_argument("--rows", type=int, default=200_000, help="rows of the throughput run (default 200,000)")
    parser.add_argument("--large", type=int, default=1_000_000, help="rows of the memory run (default 1,000,000)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--no-readme", action="store_true", help="leave README.md alone")
    args = parser.parse_args(argv)
    rows, large_rows, rounds = (2_000, 5_000, 3) if args.quick else (args.rows, args.large, 7)
    started = time.perf_counter()
    workdir = Path(tempfile.mkdtemp(prefix="tnz-bench-bulk-"))
    try:
        print(f"bulk: {rows:,} rows...", file=sys.stderr, flush=True)
        throughput = bulk_run(rows, workdir)
        print(f"bulk: {large_rows:,} rows...", file=sys.stderr, flush=True)
        large = bulk_run(large_rows, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    startup = startup_ms(rounds)
    section = render(throughput, large, startup, quick=args.quick, elapsed=time.perf_counter() - started)
    print(section)
    write_section(args.out, section)
    if not args.quick and not args.no_readme and args.out == DEFAULT_OUT:
        write_section(README, section.replace("## Command line", "#### Command line", 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
