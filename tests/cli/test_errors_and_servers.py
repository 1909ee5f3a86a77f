"""Errors are one line and a documented exit code, never a traceback; ``tnz webhook`` and ``tnz mock``
run as real processes on loopback, started here and stopped by PID."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from _cli_support import ROOT, TOKEN, RecordingServer, cli_env, run_cli
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tnz_ext.cli import EXIT_CODES, main
from tnz_ext.testing import PrismMock

CLOSED = "http://127.0.0.1:9"  # nothing listens on the discard port here: connection refused


def _run(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    saved = {k: os.environ.get(k) for k in ("TNZ_AUTH_TOKEN", "TNZ_BASE_URL")}
    os.environ.update(env or {"TNZ_AUTH_TOKEN": TOKEN, "TNZ_BASE_URL": CLOSED})
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv))
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return code, out.getvalue(), err.getvalue()


_TEXT = st.text(st.characters(codec="utf-8"), max_size=40)


@settings(deadline=None, max_examples=60)
@given(message=_TEXT, recipient=_TEXT, reference=_TEXT)
def test_any_input_gives_a_documented_exit_code_and_one_line(message: str, recipient: str, reference: str) -> None:
    code, out, err = _run("sms", message, "--to", recipient, "--reference", reference)

    assert code in {2, 3}, (code, err)  # refused here, or sent to a closed port (connection refused)
    assert out == ""
    assert err.startswith("tnz: error: ") and err.count("\n") == 1, err
    assert "Traceback" not in err


@settings(deadline=None, max_examples=40)
@given(argv=st.lists(_TEXT, max_size=6))
def test_any_argv_never_raises(argv: list[str]) -> None:
    assume(argv[:1] not in (["mock"], ["webhook"]))  # those serve until interrupted
    code, _, err = _run(*argv)

    assert code in EXIT_CODES
    assert "Traceback" not in err


def test_missing_token_is_a_usage_error() -> None:
    code, _, err = _run("status", "ID1", env={"TNZ_AUTH_TOKEN": "", "TNZ_BASE_URL": CLOSED})

    assert code == 2 and "TNZ_AUTH_TOKEN" in err


def test_connection_refused_is_exit_3_and_never_left() -> None:
    code, _, err = _run("sms", "Hello", "--to", "+6421000001", "--message-id", "mid-1")

    assert code == 3
    assert "MessageID=mid-1" in err and "may have reached" not in err


def test_a_lost_answer_names_the_message_and_the_status_command(
    recording_server: Callable[..., RecordingServer],
) -> None:
    server = recording_server(drop_every=1)

    code, out, _ = _run(
        "sms",
        "Hi",
        "--to",
        "+6421000001",
        "--message-id",
        "mid-2",
        "--json",
        env={"TNZ_AUTH_TOKEN": TOKEN, "TNZ_BASE_URL": server.url},
    )

    assert code == 3
    error = json.loads(out)
    assert error["message_id"] == "mid-2" and "tnz status" in error["error"] and error["exit_code"] == 3
    assert server.stats()["sends"] == 1  # sent once, never retried


def test_api_errors_are_exit_1(recording_server: Callable[..., RecordingServer]) -> None:
    server = recording_server()
    env = {"TNZ_AUTH_TOKEN": TOKEN, "TNZ_BASE_URL": server.url}

    code, _, err = _run("status", "never-sent", env=env)
    assert code == 1 and "HTTP 400" in err and "never-sent" in err
    code, _, err = _run("contacts", "get", "C1", env=env)
    assert code == 1 and "HTTP 404" in err


def test_help_lists_every_command_and_exit_code() -> None:
    code, out, _ = _run("--help")

    assert code == 0
    for name in (
        "sms",
        "email",
        "fax",
        "voice",
        "tts",
        "status",
        "replies",
        "received",
        "contacts",
        "groups",
        "webhook",
        "mock",
        "bulk",
    ):
        assert f"\n  {name} " in out
    assert all(f"\n  {code:<4} " in out for code in EXIT_CODES)
    code, out, _ = _run("bulk", "sms", "--help")
    assert code == 0 and "--journal" in out and "--webhook-callback-url" in out


# ---------------------------------------------------------------------------------------- webhooks
_STATUS_JSON = {
    "Sender": "a@example.com",
    "APIKey": "k",
    "Type": "SMS",
    "Destination": "+6421000001",
    "MessageID": "ID123456",
    "Status": "SUCCESS",
    "Result": "Sent OK",
}


def test_webhook_parse_json_and_xml(tmp_path: Path) -> None:
    (tmp_path / "w.json").write_text(json.dumps(_STATUS_JSON))
    (tmp_path / "w.xml").write_text(
        "<root><Type>SMSReply</Type><Status>RECEIVED</Status><MessageID>ID1</MessageID><Message>Yes</Message></root>"
    )

    code, out, err = _run("webhook", "parse", str(tmp_path / "w.json"), "--json")
    assert code == 0, err
    assert json.loads(out)["type"] == "StatusWebhook" and json.loads(out)["MessageID"] == "ID123456"
    code, out, _ = _run("webhook", "parse", str(tmp_path / "w.xml"))
    assert code == 0 and "type: SMSReceivedWebhook" in out and "Message: Yes" in out


@pytest.mark.parametrize("body", [b"", b"not a webhook", b"<root><a>", b"[1, 2]"], ids=["empty", "text", "xml", "list"])
def test_webhook_parse_of_garbage_is_exit_2(tmp_path: Path, body: bytes) -> None:
    (tmp_path / "w").write_bytes(body)

    code, _, err = _run("webhook", "parse", str(tmp_path / "w"))

    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def _process(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tnz_ext.cli", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGINT)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.kill(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


def _wait_port(port: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read() if process.stderr else ""
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.05)
    raise AssertionError("the receiver did not start")


class _Sink(BaseHTTPRequestHandler):
    received: list[Any] = []  # noqa: RUF012 - one list shared with the test

    def do_POST(self) -> None:
        _Sink.received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(204)
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_webhook_serve_verifies_prints_and_forwards() -> None:
    sink = ThreadingHTTPServer(("127.0.0.1", 0), _Sink)
    threading.Thread(target=sink.serve_forever, daemon=True).start()
    port = _free_port()
    forward = f"http://127.0.0.1:{sink.server_address[1]}/events"
    try:
        with _process(
            ["webhook", "serve", "--port", str(port), "--api-key", "s3cret", "--json", "--forward", forward],
            cli_env(CLOSED),
        ) as receiver:
            _wait_port(port, receiver)
            url = f"http://127.0.0.1:{port}/"
            now = datetime.now(UTC).isoformat()
            good = httpx.post(url, json=_STATUS_JSON, headers={"Authorization": "s3cret", "X-Timestamp": now})
            wrong_key = httpx.post(url, json=_STATUS_JSON, headers={"Authorization": "nope", "X-Timestamp": now})
            garbage = httpx.post(
                url,
                content=b"{",
                headers={"Authorization": "s3cret", "X-Timestamp": now, "Content-Type": "application/json"},
            )
            assert (good.status_code, wrong_key.status_code, garbage.status_code) == (200, 401, 400)
            assert receiver.stdout is not None
            event = json.loads(receiver.stdout.readline())
        assert event["type"] == "StatusWebhook" and event["MessageID"] == "ID123456"
        assert _Sink.received == [event]
    finally:
        sink.shutdown()
        sink.server_close()


def test_webhook_serve_without_a_key_is_exit_2() -> None:
    code, _, err = _run("webhook", "serve", "--port", "0", env={"TNZ_AUTH_TOKEN": TOKEN, "TNZ_BASE_URL": CLOSED})

    assert code == 2 and "TNZ_WEBHOOK_API_KEY" in err


# ---------------------------------------------------------------------------------------- mock
def test_mock_serves_the_spec_until_interrupted(prism: PrismMock) -> None:
    env = {**cli_env(CLOSED), "TNZ_PRISM": str(prism.prism)}
    with _process(["mock", "--json"], env) as mock:
        assert mock.stdout is not None
        started = json.loads(mock.stdout.readline())
        done = run_cli(["status", "AAAAAAAA-BBBB-BBBB-CCCC-DDDDDDDDDDDD", "--json"], started["url"])
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["Status"] == "Completed"
        os.kill(mock.pid, signal.SIGINT)
        assert mock.wait(timeout=30) == 130
    with pytest.raises(httpx.TransportError):  # Prism was stopped with it
        httpx.get(started["url"], timeout=2)


def test_mock_stops_prism_when_terminated(prism: PrismMock) -> None:
    env = {**cli_env(CLOSED), "TNZ_PRISM": str(prism.prism)}
    with _process(["mock", "--json"], env) as mock:
        assert mock.stdout is not None
        started = json.loads(mock.stdout.readline())
        os.kill(mock.pid, signal.SIGTERM)
        assert mock.wait(timeout=30) == 128 + signal.SIGTERM
    with pytest.raises(ProcessLookupError):  # Prism's own process is gone, not orphaned
        os.kill(started["pid"], 0)


@pytest.mark.parametrize("command", ["sms", "email", "fax", "voice", "tts"])
def test_every_message_option_of_the_spec_is_a_flag(command: str) -> None:
    from tnz_ext._spec import component_schema
    from tnz_ext.cli._app import _HANDLED, _send_parser

    own = {
        "sms": {"Message"},
        "email": {"EmailSubject", "MessagePlain", "MessageHTML"},
        "fax": set(),
        "voice": {
            "MessageToPeople",
            "MessageToAnswerphones",
            "CallRouteMessageToPeople",
            "Keypads",
            "CallRouteMessageToOperators",
            "CallRouteMessageOnWrongKey",
        },
        "tts": {"MessageToPeople", "Keypads"},
    }[command]
    schema = {"tts": "TTSMessageData", "sms": "SMSMessageData"}.get(command, f"{command.title()}MessageData")

    parser, names = _send_parser(command)

    expected = set(component_schema(schema)["properties"]) - _HANDLED - own
    assert len(names) == len(expected), sorted(expected)
    flags = {option for action in parser._actions for option in action.option_strings}
    assert all("--" + name.strip("_").replace("_", "-") in flags for name in names)


def test_webhook_serve_skips_a_redelivery_and_a_failed_forward_answers_500() -> None:
    """The packaged receiver behind ``tnz webhook serve``: TNZ's retry of a delivery already printed
    is acknowledged and not printed again; a forward that fails answers 500 (TNZ delivers again)
    with one line on stderr, no traceback; anything but POST is 405."""
    port = _free_port()
    closed = _free_port()  # nothing listens there: every forward fails
    with _process(
        ["webhook", "serve", "--port", str(port), "--api-key", "s3cret", "--json"], cli_env(CLOSED)
    ) as receiver:
        _wait_port(port, receiver)
        url = f"http://127.0.0.1:{port}/"
        headers = {"Authorization": "s3cret", "X-Timestamp": datetime.now(UTC).isoformat()}
        first = httpx.post(url, json=_STATUS_JSON, headers=headers)
        again = httpx.post(url, json=_STATUS_JSON, headers=headers)
        other = httpx.post(url, json={**_STATUS_JSON, "Status": "FAILED"}, headers=headers)
        get = httpx.get(url)
        assert (first.status_code, again.status_code, other.status_code, get.status_code) == (200, 200, 200, 405)
        assert receiver.stdout is not None
        printed = [json.loads(receiver.stdout.readline()) for _ in range(2)]
    assert [e["Status"] for e in printed] == ["SUCCESS", "FAILED"]  # the redelivery was not printed again
    assert receiver.stdout.read() == ""

    with _process(
        ["webhook", "serve", "--port", str(port), "--api-key", "s3cret", "--forward", f"http://127.0.0.1:{closed}/"],
        cli_env(CLOSED),
    ) as receiver:
        _wait_port(port, receiver)
        headers = {"Authorization": "s3cret", "X-Timestamp": datetime.now(UTC).isoformat()}
        codes = [httpx.post(f"http://127.0.0.1:{port}/", json=_STATUS_JSON, headers=headers).status_code for _ in "ab"]
    assert codes == [500, 500]  # not remembered as processed: TNZ's retry is handled again
    assert receiver.stderr is not None
    err = receiver.stderr.read()
    assert err.count("TNZ webhook callback failed (MessageID ID123456)") == 2 and "ConnectError" in err
    assert "Traceback" not in err
