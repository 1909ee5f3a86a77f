"""``python -m bench``: run every benchmark against a loopback server and write the report."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import _async, _cases, _deps, _report
from ._server import LoopbackServer

DEFAULT_OUT = Path(__file__).resolve().parent / "results.md"
README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- bench:start -->", "<!-- bench:end -->"


def update_readme(report: str, readme: Path = README) -> bool:
    """Put the report between the README's bench markers, so the README carries the latest run."""
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return False
    # Drop the report's title and demote its sections under the README's "## Performance".
    body = "\n".join("#" + line if line.startswith("##") else line for line in report.splitlines()[1:]).strip()
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    readme.write_text(f"{head}{START}\n{body}\n{END}{tail}", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="tiny counts (smoke test): checks the harness, not speed")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the markdown (bench/results.md)")
    parser.add_argument(
        "--server", choices=["asyncio", "threading"], default="asyncio",
        help="loopback server: asyncio (default, cheap per request) or http.server.ThreadingHTTPServer",
    )  # fmt: skip
    parser.add_argument("--deps", action="store_true", help="only the dependency choices (bench/_deps.py)")
    args = parser.parse_args(argv)
    if args.deps:
        print(_deps.main(args.out, lambda message: print(message, file=sys.stderr, flush=True), quick=args.quick))
        return 0
    sizes = _cases.Sizes.quick() if args.quick else _cases.Sizes.full()

    def log(message: str) -> None:
        print(message, file=sys.stderr, flush=True)

    started = time.perf_counter()
    with LoopbackServer(args.server) as server:
        log(f"loopback server ({args.server}) on {server.url}, pid {server.pid}")
        throughput = _cases.throughput(server.url, sizes, log)
        large = _cases.large_payload(server.url, sizes, log)
        xml = _cases.xml_vs_json(server.url, sizes, log)
    latency = _cases.with_latency(args.server, sizes, log)
    matrix = _async.async_matrix(
        args.server, sizes.matrix_rounds, sizes.matrix_base, sizes.matrix_waves, log, warm=sizes.matrix_warm
    )
    imports = _cases.import_times(sizes, log)
    report = _report.render(
        throughput, latency, large, xml, imports, sizes, matrix, quick=args.quick, server=args.server,
        elapsed=time.perf_counter() - started,
    )  # fmt: skip
    print(report)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n" + _deps.kept_section(args.out), encoding="utf-8")  # keeps --deps' section
    log(f"written to {args.out}")
    if not args.quick and args.out == DEFAULT_OUT and update_readme(report):
        log(f"and to the Performance section of {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
