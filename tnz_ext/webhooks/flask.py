"""Flask: a view for the receiver (``pip install "<this package>[flask]"``).

    from flask import Flask
    from tnz_ext import WebhookVerifier
    from tnz_ext.webhooks import WebhookReceiver
    from tnz_ext.webhooks.flask import view

    receiver = WebhookReceiver(WebhookVerifier(api_key="..."), on_webhook=handle)
    app = Flask(__name__)
    app.add_url_rule("/tnz/webhook", view_func=view(receiver), methods=["POST"])

``on_webhook`` is a plain function (Flask views are synchronous).
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Response, request

from tnz_ext.webhooks._receiver import WebhookReceiver

__all__ = ["view"]


def view(receiver: WebhookReceiver, *, name: str = "tnz_webhook") -> Callable[[], Response]:
    """A Flask view function serving ``receiver`` (``name`` is its endpoint name)."""
    if receiver.is_async:
        raise TypeError("on_webhook is async: Flask views are synchronous, pass a plain function")

    def tnz_webhook() -> Response:
        # request.stream is bounded by Content-Length; get_data() would read any size into memory.
        headers: dict[str, str] = {}
        for name, value in request.headers.items():
            headers.setdefault(name, value)  # the first of a repeated header is the one checked
        reply = receiver.handle(request.method, headers, request.stream.read)
        return Response(reply.body, status=reply.status, headers=list(reply.headers))

    tnz_webhook.__name__ = name
    return tnz_webhook
