"""The receiver as a WSGI application (any WSGI server, or mounted inside a WSGI framework)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from tnz_ext.webhooks._receiver import WebhookReceiver

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

__all__ = ["WSGIWebhookApp"]


class WSGIWebhookApp:
    """``app(environ, start_response)``: answers every path; mount it where TNZ should POST."""

    def __init__(self, receiver: WebhookReceiver) -> None:
        if receiver.is_async:
            raise TypeError("on_webhook is async: use the ASGI receiver, or a plain function here")
        self.receiver = receiver

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        """Serve one request (PEP 3333)."""
        stream: Any = environ["wsgi.input"]
        # Without a Content-Length, reading may block for ever unless the server says the input
        # ends (PEP 3333's wsgi.input_terminated, set by servers that handle chunked bodies).
        bounded = bool(environ.get("CONTENT_LENGTH")) or bool(environ.get("wsgi.input_terminated"))

        def read(limit: int) -> bytes:
            return bytes(stream.read(limit)) if bounded else b""

        reply = self.receiver.handle(str(environ.get("REQUEST_METHOD", "")), wsgi_headers(environ), read)
        start_response(reply.status_line, list(reply.headers))
        return [reply.body]


def wsgi_headers(environ: WSGIEnvironment) -> dict[str, str]:
    """The request headers back under their HTTP names (WSGI files them as HTTP_X_TIMESTAMP...)."""
    headers = {
        key[5:].replace("_", "-").title(): str(value) for key, value in environ.items() if key.startswith("HTTP_")
    }
    for key, name in (("CONTENT_TYPE", "Content-Type"), ("CONTENT_LENGTH", "Content-Length")):
        if environ.get(key):
            headers[name] = str(environ[key])
    return headers
