"""`make docs` fails on any pdoc warning (the check can fail), and documents the public modules."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# docs/make_docs.py, the script `make docs` runs (loaded by path: docs/ is not a package).
_spec = importlib.util.spec_from_file_location("make_docs", ROOT / "docs" / "make_docs.py")
assert _spec is not None and _spec.loader is not None
docs_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(docs_build)


def test_public_modules_cover_both_packages_and_skip_private_ones() -> None:
    modules = docs_build.public_modules()
    assert {"tnz_ext", "tnz_ext.testing", "tnz_api", "tnz_api.models", "tnz_api.api"} <= set(modules)
    assert not [m for m in modules if any(part.startswith("_") for part in m.split("."))]


def test_a_warning_fails_the_build(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Naming a module twice makes pdoc warn: the build must report it and fail.
    assert docs_build.main(tmp_path / "bad", ["tnz_ext.testing", "tnz_ext.testing"]) == 1
    assert "warning: UserWarning" in capsys.readouterr().err


def test_a_clean_module_builds(tmp_path: Path) -> None:
    assert docs_build.main(tmp_path / "ok", ["tnz_ext.testing"]) == 0
    page = (tmp_path / "ok" / "tnz_ext" / "testing.html").read_text(encoding="utf-8")
    assert "PrismMock" in page and "bundled_spec_path" in page
