"""``python -m bench --deps``: the runtime dependencies, chosen by measurement.

Two choices, each judged on what the SDK actually does with the library:

* phone numbers: ``phonenumbers`` vs ``phonenumberslite`` (the same code and number metadata,
  without the geocoder, carrier and timezone data). tnz_ext only parses, validates and formats
  to E.164 (``tnz_ext._destinations._normalise``).
* JSON Schema: ``fastjsonschema`` + ``jsonschema`` (today: a compiled check confirms valid bodies,
  jsonschema describes the invalid ones) vs ``jsonschema-rs`` alone (native, 2020-12). tnz_ext
  validates every request body against its spec schema before sending (``tnz_ext._validate``).

Each contender is installed with pip into its own scratch ``--target`` directory (the exact
versions below), so the two phone libraries, which share the import name ``phonenumbers``, never
meet, and sizes count only what the contender brings. Import and first-use times come from fresh
interpreters that see only that directory and the standard library. The report is the section of
``bench/results.md`` between ``<!-- deps:start -->`` and ``<!-- deps:end -->``; a full
``python -m bench`` run keeps it (``kept_section``).
"""

from __future__ import annotations

import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- deps:start -->", "<!-- deps:end -->"


def _pins() -> dict[str, str]:
    """Exact versions: the project's constraints.txt, then bench/constraints.txt for the challengers."""
    pins: dict[str, str] = {}
    for file in (ROOT / "constraints.txt", ROOT / "bench" / "constraints.txt"):
        for line in file.read_text(encoding="utf-8").splitlines():
            if "==" in line and not line.startswith("#"):
                name, version = line.split("==", 1)
                pins[re.sub(r"[-_.]+", "-", name).lower()] = version.strip()
    return pins


def _pin(name: str) -> str:
    return f"{name}=={_pins()[name]}"


PHONE = {"phonenumbers": ["phonenumbers"], "phonenumberslite": ["phonenumberslite"]}
SCHEMA = {"fastjsonschema + jsonschema": ["fastjsonschema", "jsonschema"], "jsonschema-rs": ["jsonschema-rs"]}
# Needed by the SDK anyway (the generated client's own dependency): not charged to a contender.
SHARED = {"attrs", "typing-extensions"}


# ------------------------------------------------------------------------------------ installing
@dataclass
class Install:
    name: str
    target: Path
    packages: dict[str, int]  # distribution -> bytes installed (no bytecode)

    @property
    def own_bytes(self) -> int:
        return sum(size for dist, size in self.packages.items() if dist not in SHARED)


def _dir_bytes(paths: list[Path]) -> int:
    total = 0
    for path in paths:
        files = [path] if path.is_file() else [f for f in path.rglob("*") if f.is_file()]
        total += sum(f.stat().st_size for f in files if "__pycache__" not in f.parts)
    return total


def install(name: str, requirements: list[str], into: Path) -> Install:
    target = into / re.sub(r"\W+", "_", name)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-compile",
         "--target", str(target), "-c", str(ROOT / "constraints.txt"), "-c", str(ROOT / "bench" / "constraints.txt"),
         *(_pin(r) for r in requirements)],
        check=True, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    packages: dict[str, int] = {}
    for dist_info in target.glob("*.dist-info"):
        dist = re.sub(r"[-_.]+", "-", dist_info.name.removesuffix(".dist-info").rsplit("-", 1)[0]).lower()
        record = (dist_info / "RECORD").read_text(encoding="utf-8").splitlines()
        files = {target / line.split(",", 1)[0] for line in record if line}
        packages[dist] = _dir_bytes([f for f in files if f.exists() and not f.name.endswith(".pyc")])
    return Install(name, target, packages)


# ----------------------------------------------------------------------------- fresh interpreters
def _fresh(code: str, path: Path | None, runs: int) -> list[float]:
    """Run ``code`` (which prints seconds) in fresh interpreters seeing only ``path`` and the stdlib."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    if path is not None:
        env["PYTHONPATH"] = str(path)
    out: list[float] = []
    for i in range(runs + 1):  # the first run writes the bytecode: not counted
        done = subprocess.run(
            [sys.executable, "-S", "-c", code], env=env, capture_output=True, text=True, timeout=120, check=True
        )
        if i:
            out.append(float(done.stdout.split()[-1]))
    return out


# ---------------------------------------------------------------------------------- phone numbers
# What tnz_ext does with a number (tnz_ext._destinations._normalise): parse with a default region,
# check it is valid, format it as E.164.
_PHONE_WORK = """
import phonenumbers
def normalise(number, region):
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException as exc:
        return "error:" + str(exc.error_type)
    if not phonenumbers.is_valid_number(parsed):
        return "invalid"
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
"""
# National and international forms from several regions, some invalid: each parsed as a fresh
# string (tnz_ext caches normalised numbers; the cost measured is the uncached one).
NUMBERS = [
    ("021 000 0001", "NZ"), ("+64 21 000 0002", "NZ"), ("(09) 500 5000", "NZ"), ("0800 123 123", "NZ"),
    ("+6495005000", "AU"), ("0412 345 678", "AU"), ("(02) 9374 4000", "AU"), ("+1 650-253-0000", "US"),
    ("650 253 0000", "US"), ("020 7946 0018", "GB"), ("+44 7700 900123", "GB"), ("030 123456", "DE"),
    ("+33 1 23 45 67 89", "FR"), ("+91 98765 43210", "IN"), ("+65 6123 4567", "SG"), ("03-1234-5678", "JP"),
    ("+27 21 123 4567", "ZA"), ("12", "NZ"), ("+64 1", "NZ"), ("not a number", "NZ"), ("+999 123 456", "NZ"),
    ("021 000 000 000 000", "NZ"), ("+64 (0) 21 000 0003", "NZ"), ("tel:+64-9-500-5000", "NZ"),
]  # fmt: skip


def _phone_import_code() -> str:
    return "import time\nt = time.perf_counter()\nimport phonenumbers\nprint(time.perf_counter() - t)"


def _phone_first_use_code() -> str:
    return (
        "import time\nt = time.perf_counter()\n" + _PHONE_WORK
        + "\nassert normalise('021 000 0001', 'NZ') == '+64210000001'\nprint(time.perf_counter() - t)"
    )  # fmt: skip


def _phone_steady_code(loops: int) -> str:
    return (
        _PHONE_WORK + "\nimport json, timeit\n"
        f"numbers = {NUMBERS!r}\n"
        "answers = [normalise(n, r) for n, r in numbers]\n"
        f"per_round = min(timeit.repeat(lambda: [normalise(n, r) for n, r in numbers], number={loops}, repeat=5))\n"
        f"print(json.dumps(answers))\nprint(per_round / {loops} / len(numbers))"
    )  # fmt: skip


@dataclass
class PhoneResult:
    install: Install
    import_s: float
    first_use_s: float
    per_number_s: float
    answers: list[str]


def _run_seconds(code: str, path: Path) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = str(path)
    done = subprocess.run(
        [sys.executable, "-S", "-c", code], env=env, capture_output=True, text=True, timeout=600, check=True
    )
    return done.stdout.strip().splitlines()


def measure_phones(installs: list[Install], runs: int, loops: int) -> list[PhoneResult]:
    """The contenders interleaved round by round (a busy moment on the machine hits both alike):
    fresh-interpreter times are medians over the rounds, the per-number time the best round."""
    imports: dict[str, list[float]] = {i.name: [] for i in installs}
    firsts: dict[str, list[float]] = {i.name: [] for i in installs}
    steady: dict[str, list[float]] = {i.name: [] for i in installs}
    answers: dict[str, list[str]] = {}
    for round_ in range(runs + 1):  # round 0 writes the bytecode: not counted
        for inst in installs:
            imported = float(_run_seconds(_phone_import_code(), inst.target)[-1])
            first = float(_run_seconds(_phone_first_use_code(), inst.target)[-1])
            answers_line, seconds = _run_seconds(_phone_steady_code(loops), inst.target)[-2:]
            answers[inst.name] = json.loads(answers_line)
            if round_:
                imports[inst.name].append(imported)
                firsts[inst.name].append(first)
                steady[inst.name].append(float(seconds))
    return [
        PhoneResult(
            i,
            statistics.median(imports[i.name]),
            statistics.median(firsts[i.name]),
            min(steady[i.name]),
            answers[i.name],
        )
        for i in installs
    ]


def same_parser_code(installs: list[Install]) -> bool:
    """Whether the contenders ship byte-identical parsing/formatting code (phonenumberutil.py)."""
    sources = {(i.target / "phonenumbers" / "phonenumberutil.py").read_bytes() for i in installs}
    return len(sources) == 1


# ------------------------------------------------------------------------------------ JSON Schema
def _bodies() -> dict[str, tuple[str, Any]]:
    """Request bodies as tnz_ext validates them (the wire dicts), with their schema names."""
    import base64

    sms = {"MessageData": {"Message": "Hello, this is a test.", "Destinations": [{"Recipient": "+6421000001"}],
                           "MessageID": "ID123456", "Reference": "Order 1001"}}  # fmt: skip
    page = base64.b64encode(b"%PDF-1.4\n" + bytes(range(256)) * 4096).decode()  # ~1.4 MB of base64
    email = {"MessageData": {
        "MessageID": "ID123457", "EmailSubject": "Your invoice", "MessagePlain": "Hello",
        "Destinations": [{"Recipient": "john.doe@example.com"}],
        "Files": [{"Name": f"invoice{i}.pdf", "Data": page} for i in range(10)],
    }}  # fmt: skip
    fax_bad = {"MessageData": {"MessageID": "ID123458", "CSID": "A STATION ID LONGER THAN THIRTY CHARS",
                               "Destinations": [{"Recipient": "+6495005000"}],
                               "Files": [{"Name": "a.pdf", "Data": "JVBERi0xLjQK"}]}}  # fmt: skip
    tts_bad = {"MessageData": {"MessageID": "ID123459", "MessageToPeople": "Hello",
                               "Destinations": [{"Recipient": "+6495005000"}],
                               "Keypads": [{"Tone": 12, "RouteNumber": "+64800123123"}]}}  # fmt: skip
    sms_bad = {"MessageData": {"Destinations": [{"Recipient": "+6421000001"}], "MessageID": "x" * 41}}
    return {
        "valid: SMS, 1 destination": ("SMSRequest", sms),
        "valid: email, 10 files (14 MB of base64)": ("EmailRequest", email),
        "invalid: fax CSID over 30 characters": ("FaxRequest", fax_bad),
        "invalid: TTS keypad Tone 12": ("TTSRequest", tts_bad),
        "invalid: SMS without Message, MessageID of 41": ("SMSRequest", sms_bad),
    }


class _Current:
    """tnz_ext's path today: fastjsonschema says "certainly valid", jsonschema describes errors."""

    name = "fastjsonschema + jsonschema"

    def __init__(self) -> None:
        from tnz_ext import _validate

        self._v = _validate

    def validate(self, schema: str, body: Any) -> str | None:
        if self._v._fast(schema)(body):
            return None
        error = self._v._best(self._v._validator(schema).iter_errors(body))
        return None if error is None else str(self._v._describe(error))


class _Rust:
    """jsonschema-rs alone: is_valid for the common case, iter_errors to describe a refusal."""

    name = "jsonschema-rs"

    def __init__(self) -> None:
        import jsonschema_rs

        from tnz_ext._spec import spec

        self._rs = jsonschema_rs
        self._components = spec()["components"]
        self._validators: dict[str, Any] = {}

    def _validator(self, schema: str) -> Any:
        if schema not in self._validators:
            root = {"$ref": f"#/components/schemas/{schema}", "components": self._components}
            self._validators[schema] = self._rs.Draft202012Validator(root)
        return self._validators[schema]

    def validate(self, schema: str, body: Any) -> str | None:
        validator = self._validator(schema)
        if validator.is_valid(body):
            return None
        errors = sorted(validator.iter_errors(body), key=lambda e: len(e.instance_path), reverse=True)
        best = errors[0]
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in best.instance_path).lstrip(".")
        return f"{path or 'body'}: {best.message}"


@dataclass
class SchemaResult:
    install: Install
    import_s: float
    per_body_s: dict[str, float]
    messages: dict[str, str | None]


def measure_schema(contender: Any, install_: Install, runs: int, loops: int) -> SchemaResult:
    module = "jsonschema_rs" if contender.name == "jsonschema-rs" else "jsonschema, fastjsonschema"
    code = f"import time\nt = time.perf_counter()\nimport {module}\nprint(time.perf_counter() - t)"
    import_s = statistics.median(_fresh(code, install_.target, runs))
    per_body: dict[str, float] = {}
    messages: dict[str, str | None] = {}
    for label, (schema, body) in _bodies().items():
        messages[label] = contender.validate(schema, body)  # also compiles the schema: not timed
        n = max(1, loops // 200) if "14 MB" in label else loops
        per_body[label] = min(timeit.repeat(lambda s=schema, b=body: contender.validate(s, b), number=n, repeat=5)) / n
    return SchemaResult(install_, import_s, per_body, messages)


# ------------------------------------------------------------------------------------- reporting
def _mb(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


def _t(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} µs"


def _uses() -> list[str]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]


def render(phone: list[PhoneResult], schema: list[SchemaResult], elapsed: float, *, same_code: bool = False) -> str:
    uses = " ".join(_uses())
    lines = [
        START,
        "## Dependencies",
        "",
        f"- Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores; "
        f"Python {platform.python_version()}; {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        f"- Reproduce: `python -m bench --deps` ({elapsed:.0f} s; installs each contender with pip into a "
        "scratch directory; rewrites only this section)",
        "- Sizes are installed bytes without bytecode; `attrs` and `typing-extensions` are not charged "
        "(the generated client needs them anyway). Times are medians of fresh interpreters (import, first use) "
        "or the best of 5 repeats (per call). The machine is shared: compare within a table, not across runs.",
        "",
        "### Phone numbers: parse, validate, format to E.164 (what tnz_ext does)",
        "",
        "| library | installed | import | first number (import + NZ metadata) | per number, uncached |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in phone:
        lines.append(
            f"| {r.install.name} {_pins()[r.install.name]} | {_mb(r.install.own_bytes)} | {_t(r.import_s)} "
            f"| {_t(r.first_use_s)} | {_t(r.per_number_s)} |"
        )
    same = all(r.answers == phone[0].answers for r in phone)
    lines += ["", f"Same answer for all {len(NUMBERS)} sample numbers (valid, invalid, 10 regions): "
              f"**{'yes' if same else 'NO'}**. Byte-identical parsing and formatting code "
              f"(`phonenumberutil.py`): **{'yes' if same_code else 'no'}**. The contenders ran interleaved, "
              "round by round."]  # fmt: skip
    lines += [
        "",
        "### JSON Schema: validate a request body against its spec schema",
        "",
        "| library | installed (packages) | import |",
        "|---|---:|---:|",
    ]
    for s in schema:
        packages = ", ".join(sorted(d for d in s.install.packages if d not in SHARED))
        lines.append(f"| {s.install.name} | {_mb(s.install.own_bytes)} ({packages}) | {_t(s.import_s)} |")
    labels = list(schema[0].per_body_s)
    lines += ["", "| body | " + " | ".join(s.install.name for s in schema) + " |",
              "|---|" + "---:|" * len(schema)]  # fmt: skip
    for label in labels:
        lines.append(f"| {label} | " + " | ".join(_t(s.per_body_s[label]) for s in schema) + " |")
    lines += ["", "What the user reads for each invalid body:", ""]
    for label in labels:
        if label.startswith("invalid"):
            lines.append(f"- {label}:")
            for s in schema:
                lines.append(f"  - {s.install.name}: `{s.messages[label]}`")
    lines += ["", "### Verdict", ""]
    lite, full = (next(r for r in phone if r.install.name == n) for n in ("phonenumberslite", "phonenumbers"))
    phone_pick = (
        "phonenumberslite"
        if same
        and lite.install.own_bytes < full.install.own_bytes
        and (same_code or lite.per_number_s <= full.per_number_s * 1.1)
        else "phonenumbers"
    )
    now = "phonenumberslite" if "phonenumberslite" in uses else "phonenumbers"
    lines.append(
        f"- Phone numbers: measured pick **{phone_pick}** ({_mb(lite.install.own_bytes)} vs "
        f"{_mb(full.install.own_bytes)}, {'same answers' if same else 'DIFFERENT answers'}, per-number time "
        f"{_t(lite.per_number_s)} vs {_t(full.per_number_s)}"
        f"{', the same parsing code: the difference is noise' if same_code else ''}); "
        f"the SDK depends on **{now}**{'' if now == phone_pick else ' (DISAGREES)'}."
    )
    cur, rs = schema
    valid = [label for label in labels if label.startswith("valid")]
    smaller = min(schema, key=lambda s: s.install.own_bytes)
    faster = [s for s in schema if all(s.per_body_s[v] <= min(o.per_body_s[v] for o in schema) for v in valid)]
    if faster and faster[0] is smaller:
        schema_pick, why = smaller.install.name, "smaller and faster"
    else:
        # Split: the size is paid by every install, the time only on the valid path of each send
        # (errors are raised once, off the hot path); keep the smaller one.
        saving = cur.per_body_s[valid[0]] - rs.per_body_s[valid[0]]
        schema_pick = smaller.install.name
        why = (
            "neither is both smaller and faster; the size is paid by every install, the time only on the "
            "valid path of a send (a refusal is raised once, off the hot path), so the smaller one is kept; "
            f"the other would save {_t(abs(saving))} per small send"
        )
    now_schema = "jsonschema-rs" if "jsonschema-rs" in uses else "fastjsonschema + jsonschema"
    lines.append(
        f"- JSON Schema: measured pick **{schema_pick}**, {why} (installed {_mb(rs.install.own_bytes)} vs "
        f"{_mb(cur.install.own_bytes)}; valid SMS {_t(rs.per_body_s[valid[0]])} vs {_t(cur.per_body_s[valid[0]])}); "
        f"the SDK depends on **{now_schema}**{'' if now_schema == schema_pick else ' (DISAGREES)'}."
    )
    lines.append(END)
    return "\n".join(lines)


def kept_section(results: Path) -> str:
    """The dependencies section already in ``results`` (a full bench run keeps it), or ""."""
    if not results.exists():
        return ""
    text = results.read_text(encoding="utf-8")
    if START not in text or END not in text:
        return ""
    return "\n" + START + text.split(START, 1)[1].split(END, 1)[0] + END + "\n"


def write(results: Path, section: str) -> None:
    text = results.read_text(encoding="utf-8") if results.exists() else ""
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    results.write_text(text, encoding="utf-8")


def main(results: Path, log: Callable[[str], None], *, quick: bool = False) -> str:
    runs, loops = (2, 20) if quick else (7, 2000)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="tnz-bench-deps-") as scratch:
        installs = {name: install(name, reqs, Path(scratch)) for name, reqs in {**PHONE, **SCHEMA}.items()}
        log("  contenders installed: " + ", ".join(f"{k} {_mb(v.own_bytes)}" for k, v in installs.items()))
        phone = measure_phones([installs[name] for name in PHONE], runs, loops // 20)
        same_code = same_parser_code([installs[name] for name in PHONE])
        log("  phone numbers measured")
        sys.path.insert(0, str(installs["jsonschema-rs"].target))
        try:
            schema = [
                measure_schema(_Current(), installs["fastjsonschema + jsonschema"], runs, loops),
                measure_schema(_Rust(), installs["jsonschema-rs"], runs, loops),
            ]
        finally:
            sys.path.remove(str(installs["jsonschema-rs"].target))
        log("  JSON Schema measured")
    section = render(phone, schema, time.perf_counter() - started, same_code=same_code)
    write(results, section)
    return section
