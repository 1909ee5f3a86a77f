"""tnz_ext.testing: where Prism is found, that its whole process tree stops, the fake's own
features (recording, set responses, Prefer, XML), and the pytest plugin as a user gets it.

(That the fake accepts and refuses what Prism does is the contract suite's job: those tests run
on both backends.)
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tnz_ext import TNZClient
from tnz_ext.testing import FakeResponse, PrismMock, PrismNotFoundError, TNZFake, find_prism

ROOT = Path(__file__).resolve().parents[2]
PRISM = ROOT / "node_modules" / ".bin" / "prism"
NODE_DIR = Path(shutil.which("node") or "/usr/bin/node").parent


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def bare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No $TNZ_PRISM, an empty working directory and an empty PATH."""
    monkeypatch.delenv("TNZ_PRISM", raising=False)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    return work


# ---------------------------------------------------------------------------------- finding Prism


def test_explicit_prism_must_exist(bare: Path) -> None:
    with pytest.raises(PrismNotFoundError, match="@stoplight/prism-cli") as info:
        find_prism(bare / "nowhere" / "prism")
    assert "nowhere" in str(info.value)


def test_tnz_prism_env_comes_first(bare: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = _executable(bare / "custom" / "prism")
    _executable(bare / "node_modules" / ".bin" / "prism")
    monkeypatch.setenv("TNZ_PRISM", str(chosen))
    assert find_prism() == [str(chosen)]


def test_local_node_modules_before_path(bare: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    local = _executable(bare / "node_modules" / ".bin" / "prism")
    on_path = _executable(bare.parent / "bin" / "prism")
    monkeypatch.setenv("PATH", str(on_path.parent))
    assert find_prism() == [str(local)]
    local.unlink()
    assert find_prism() == [str(on_path)]


def test_installed_npx_is_used_without_downloading(monkeypatch: pytest.MonkeyPatch) -> None:
    # Run from a subdirectory of the project: no ./node_modules/.bin/prism there and none on PATH,
    # but npx walks up to the project's node_modules.
    monkeypatch.delenv("TNZ_PRISM", raising=False)
    monkeypatch.chdir(ROOT / "tests")
    monkeypatch.setenv("PATH", str(NODE_DIR))
    assert shutil.which("prism") is None
    command = find_prism()
    assert command[1:] == ["--no-install", "@stoplight/prism-cli"]
    assert Path(command[0]).name == "npx"


def test_missing_node_is_named(bare: Path) -> None:
    with pytest.raises(PrismNotFoundError, match=r"Node\.js is not installed") as info:
        find_prism()
    assert "npm install --save-dev @stoplight/prism-cli" in str(info.value)
    assert "TNZ_PRISM" in str(info.value)


def test_node_without_prism_names_the_package(bare: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    only_node = bare.parent / "node-bin"
    only_node.mkdir()
    (only_node / "node").symlink_to(NODE_DIR / "node")
    monkeypatch.setenv("PATH", str(only_node))
    with pytest.raises(PrismNotFoundError, match="@stoplight/prism-cli") as info:
        find_prism()
    assert "Node.js is not installed" not in str(info.value)


def _group_members(pgid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            fields = stat.rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                members.append(int(entry.name))
    return members


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the process table from /proc")
def test_prism_through_npx_stops_with_its_whole_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    mock = PrismMock()
    mock.command = [shutil.which("npx") or "npx", "--no-install", "@stoplight/prism-cli"]
    with mock:
        assert httpx.get(mock.url + "/get/status/ID1", headers={"Authorization": "Basic t"}).status_code == 200
        assert mock.pid is not None
        pgid = mock.pid
        members = _group_members(pgid)
        assert len(members) >= 2, members  # npx and the node process running Prism
    assert _group_members(pgid) == []
    mock.stop()  # a second stop is harmless


# ---------------------------------------------------------------------------------- the fake


def test_calls_are_recorded_without_the_token() -> None:
    fake = TNZFake()
    with fake.client(auth_token="very-secret-token") as client:
        client.messaging.sms("Hello", to="+6421000001", reference="R1")
    [call] = fake.calls
    assert call.operation_id == "sendSms"
    assert call.method == "POST"
    assert call.path == "/send/sms"
    assert call.status_code == 200
    assert call.json["MessageData"]["Reference"] == "R1"
    assert call.headers["authorization"] == "[redacted]"
    assert "very-secret-token" not in repr(fake.calls)
    fake.close()


def test_set_responses_win_over_examples_but_not_over_validation() -> None:
    fake = TNZFake()
    http = fake.http_client(base_url="http://tnz.test", headers={"Authorization": "Basic t"})
    body = {"MessageData": {"Message": "Hi", "Destinations": [{"Recipient": "+6421000001"}]}}
    fake.respond("sendSms", json={"Result": "Success", "MessageID": "MINE"})
    assert http.post("/send/sms", json=body).json() == {"Result": "Success", "MessageID": "MINE"}
    invalid = http.post("/send/sms", json={"MessageData": {"Message": "Hi"}})
    assert invalid.status_code == 400
    assert "Destinations" in invalid.headers["sl-violations"]
    fake.respond("sendSms", status=400)  # no body given: the spec's 400 example
    failed = http.post("/send/sms", json=body)
    assert (failed.status_code, failed.json()["Result"]) == (400, "Failed")
    fake.respond("sendSms", FakeResponse(503, content=b"busy", headers={"Retry-After": "7"}))
    busy = http.post("/send/sms", json=body)
    assert (busy.status_code, busy.text, busy.headers["Retry-After"]) == (503, "busy", "7")
    fake.respond("sendSms", lambda request, call: httpx.Response(202, json={"seen": call.json["MessageData"]}))
    assert http.post("/send/sms", json=body).json() == {"seen": body["MessageData"]}
    assert [c.status_code for c in fake.calls_to("sendSms")] == [200, 400, 400, 503, 202]
    with pytest.raises(KeyError, match="sendSMS"):
        fake.respond("sendSMS")
    fake.reset()
    assert fake.calls == []
    assert http.post("/send/sms", json=body).json()["Result"] == "Success"
    http.close()


def test_prefer_header_picks_status_and_example_like_prism() -> None:
    fake = TNZFake()
    with fake.http_client(base_url="http://tnz.test", headers={"Authorization": "Basic t"}) as http:
        assert http.get("/get/status/ID1", headers={"Prefer": "code=400"}).status_code == 400
        unauthorized = http.get("/get/status/ID1", headers={"Prefer": "code=401"})
        assert unauthorized.json()["Result"] == "Failed"
        unknown = http.get("/get/status/ID1", headers={"Prefer": "code=418"})
        assert unknown.status_code == 418


def test_xml_answers_parse_in_xml_mode() -> None:
    fake = TNZFake()
    with fake.client(format="xml") as client:
        raw = client.reports.status.raw("ID123456")
    assert raw.headers["content-type"] == "application/xml"
    assert raw.content.lstrip().startswith(b"<?xml")
    assert raw.parsed.result == "Success"
    assert raw.parsed.message_id == "AAAAAAAA-BBBB-BBBB-CCCC-DDDDDDDDDDDD"


def test_fake_serves_a_hand_built_client_with_the_default_base_url() -> None:
    fake = TNZFake()
    with TNZClient(auth_token="t", http_client=fake.http_client()) as client:
        assert client.messaging.sms("Hi", to="+6421000001").result == "Success"
    assert fake.calls[0].path == "/send/sms"


# ---------------------------------------------------------------------------------- the plugin


def test_pytest_plugin_gives_users_both_fixtures(tmp_path: Path) -> None:
    (tmp_path / "test_user.py").write_text(
        """
from tnz_ext import TNZClient


def test_with_the_fake(tnz_fake):
    with tnz_fake.client() as client:
        client.messaging.sms("Your appointment is tomorrow", to="+6421000001")
    assert [c.operation_id for c in tnz_fake.calls] == ["sendSms"]


async def test_with_the_fake_async(tnz_fake):
    async with tnz_fake.async_client() as client:
        await client.messaging.sms("Hi", to="+6421000001")
    assert len(tnz_fake.calls) == 1


def test_with_prism(tnz_prism):
    with TNZClient(auth_token="t", base_url=tnz_prism.url) as client:
        raw = client.messaging.sms.raw("Hello", to="+6421000001")
    assert "sl-violations" not in raw.headers
""",
        encoding="utf-8",
    )
    env = {**os.environ, "TNZ_PRISM": str(PRISM)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "asyncio_mode=auto", "test_user.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "3 passed" in done.stdout


def test_identical_requests_each_keep_their_own_status() -> None:
    fake = TNZFake()
    body = {"MessageData": {"Message": "Hi", "Destinations": [{"Recipient": "+6421000001"}], "MessageID": "SAME"}}
    with fake.http_client(base_url="http://tnz.test", headers={"Authorization": "Basic t"}) as http:
        http.post("/send/sms", json=body)
        fake.respond("sendSms", status=500)
        http.post("/send/sms", json=body)
    assert [c.status_code for c in fake.calls] == [200, 500]


def test_layers_point_one_way() -> None:
    """The core knows nothing of the testing kit or the receivers, and importing it loads neither."""
    for module in (ROOT / "tnz_ext").glob("_*.py"):
        text = module.read_text(encoding="utf-8")
        for layer in ("tnz_ext.testing", "tnz_ext.webhooks", "from .testing", "from .webhooks"):
            assert layer not in text, f"{module.name} mentions {layer}"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, tnz_ext; print(sorted(m for m in sys.modules if m.startswith("
            "('tnz_ext.testing', 'tnz_ext.webhooks', 'fastapi', 'starlette', 'flask', 'django', 'pytest'))))",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == "[]"
