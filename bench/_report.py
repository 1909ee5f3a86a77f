"""The markdown report: machine, throughput table, ratios, large payload, XML vs JSON, import, targets."""
# ruff: noqa: RUF001 - the report is typeset: its multiplication signs and en dashes are meant

from __future__ import annotations

import datetime
import math
import os
import platform
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version

from ._async import ASYNC_CONTENDERS, CONCURRENCIES, LATENCIES_MS, AsyncMatrix
from ._cases import CONTENDERS, IMPORT_CASES, LATENCY_MS, Imports, Large, Sizes, Throughput, XmlVsJson, median

# Every first-column label the report always has (the smoke test checks them all).
RATIO_ROWS = [
    "tnz_ext sync ÷ raw httpx",
    "tnz_ext async ÷ tnzapi",
    "generated ÷ raw httpx",
    "tnz_ext async ÷ raw httpx async",
]
LATENCY_ROWS = ["tnz_ext async ÷ tnzapi at"]
LARGE_ROWS = ["tnz_ext request preparation", "bare base64 + json.dumps", "tnz_ext email end to end"]
XML_ROWS = ["JSON (format='json')", "XML (format='xml')"]
IMPORT_ROWS = list(IMPORT_CASES)
TARGET_ROWS = [
    "sync ≥ 0.90× raw httpx",
    "async ≥ 8× tnzapi",
    "peak memory ≤ 2.5× body",
    "encode ≤ 1.5× bare",
    "XML ≤ 2× JSON",
    "import ≤ 150 ms",
]
ASYNC_TARGET_ROWS = [
    "async (aiohttp extra) ≥ 0.90× raw httpx-over-aiohttp, 64 in flight, 0 ms",
    "async (aiohttp extra) ≥ 1.20× raw sync httpx, 64 in flight, 0 ms",
    "async (aiohttp extra) ≥ 0.90× raw aiohttp, 64 in flight, 20 ms",
    "new connections per request after warm-up, AsyncTNZClient, both transports, every cell = 0",
]
ASYNC_ROWS = [c.label for c in ASYNC_CONTENDERS]
ROWS = (
    [c.label for c in CONTENDERS] + RATIO_ROWS + LATENCY_ROWS + LARGE_ROWS + XML_ROWS + IMPORT_ROWS + TARGET_ROWS
    + ASYNC_ROWS + ASYNC_TARGET_ROWS
)  # fmt: skip


def _cpu() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(dist: str) -> str:
    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def machine() -> str:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (
        f"{_cpu()}, {cores} cores available, {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()} ({platform.python_implementation()}); "
        f"httpx {_version('httpx')}, httpcore {_version('httpcore')}, anyio {_version('anyio')}, "
        f"sniffio {_version('sniffio')}, aiohttp {_version('aiohttp')}, httpx-aiohttp {_version('httpx-aiohttp')}, "
        f"requests {_version('requests')}, tnzapi {_version('tnzapi')}"
    )


def _rate(x: float) -> str:
    return f"{x:,.0f}"


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:,.1f} ms"


def _ratio(x: float) -> str:
    return "n/a" if math.isnan(x) else f"{x:.2f}×"


def _spread(values: list[float]) -> str:
    return f"{_rate(min(values))}–{_rate(max(values))}" if values else "–"


@dataclass
class Target:
    label: str
    measured: float  # nan when it could not be measured
    limit: float
    at_least: bool  # True: measured must be >= limit
    shown: str

    @property
    def status(self) -> str:
        if math.isnan(self.measured):
            return "not measured"
        ok = self.measured >= self.limit if self.at_least else self.measured <= self.limit
        return "met" if ok else "**missed**"


def targets(tp: Throughput, large: Large, xml: XmlVsJson, imports: Imports) -> list[Target]:
    def med(key: str) -> float:
        return median(tp.rates[key]) if key in tp.rates else math.nan

    sync = med("ext") / med("raw")
    peers = med("ext_async") / med("tnzapi")
    peak = large.ext_peak / large.body_bytes
    encode = median(large.ext_seconds) / median(large.bare_seconds)
    xml_ratio = median(xml.xml_seconds) / median(xml.json_seconds) if xml.missing is None else math.nan
    imported = median(imports.cached["import tnz_ext"]) * 1e3
    return [
        Target(TARGET_ROWS[0], sync, 0.90, True, _ratio(sync)),
        Target(TARGET_ROWS[1], peers, 8.0, True, _ratio(peers) if not math.isnan(peers) else "tnzapi not installed"),
        Target(TARGET_ROWS[2], peak, 2.5, False, _ratio(peak)),
        Target(TARGET_ROWS[3], encode, 1.5, False, _ratio(encode)),
        Target(TARGET_ROWS[4], xml_ratio, 2.0, False, _ratio(xml_ratio) if xml.missing is None else xml.missing),
        Target(TARGET_ROWS[5], imported, 150.0, False, f"{imported:.0f} ms"),
    ]


def _cell_median(m: AsyncMatrix, latency: float, concurrency: int, key: str) -> float:
    cell = m.cells.get((latency, concurrency, key))
    return median(cell.rates) if cell is not None and cell.rates else math.nan


def async_targets(m: AsyncMatrix) -> list[Target]:
    ext = _cell_median(m, 0.0, 64, "ext")
    over_aiohttp = ext / _cell_median(m, 0.0, 64, "raw_httpx_aiohttp")
    over_sync = ext / _cell_median(m, 0.0, 1, "raw_sync")
    at_latency = _cell_median(m, 20.0, 64, "ext") / _cell_median(m, 20.0, 64, "raw_aiohttp")
    ours = [(where, cell) for where, cell in m.cells.items() if where[2] in ("ext", "ext_httpx")]
    worst = max(ours, key=lambda item: item[1].per_request, default=None)
    churn = worst[1].per_request if worst is not None else math.nan
    shown = f"at most {churn:.4f}"
    if worst is not None and worst[1].new_connections:
        (latency, concurrency, key), cell = worst
        shown += (
            f" ({cell.new_connections} new in {cell.requests:,} requests: {key}, {latency:.0f} ms, "
            f"{concurrency} in flight)"
        )
    return [
        Target(ASYNC_TARGET_ROWS[0], over_aiohttp, 0.90, True, _ratio(over_aiohttp)),
        Target(ASYNC_TARGET_ROWS[1], over_sync, 1.20, True, _ratio(over_sync)),
        Target(ASYNC_TARGET_ROWS[2], at_latency, 0.90, True, _ratio(at_latency)),
        Target(ASYNC_TARGET_ROWS[3], churn, 0.0, False, shown),
    ]


def render_async(m: AsyncMatrix) -> list[str]:
    out: list[str] = []
    add = out.append
    add(f"## Async at 1/16/64/256 in flight ({m.rounds} rounds, contenders interleaved)")
    add("")
    add(
        "Each cell: median requests/second · new TCP connections per request after warm-up (counted by the "
        "server). The SDK's clients are built as a user gets them: `AsyncTNZClient()` drives its own aiohttp "
        'session when the aiohttp extra is installed; `transport="httpx"` caps requests in flight at 16 (its default '
        "`max_in_flight`), below httpx's 20 keep-alive connections. The sequential sync client runs once per "
        "latency (its column is 1). Before each measured round every contender runs three warm-up waves, because "
        "its pooled connections idled (and expired after 5 s) while the others ran."
    )
    for latency in LATENCIES_MS:
        add("")
        counts = ", ".join(f"{m.counts.get((latency, c), 0)}" for c in CONCURRENCIES)
        add(f"### {latency:.0f} ms server latency (requests per round at 1/16/64/256: {counts})")
        add("")
        add("| contender | " + " | ".join(f"{c} in flight" for c in CONCURRENCIES) + " |")
        add("|---|" + "---:|" * len(CONCURRENCIES))
        for contender in ASYNC_CONTENDERS:
            if contender.key in m.missing:
                add(f"| {contender.label} | {m.missing[contender.key]} |" + " – |" * (len(CONCURRENCIES) - 1))
                continue
            cells = []
            for c in CONCURRENCIES:
                cell = m.cells.get((latency, c, contender.key))
                cells.append("–" if cell is None else f"{_rate(median(cell.rates))} · {cell.per_request:.2f}")
            add(f"| {contender.label} | " + " | ".join(cells) + " |")
        add("")
        add("| ratio (of medians) | " + " | ".join(f"{c}" for c in CONCURRENCIES) + " |")
        add("|---|" + "---:|" * len(CONCURRENCIES))
        for label, a, b in (
            ("tnz_ext (aiohttp) ÷ raw httpx-over-aiohttp", "ext", "raw_httpx_aiohttp"),
            ("tnz_ext (aiohttp) ÷ raw aiohttp", "ext", "raw_aiohttp"),
            ('tnz_ext (transport="httpx") ÷ raw httpx.AsyncClient', "ext_httpx", "raw_httpx"),
            ("tnz_ext (aiohttp) ÷ raw sync httpx", "ext", "raw_sync"),
        ):
            values = [
                _cell_median(m, latency, c, a) / _cell_median(m, latency, 1 if b == "raw_sync" else c, b)
                for c in CONCURRENCIES
            ]
            add(f"| {label} | " + " | ".join(_ratio(v) for v in values) + " |")
    add("")
    add(
        "Client CPU per request (µs of the benchmark process, median of rounds; the server has its own core). "
        "Where a contender's rate is about 10⁶ ÷ its CPU per request, the client is CPU-bound: on this machine "
        "the ratios to raw aiohttp are then the ratios of CPU cost, whatever the latency."
    )
    add("")
    add("| contender | " + " | ".join(f"{lat:.0f} ms, {c} in flight" for lat in LATENCIES_MS for c in (16, 64)) + " |")
    add("|---|" + "---:|" * (2 * len(LATENCIES_MS)))
    for contender in ASYNC_CONTENDERS:
        cells = []
        for lat in LATENCIES_MS:
            for c in (16, 64):
                cell = m.cells.get((lat, 1 if contender.key == "raw_sync" else c, contender.key))
                cells.append("–" if cell is None or not cell.cpu_us else f"{median(cell.cpu_us):,.0f}")
        add(f"| {contender.label} | " + " | ".join(cells) + " |")
    add("")
    return out


def _latency_ratio(latency: Throughput) -> str:
    if "tnzapi" in latency.missing or "ext_async" in latency.missing:
        return "n/a: " + ", ".join(f"{k} {why}" for k, why in latency.missing.items())
    return _ratio(median(latency.rates["ext_async"]) / median(latency.rates["tnzapi"]))


def render(
    tp: Throughput, latency: Throughput, large: Large, xml: XmlVsJson, imports: Imports, sizes: Sizes,
    matrix: AsyncMatrix, *, quick: bool, server: str, elapsed: float,
) -> str:  # fmt: skip
    out: list[str] = []
    add = out.append
    add("# tnz benchmarks")
    add("")
    add(f"- Machine: {machine()}")
    add(f"- Date: {datetime.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')}")
    add(f"- Reproduce: `make bench` (this run: `python -m bench{' --quick' if quick else ''}`, {elapsed:.0f} s)")
    add(
        f"- Wire: a loopback HTTP/1.1 server in its own process ({server}; keep-alive, TCP_NODELAY), answering "
        "every request with TNZ's documented send response; the client and the server each get a core."
    )
    if quick:
        add("- **Quick mode** (smoke test): tiny counts, the numbers mean nothing.")
    add("")

    add(f"## SMS throughput ({sizes.rounds} rounds, contenders interleaved round-robin)")
    add("")
    add("| contender | requests / round | median req/s | min–max req/s | ÷ raw httpx |")
    add("|---|---:|---:|---:|---:|")
    raw = median(tp.rates["raw"]) if "raw" in tp.rates else math.nan
    for c in CONTENDERS:
        if c.key in tp.missing:
            add(f"| {c.label} | – | {tp.missing[c.key]} | – | – |")
            continue
        rates = tp.rates[c.key]
        add(
            f"| {c.label} | {tp.counts[c.key]} | {_rate(median(rates))} | {_spread(rates)} "
            f"| {_ratio(median(rates) / raw)} |"
        )
    add("")

    def ratio(a: str, b: str) -> str:
        if a in tp.missing or b in tp.missing:
            return "n/a: " + ", ".join(f"{k} {tp.missing[k]}" for k in (a, b) if k in tp.missing)
        return _ratio(median(tp.rates[a]) / median(tp.rates[b]))

    add("| ratio (of medians) | value |")
    add("|---|---:|")
    add(f"| {RATIO_ROWS[0]} | {ratio('ext', 'raw')} |")
    add(f"| {RATIO_ROWS[1]} | {ratio('ext_async', 'tnzapi')} |")
    add(f"| {RATIO_ROWS[2]} | {ratio('generated', 'raw')} |")
    add(f"| {RATIO_ROWS[3]} | {ratio('ext_async', 'raw_async')} |")
    add("")

    add(f"## With {LATENCY_MS:.0f} ms server latency (a network round trip; connections still open instantly)")
    add("")
    add("| contender | requests / round | median req/s | min–max req/s |")
    add("|---|---:|---:|---:|")
    for c in CONTENDERS:
        if c.key in latency.missing:
            add(f"| {c.label} | – | {latency.missing[c.key]} | – |")
        elif c.key in latency.rates:
            rates = latency.rates[c.key]
            add(f"| {c.label} | {latency.counts[c.key]} | {_rate(median(rates))} | {_spread(rates)} |")
    add("")
    add("| ratio (of medians) | value |")
    add("|---|---:|")
    add(f"| {LATENCY_ROWS[0]} {LATENCY_MS:.0f} ms | {_latency_ratio(latency)} |")
    add("")

    add(
        f"## Large payload: an email with {large.files} files, {large.file_bytes / 1e6:.1f} MB of content, "
        f"{large.body_bytes / 1e6:.1f} MB request body"
    )
    add("")
    add("| what | median | min–max | peak memory growth (tracemalloc) |")
    add("|---|---:|---:|---:|")
    add(
        f"| {LARGE_ROWS[0]} (`_prepare`: read, base64, validate, JSON bytes) | {_ms(median(large.ext_seconds))} "
        f"| {_ms(min(large.ext_seconds))}–{_ms(max(large.ext_seconds))} "
        f"| {large.ext_peak / 1e6:.1f} MB = {_ratio(large.ext_peak / large.body_bytes)} body |"
    )
    add(
        f"| {LARGE_ROWS[1]} (read, `b64encode`, one `json.dumps(...).encode()`) | {_ms(median(large.bare_seconds))} "
        f"| {_ms(min(large.bare_seconds))}–{_ms(max(large.bare_seconds))} "
        f"| {large.bare_peak / 1e6:.1f} MB = {_ratio(large.bare_peak / large.body_bytes)} body |"
    )
    add(f"| {LARGE_ROWS[2]} (prepare + send to loopback, once) | {_ms(large.send_seconds)} | – | – |")
    add("")

    add(f"## XML vs JSON: one SMS to {xml.destinations:,} destinations, end to end")
    add("")
    add("| format | median per send | min–max | request body |")
    add("|---|---:|---:|---:|")
    for label, times, size in (
        (XML_ROWS[0], xml.json_seconds, xml.json_body),
        (XML_ROWS[1], xml.xml_seconds, xml.xml_body),
    ):
        if xml.missing is not None or not times:
            add(f"| {label} | {xml.missing or 'not measured'} | – | – |")
        else:
            add(f"| {label} | {_ms(median(times))} | {_ms(min(times))}–{_ms(max(times))} | {size / 1e3:,.1f} kB |")
    add("")

    out.extend(render_async(matrix))

    add(f"## Cold import (fresh interpreters, median of {len(imports.cached['import tnz_ext'])})")
    add("")
    add("| module | bytecode cached (normal) | compiled from source (no .pyc) |")
    add("|---|---:|---:|")
    for label in IMPORT_ROWS:
        add(f"| {label} | {_ms(median(imports.cached[label]))} | {_ms(median(imports.uncached[label]))} |")
    add("")

    add("## Targets")
    add("")
    add("| target | measured | status |")
    add("|---|---:|---|")
    for t in targets(tp, large, xml, imports):
        note = ""
        if t.label == TARGET_ROWS[1] and not math.isnan(t.measured):
            note = f" (at {LATENCY_MS:.0f} ms latency: {_latency_ratio(latency)})"
        add(f"| {t.label} | {t.shown}{note} | {t.status} |")
    for t in async_targets(matrix):
        add(f"| {t.label} | {t.shown} | {t.status} |")
    add("")
    return "\n".join(out)
