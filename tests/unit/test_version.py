"""The version and the User-Agent: one constant, no distribution metadata needed at run time.

A vendored copy or a zipapp of tnz_ext has no ``tnz_sdk-*.dist-info``; the User-Agent used to
look the version up there and crashed the first client. The vendored case is tested for real:
tnz_ext and tnz_api zipped, run by an interpreter that sees their dependencies but no metadata.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import httpx
import pytest
from pytest_httpx import HTTPXMock

import tnz_ext
from tnz_ext import TNZClient
from tnz_ext._client import _user_agent

ROOT = Path(__file__).resolve().parents[2]
DIST = "tnz-sdk"


def test_version_constant_is_the_installed_metadata() -> None:
    # hatchling reads tnz_ext/_version.py for the wheel: the two can never disagree.
    assert tnz_ext.__version__ == importlib.metadata.version(DIST)


def test_user_agent_names_distribution_version_and_httpx(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "X"})
    with TNZClient(auth_token="t", base_url="https://api.example.test/api/v2.04") as client:
        client.reports.status("ID123456")
    agent = httpx_mock.get_requests()[0].headers["User-Agent"]
    assert agent == f"tnz-sdk/{tnz_ext.__version__} httpx/{httpx.__version__}" == _user_agent()


def test_user_agent_needs_no_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    _user_agent.cache_clear()
    try:
        assert _user_agent().startswith(f"tnz-sdk/{tnz_ext.__version__} ")
    finally:
        _user_agent.cache_clear()


_VENDORED = """
import importlib.metadata, sys
import httpx
try:
    importlib.metadata.version("tnz-sdk")
except importlib.metadata.PackageNotFoundError:
    pass
else:
    sys.exit("the distribution metadata is visible: this is not a vendored run")
import tnz_ext
assert ".zip" in tnz_ext.__file__, tnz_ext.__file__
seen = []
def answer(request):
    seen.append(request.headers["User-Agent"])
    return httpx.Response(200, json={"Result": "Success", "MessageID": "ID1"})
http = httpx.Client(transport=httpx.MockTransport(answer))
with tnz_ext.TNZClient(auth_token="t", base_url="https://api.example.test/api/v2.04", http_client=http) as c:
    print(c.messaging.sms("Hello", to="+6421000001").result)
print(seen[0])
"""


def test_vendored_zip_without_metadata_sends(tmp_path: Path) -> None:
    bundle = tmp_path / "vendored.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        for package in (ROOT / "tnz_ext", ROOT / "generated" / "tnz_api"):
            for file in package.rglob("*"):
                if file.is_file() and "__pycache__" not in file.parts:
                    zf.write(file, file.relative_to(package.parent))
    # The dependencies (httpx, attrs...) stay visible; our own install (editable .pth files and the
    # dist-info) does not: a shadow site-packages links everything else.
    site = Path(sysconfig.get_paths()["purelib"])
    shadow = tmp_path / "site"
    shadow.mkdir()
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith(("tnz", "_tnz", "__editable__")) or name.endswith(".pth"):
            continue
        (shadow / entry.name).symlink_to(entry)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONPATH"] = os.pathsep.join([str(bundle), str(shadow)])
    done = subprocess.run(
        [sys.executable, "-S", "-c", _VENDORED], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    result, agent = done.stdout.split()[:2]
    assert result == "Success"
    assert agent == f"tnz-sdk/{tnz_ext.__version__}"
