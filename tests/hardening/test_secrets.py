"""Item 14: the token is never reachable through repr/str/vars()/pickle of the client or of an
error, nor through the request kept on an error's response; a token echoed back by a server is
redacted from exception text and logs, and server text loses its CR/LF (log injection)."""

from __future__ import annotations

import logging
import pickle
import traceback
from typing import Any

import pytest
from hardening._server import Handler, Running, Seen, serve
from hardening._support import TOKEN, Kind, build, invoke

from tnz_ext import APIError, TNZError

NZ = "+64210000001"


def _walk(value: Any, depth: int = 0) -> list[str]:
    """repr of an object and of everything reachable through vars(), a few levels deep."""
    out = [repr(value)]
    if depth < 3 and hasattr(value, "__dict__"):
        for item in vars(value).values():
            out.extend(_walk(item, depth + 1))
    return out


def test_client_shows_no_token(kind: Kind) -> None:
    client = build(kind)
    shown = " ".join([repr(client), str(client), *_walk(client)])
    assert TOKEN not in shown
    with pytest.raises((TypeError, pickle.PicklingError)):
        pickle.dumps(client._token)
    assert TOKEN not in repr(client._token) and TOKEN not in str(client._token)


def _echo(status: int) -> Any:
    def behave(handler: Handler, seen: Seen) -> None:
        echoed = seen.headers.get("Authorization", "")
        handler.send_json(status, {"Result": "Failed", "Message": f"bad key {echoed}\r\nX-Injected: yes\nline"})

    return behave


@pytest.mark.parametrize("status", [400, 401, 404, 500, 503])
def test_token_echoed_by_a_server_is_redacted(kind: Kind, status: int, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with serve(_echo(status)) as server, pytest.raises(APIError) as caught:
        invoke(kind, {"base_url": server.url, "max_retries": 1, "retry_policy": None}, "messaging.sms", "hi", to=NZ)
    error = caught.value
    assert all(s.headers["Authorization"] == f"Basic {TOKEN}" for s in server.seen)  # the token was really sent
    texts = [str(error), repr(error), error.api_message or "", "".join(traceback.format_exception(error))]
    for text in texts:
        assert TOKEN not in text
    assert "\r" not in str(error) and "\n" not in str(error) and "\n" not in (error.api_message or "")
    assert "[redacted]" in str(error)
    assert error.response is not None
    assert TOKEN not in str(error.response.request.headers.get("Authorization"))
    assert TOKEN.encode() not in pickle.dumps(error)
    assert TOKEN not in caplog.text


def test_transport_error_keeps_no_token(kind: Kind, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)

    def close(handler: Handler, seen: Seen) -> None:
        handler.close_now()

    with serve(close) as server, pytest.raises(TNZError) as caught:
        invoke(kind, {"base_url": server.url}, "messaging.sms", "hi", to=NZ)
    error = caught.value
    cause = error.__cause__
    assert cause is not None
    assert TOKEN not in repr(getattr(cause, "request", None) and cause.request.headers)  # type: ignore[attr-defined]
    assert cause.request.headers["Authorization"] == "[redacted]"  # type: ignore[attr-defined]
    assert TOKEN not in "".join(traceback.format_exception(error))
    assert TOKEN.encode() not in pickle.dumps(error)
    assert TOKEN not in caplog.text


def test_successful_raw_response_keeps_no_token(kind: Kind, server: Running) -> None:
    raw = invoke(kind, {"base_url": server.url}, "reports.status.raw", "ID1")
    assert server.seen[0].headers["Authorization"] == f"Basic {TOKEN}"
    assert raw.http_response.request.headers["Authorization"] == "[redacted]"
    assert TOKEN not in repr(raw)
