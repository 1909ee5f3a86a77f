"""The README's Python examples pass ``mypy --strict``, and mypy really catches a typo in them.

The examples are what users copy: they must type-check as written, against the installed
``tnz_ext``/``tnz_api`` (both ship ``py.typed``). tests/contract/test_readme.py runs them; this
file type-checks them, one module per block, in one mypy run.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BLOCKS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.DOTALL)


def _mypy(tmp_path: Path, sources: dict[str, str]) -> subprocess.CompletedProcess[str]:
    for name, code in sources.items():
        (tmp_path / f"{name}.py").write_text(code, encoding="utf-8")
    # MYPYPATH: the webhook example still imports examples/ from the repository.
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    return subprocess.run(
        [
            sys.executable, "-m", "mypy", "--strict", "--python-version", "3.11", "--no-error-summary",
            "--cache-dir", str(ROOT / ".mypy_cache" / "readme"), "--config-file", str(ROOT / "pyproject.toml"),
            *sorted(f"{name}.py" for name in sources),
        ],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_readme_examples_pass_mypy_strict(tmp_path: Path) -> None:
    assert len(BLOCKS) >= 8
    done = _mypy(tmp_path, {f"readme_block{i}": code for i, code in enumerate(BLOCKS)})
    assert done.returncode == 0, done.stdout + done.stderr


# A checked snippet as a user would write it, once right and once with a keyword misspelt.
# Note: today the sends take `**options: Any` and TNZClient `**config: Any`, so
# `client.messaging.sms(..., referenc=...)` and `TNZClient(max_retriess=2)` still pass mypy; these
# typos are in signatures that are already exact. Once the typed surface lands (no **options, no
# **config), add a MessageData keyword typo and a constructor typo to TYPOS.
_SNIPPET = """\
from tnz_ext import TNZClient

with TNZClient(max_retries=2) as client:
    client.actions.pacing("order-1001", {pacing_kw}=4)
    client.reports.sms_received({received_kw}=1440)
"""
_RIGHT = {"pacing_kw": "number_of_operators", "received_kw": "time_period"}


def test_keyword_typos_fail_mypy(tmp_path: Path) -> None:
    typos = {"pacing_kw": "number_of_operator", "received_kw": "time_periodd"}
    sources = {"right": _SNIPPET.format(**_RIGHT)}
    for key, typo in typos.items():
        sources[f"typo_{key}"] = _SNIPPET.format(**{**_RIGHT, key: typo})
    done = _mypy(tmp_path, sources)
    report = done.stdout + done.stderr
    assert done.returncode == 1, report
    assert "right.py" not in report, report  # the correct spelling type-checks...
    for key, typo in typos.items():  # ...and each misspelling is reported, by name, in its own file
        assert re.search(rf"typo_{key}\.py:\d+: error: Unexpected keyword argument \"{typo}\"", report), report
