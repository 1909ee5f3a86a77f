"""Error mapping (status and body -> typed error with status, response and MessageID) and the
request's shape: auth and media headers, test mode, configuration from the environment,
white-label hosts, and a caller-supplied httpx client.
"""

from __future__ import annotations

import base64
import io
import json
import uuid
import wave
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from pytest_httpx import HTTPXMock

from tnz_ext import (
    DEFAULT_BASE_URL,
    APIError,
    AsyncTNZClient,
    Attachment,
    AuthenticationError,
    BadRequestError,
    MalformedResponseError,
    NotFoundError,
    RateLimitError,
    ServerError,
    TNZClient,
    TNZError,
    TransportError,
    ValidationError,
)

TOKEN = "unit-test-token"
MESSAGE_ID = "ID123456"
NUMBER = "+64210000001"
FAILED_BODY = {"Result": "Failed", "Message": "Missing Sender", "MessageID": "X"}
HTML_404 = "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TNZ_AUTH_TOKEN", raising=False)
    monkeypatch.delenv("TNZ_BASE_URL", raising=False)


@pytest.fixture
def client() -> Iterator[TNZClient]:
    # No retries: every test here is about a single answer.
    with TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, max_retries=0) as c:
        yield c


def sent_json(request: httpx.Request) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(request.content)
    return data


def wav_bytes(rate: int = 8000) -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x00\x00" * 800)
    return buffer.getvalue()


def send_sms(client: TNZClient, **kwargs: Any) -> Any:
    return client.messaging.sms("Hello", to=NUMBER, **kwargs)


# ---------------------------------------------------------------------------------------- status mapping
@pytest.mark.parametrize(
    ("status", "body", "error_cls"),
    [
        (400, FAILED_BODY, BadRequestError),
        (401, {"Result": "Failed", "Message": "Invalid Auth Token"}, AuthenticationError),
        (404, {"Result": "Failed", "Message": "Not found"}, NotFoundError),
        (429, {"Result": "Failed", "Message": "Too many requests"}, RateLimitError),
        (500, {"Result": "Failed", "Message": "Internal error"}, ServerError),
        (503, {"Result": "Failed", "Message": "Unavailable"}, ServerError),
        (418, {"Result": "Failed", "Message": "I'm a teapot"}, APIError),
    ],
)
def test_status_maps_to_error(
    client: TNZClient, httpx_mock: HTTPXMock, status: int, body: dict[str, str], error_cls: type[APIError]
) -> None:
    httpx_mock.add_response(status_code=status, json=body)

    with pytest.raises(error_cls) as caught:
        send_sms(client)

    error = caught.value
    assert type(error) is error_cls
    assert isinstance(error, TNZError)
    assert error.status_code == status
    assert error.result == "Failed"
    assert error.api_message == body["Message"]
    assert body["Message"] in str(error)
    assert f"HTTP {status}" in str(error)
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == status
    [request] = httpx_mock.get_requests()
    assert (error.response.request.method, error.response.request.url) == (request.method, request.url)
    assert error.response.request.headers["Authorization"] == "[redacted]"
    # The client's MessageID, a UUID4 also in the body sent, wins over whatever the body echoes.
    sent_id = sent_json(request)["MessageData"]["MessageID"]
    assert str(uuid.UUID(sent_id, version=4)) == sent_id
    assert error.message_id == sent_id


def test_400_keeps_tnz_message(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400, json=FAILED_BODY)

    with pytest.raises(BadRequestError) as caught:
        send_sms(client, message_id="Caller-ID-1")

    assert caught.value.api_message == "Missing Sender"
    assert caught.value.message_id == "Caller-ID-1"
    assert sent_json(httpx_mock.get_requests()[0])["MessageData"]["MessageID"] == "Caller-ID-1"


def test_message_id_comes_from_the_body_when_the_call_has_none(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=400, json=FAILED_BODY)

    with pytest.raises(BadRequestError) as caught:
        client.addressbook.contacts.list()

    assert caught.value.message_id == "X"


def test_404_with_html_body(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=404, html=HTML_404)

    with pytest.raises(NotFoundError) as caught:
        client.reports.status(MESSAGE_ID)

    error = caught.value
    assert error.status_code == 404
    assert error.api_message is None
    assert error.result is None
    assert error.message_id == MESSAGE_ID
    assert "Not Found" in str(error)  # the reason phrase stands in for TNZ's message
    assert error.response is not None
    assert error.response.text == HTML_404


def test_401_with_empty_body(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(status_code=401, content=b"")

    with pytest.raises(AuthenticationError) as caught:
        client.reports.status(MESSAGE_ID)

    assert caught.value.status_code == 401
    assert caught.value.message_id == MESSAGE_ID


@pytest.mark.parametrize(("header", "expected"), [("7", 7.0), ("0", 0.0), (None, None)])
def test_429_carries_retry_after(
    client: TNZClient, httpx_mock: HTTPXMock, header: str | None, expected: float | None
) -> None:
    headers = {"Retry-After": header} if header is not None else None
    httpx_mock.add_response(status_code=429, json={"Result": "Failed"}, headers=headers)

    with pytest.raises(RateLimitError) as caught:
        send_sms(client)

    assert caught.value.retry_after == expected


# ---------------------------------------------------------------------------------------- malformed 200
MALFORMED: dict[str, dict[str, Any]] = {
    "html": {"html": "<html><body>Service Temporarily Unavailable</body></html>"},
    "truncated-json": {"content": b'{"Result":"Success","MessageID":"ab'},
    "json-list": {"json": [{"Result": "Success"}]},
    "json-string": {"json": "Success"},
    "empty": {"content": b""},
    "no-result": {"json": {"MessageID": "abc"}},
}


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_200_on_a_send(client: TNZClient, httpx_mock: HTTPXMock, body: dict[str, Any]) -> None:
    httpx_mock.add_response(status_code=200, **body)

    with pytest.raises(MalformedResponseError) as caught:
        send_sms(client)

    error = caught.value
    assert isinstance(error, APIError)
    assert error.status_code == 200
    assert error.response is not None and error.response.status_code == 200
    assert error.message_id == sent_json(httpx_mock.get_requests()[0])["MessageData"]["MessageID"]
    assert error.__cause__ is not None


@pytest.mark.parametrize("body", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_200_on_a_read(client: TNZClient, httpx_mock: HTTPXMock, body: dict[str, Any]) -> None:
    httpx_mock.add_response(status_code=200, **body)

    with pytest.raises(MalformedResponseError) as caught:
        client.reports.status(MESSAGE_ID)

    assert caught.value.status_code == 200
    assert caught.value.message_id == MESSAGE_ID


def test_200_with_result_failed_is_a_bad_request(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Failed", "Message": "Invalid destination"})

    with pytest.raises(BadRequestError) as caught:
        send_sms(client)

    error = caught.value
    assert error.status_code == 200
    assert error.result == "Failed"
    assert error.api_message == "Invalid destination"
    assert "Invalid destination" in str(error)
    assert error.message_id == sent_json(httpx_mock.get_requests()[0])["MessageData"]["MessageID"]
    assert error.response is not None


def test_200_success_returns_the_model(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "Mine-1"})

    raw = client.messaging.sms.raw("Hello", to=NUMBER, message_id="Mine-1")

    assert raw.status_code == 200
    assert raw.parsed.result == "Success"
    assert raw.message_id == "Mine-1"
    assert raw.http_response.request.url == httpx_mock.get_requests()[0].url


# ---------------------------------------------------------------------------------------- request shape
def test_headers_on_a_send(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success"})

    send_sms(client)

    [request] = httpx_mock.get_requests()
    assert request.headers["Authorization"] == f"Basic {TOKEN}"
    assert request.headers["Content-Type"].startswith("application/json")
    assert request.headers["Accept"].startswith("application/json")
    assert sent_json(request)["MessageData"]["Message"] == "Hello"


def test_headers_on_a_read(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success"})

    client.reports.status(MESSAGE_ID)

    [request] = httpx_mock.get_requests()
    assert request.headers["Authorization"] == f"Basic {TOKEN}"
    assert request.headers["Accept"].startswith("application/json")
    assert "Content-Type" not in request.headers
    assert request.content == b""


SENDS: dict[str, Callable[[TNZClient], Any]] = {
    "email": lambda c: c.messaging.email("Subject", to="someone@example.com", message_plain="Hi"),
    "sms": lambda c: c.messaging.sms("Hello", to=NUMBER),
    "fax": lambda c: c.messaging.fax([Attachment.from_bytes(b"%PDF-1.4", "doc.pdf")], to="+6493001234"),
    "voice": lambda c: c.messaging.voice(wav_bytes(), to=NUMBER),
    "tts": lambda c: c.messaging.tts("Hello", to=NUMBER, keypads=[{"Tone": 1, "RouteNumber": NUMBER}]),
}


@pytest.mark.parametrize("send", SENDS.values(), ids=SENDS.keys())
def test_test_mode_marks_every_send(httpx_mock: HTTPXMock, send: Callable[[TNZClient], Any]) -> None:
    httpx_mock.add_response(json={"Result": "Success"})

    with TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, test_mode=True) as client:
        send(client)

    [request] = httpx_mock.get_requests()
    assert sent_json(request)["MessageData"]["Mode"] == "Test"


@pytest.mark.parametrize("send", SENDS.values(), ids=SENDS.keys())
def test_live_mode_sends_no_mode(client: TNZClient, httpx_mock: HTTPXMock, send: Callable[[TNZClient], Any]) -> None:
    httpx_mock.add_response(json={"Result": "Success"})

    send(client)

    assert "Mode" not in sent_json(httpx_mock.get_requests()[0])["MessageData"]


def test_voice_audio_is_sent_as_base64_untouched(client: TNZClient, httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success"})
    audio = wav_bytes()

    client.messaging.voice(audio, to=NUMBER)

    data = sent_json(httpx_mock.get_requests()[0])["MessageData"]
    assert base64.b64decode(data["MessageToPeople"]) == audio


# ---------------------------------------------------------------------------------------- configuration
def test_token_and_base_url_from_environment(httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TNZ_AUTH_TOKEN", "env-token")
    monkeypatch.setenv("TNZ_BASE_URL", "https://env.example.test/api/v2.04/")
    httpx_mock.add_response(json={"Result": "Success"})

    with TNZClient() as client:
        assert client.base_url == "https://env.example.test/api/v2.04"
        client.reports.status(MESSAGE_ID)

    [request] = httpx_mock.get_requests()
    assert request.url == f"https://env.example.test/api/v2.04/get/status/{MESSAGE_ID}"
    assert request.headers["Authorization"] == "Basic env-token"


def test_arguments_win_over_environment(httpx_mock: HTTPXMock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TNZ_AUTH_TOKEN", "env-token")
    monkeypatch.setenv("TNZ_BASE_URL", "https://env.example.test/api/v2.04")
    httpx_mock.add_response(json={"Result": "Success"})

    with TNZClient(auth_token="arg-token", base_url="https://arg.example.test/v2") as client:
        client.reports.status(MESSAGE_ID)

    [request] = httpx_mock.get_requests()
    assert request.url == f"https://arg.example.test/v2/get/status/{MESSAGE_ID}"
    assert request.headers["Authorization"] == "Basic arg-token"


def test_default_base_url(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success"})

    with TNZClient(auth_token=TOKEN) as client:
        client.reports.status(MESSAGE_ID)

    assert httpx_mock.get_requests()[0].url == f"https://api.tnz.co.nz/api/v2.04/get/status/{MESSAGE_ID}"


@pytest.mark.parametrize("token", [None, ""])
@pytest.mark.parametrize("client_cls", [TNZClient, AsyncTNZClient])
def test_missing_token_is_a_validation_error(client_cls: type[Any], token: str | None) -> None:
    with pytest.raises(ValidationError) as caught:
        client_cls(auth_token=token)

    assert caught.value.field == "auth_token"
    assert "TNZ_AUTH_TOKEN" in str(caught.value)


@pytest.mark.parametrize("base_url", ["https://api.bestsms.co.nz/api/v2.04", "https://api.bestsms.co.nz/api/v2.04/"])
def test_white_label_base_url(httpx_mock: HTTPXMock, base_url: str) -> None:
    httpx_mock.add_response(json={"Result": "Success"})

    with TNZClient(auth_token=TOKEN, base_url=base_url) as client:
        client.messaging.sms("Hello", to=NUMBER)

    [request] = httpx_mock.get_requests()
    assert request.url == "https://api.bestsms.co.nz/api/v2.04/send/sms"
    assert request.url.host == "api.bestsms.co.nz"


def test_injected_http_client_is_used_and_left_open(httpx_mock: HTTPXMock) -> None:
    seen: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [seen.append]})
    httpx_mock.add_response(json={"Result": "Success"})

    client = TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, http_client=http)
    client.reports.status(MESSAGE_ID)
    client.close()

    assert seen == httpx_mock.get_requests()
    assert len(seen) == 1
    assert not http.is_closed
    http.close()


def test_owned_http_client_is_closed() -> None:
    client = TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL)
    with client:
        assert not client._http.is_closed
    assert client._http.is_closed


async def test_async_injected_http_client_is_used_and_left_open(httpx_mock: HTTPXMock) -> None:
    seen: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request)

    http = httpx.AsyncClient(event_hooks={"request": [hook]})
    httpx_mock.add_response(status_code=400, json=FAILED_BODY)

    async with AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, http_client=http) as client:
        with pytest.raises(BadRequestError) as caught:
            await client.messaging.sms("Hello", to=NUMBER)

    assert len(seen) == 1
    assert caught.value.message_id == sent_json(seen[0])["MessageData"]["MessageID"]
    assert seen[0].headers["Authorization"] == f"Basic {TOKEN}"
    assert not http.is_closed
    await http.aclose()


async def test_async_owned_http_client_is_closed() -> None:
    client = AsyncTNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL)
    async with client:
        assert not client._http.is_closed
    assert client._http.is_closed


# ---------------------------------------------------------------------------------------- undecodable bodies
def test_undecodable_body_after_a_send_is_a_transport_error_with_the_message_id(
    client: TNZClient, httpx_mock: HTTPXMock
) -> None:
    httpx_mock.add_response(headers={"Content-Encoding": "gzip"}, content=b"this is not gzip")

    with pytest.raises(TransportError) as caught:
        send_sms(client)

    assert caught.value.request_sent is True
    assert caught.value.message_id == sent_json(httpx_mock.get_requests()[0])["MessageData"]["MessageID"]


def test_non_ascii_token_is_refused_without_echoing_it() -> None:
    with pytest.raises(ValidationError) as caught:
        TNZClient(auth_token="sécret-token", base_url=DEFAULT_BASE_URL)
    assert "sécret" not in str(caught.value)


@pytest.mark.parametrize("url", ["ftp://api.tnz.co.nz/api/v2.04", "api.tnz.co.nz/api/v2.04", "http://"])
def test_base_url_must_be_http(url: str) -> None:
    with pytest.raises(ValidationError, match="base_url"):
        TNZClient(auth_token=TOKEN, base_url=url)


def test_injected_client_defaults_apply_and_user_agent_is_sent(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(json={"Result": "Success", "MessageID": "X"})
    with httpx.Client(headers={"X-Team": "billing"}) as http:
        client = TNZClient(auth_token=TOKEN, base_url=DEFAULT_BASE_URL, http_client=http)
        client.reports.status("ID123456")
    request = httpx_mock.get_requests()[0]
    assert request.headers["X-Team"] == "billing"
    assert request.headers["User-Agent"].startswith("tnz-sdk/")
