"""`python -m bench --quick` runs end to end and writes every row of the report.

Only the shape of the report is checked, never a number: the quick mode's counts are far too
small to mean anything, and timings belong to `make bench`, not to the test suite.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bench._cases import CONTENDERS
from bench._report import ROWS

ROOT = Path(__file__).resolve().parents[2]


def test_quick_bench_writes_every_row(tmp_path: Path) -> None:
    out = tmp_path / "results.md"

    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip

    assert done.returncode == 0, done.stderr
    report = out.read_text(encoding="utf-8")
    assert report.strip() in done.stdout  # the same table is printed
    missing = [row for row in ROWS if row not in report]
    assert not missing, f"rows missing from the report: {missing}\n{report}"
    for c in CONTENDERS:
        [line] = [line for line in report.splitlines() if line.startswith(f"| {c.label} |")][:1]
        if c.key == "tnzapi" and "not installed" in line:
            continue  # tnzapi is installed by `make bench` only
        assert "not installed" not in line, line
    assert "## Targets" in report
    assert "Machine:" in report and "make bench" in report


def test_update_readme_replaces_only_the_marked_section(tmp_path: Path) -> None:
    from bench.__main__ import END, START, update_readme

    readme = tmp_path / "README.md"
    readme.write_text(f"# T\n\n## Performance\n\n{START}\nold\n{END}\n\n## Next\n", encoding="utf-8")
    assert update_readme("# tnz benchmarks\n\n## SMS\n\n| a |\n", readme)
    text = readme.read_text(encoding="utf-8")
    assert "old" not in text
    assert f"{START}\n### SMS\n\n| a |\n{END}" in text
    assert text.startswith("# T\n") and text.endswith("## Next\n")
