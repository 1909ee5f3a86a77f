"""bench/_deps.py's report plumbing: its section survives a full bench run and is rewritten alone.

The measurement itself (pip installs, fresh interpreters) runs in `python -m bench --deps`, never
in the tests; here only what would silently lose the figures is checked.
"""

from __future__ import annotations

from pathlib import Path

from bench import _deps


def test_every_contender_is_pinned() -> None:
    pins = _deps._pins()
    for requirements in {**_deps.PHONE, **_deps.SCHEMA}.values():
        for name in requirements:
            assert name in pins, f"{name} has no exact pin in constraints.txt or bench/constraints.txt"


def test_the_section_is_rewritten_in_place_and_kept_by_a_full_run(tmp_path: Path) -> None:
    results = tmp_path / "results.md"
    results.write_text("# tnz benchmarks\n\nthroughput table\n", encoding="utf-8")
    first = f"{_deps.START}\n## Dependencies\nold figures\n{_deps.END}"
    _deps.write(results, first)
    assert results.read_text(encoding="utf-8").startswith("# tnz benchmarks\n\nthroughput table\n")
    second = f"{_deps.START}\n## Dependencies\nnew figures\n{_deps.END}"
    _deps.write(results, second)
    text = results.read_text(encoding="utf-8")
    assert "new figures" in text and "old figures" not in text and text.count(_deps.START) == 1
    # A full `python -m bench` writes its own report, then appends what kept_section returns.
    kept = _deps.kept_section(results)
    assert "new figures" in kept
    results.write_text("# tnz benchmarks\n\nnewer throughput\n" + kept, encoding="utf-8")
    assert "new figures" in results.read_text(encoding="utf-8")


def test_nothing_to_keep_without_the_markers(tmp_path: Path) -> None:
    assert _deps.kept_section(tmp_path / "missing.md") == ""
    plain = tmp_path / "plain.md"
    plain.write_text("# tnz benchmarks\n", encoding="utf-8")
    assert _deps.kept_section(plain) == ""
