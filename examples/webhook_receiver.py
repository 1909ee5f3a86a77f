"""A framework-agnostic WSGI endpoint for TNZ webhooks (status reports and received SMS).

Verify first, then parse, then hand the model over: TNZ retries any non-2xx answer every five
minutes for 24 hours, so the statuses matter: 401/400/413 tell a stranger or a broken sender
no, and 500 (the handler failed) makes TNZ deliver again later.

Run it:  TNZ_WEBHOOK_API_KEY=... python -m examples.webhook_receiver [port]
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable
from wsgiref.simple_server import make_server
from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

from tnz_api.models import SMSReceivedWebhook, StatusWebhook

from tnz_ext import WebhookParseError, WebhookVerificationError, WebhookVerifier
from tnz_ext._webhooks import DEFAULT_MAX_WEBHOOK_BYTES

__all__ = ["make_app"]

_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    413: "Content Too Large",
    500: "Internal Server Error",
}


def make_app(
    verifier: WebhookVerifier,
    on_webhook: Callable[[StatusWebhook | SMSReceivedWebhook], None],
    *,
    max_bytes: int = DEFAULT_MAX_WEBHOOK_BYTES,
) -> WSGIApplication:
    """A WSGI app that calls ``on_webhook`` with each verified, parsed webhook."""

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def answer(status: int, extra: list[tuple[str, str]] | None = None) -> list[bytes]:
            body = f"{_REASONS[status]}\n".encode()
            headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))]
            start_response(f"{status} {_REASONS[status]}", headers + (extra or []))
            return [body]

        if environ.get("REQUEST_METHOD") != "POST":
            return answer(405, [("Allow", "POST")])
        headers = _headers(environ)
        try:
            # Headers only: a stranger's body is never read or parsed.
            verifier.verify(headers)
        except WebhookVerificationError:
            return answer(401)
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return answer(400)
        if length < 0:
            return answer(400)
        if length > max_bytes:
            return answer(413)
        # Never more than the cap plus one byte, whatever the client claims.
        body = environ["wsgi.input"].read(min(length, max_bytes + 1))
        if len(body) > max_bytes:
            return answer(413)
        try:
            webhook = verifier.parse(body, headers, max_bytes=max_bytes)
        except WebhookVerificationError:  # the clock moved past max_age in between
            return answer(401)
        except WebhookParseError:
            return answer(400)
        try:
            on_webhook(webhook)
        except Exception:
            return answer(500)
        return answer(200)

    return app


def _headers(environ: WSGIEnvironment) -> dict[str, str]:
    """The request headers back under their HTTP names (WSGI files them as HTTP_X_TIMESTAMP...)."""
    headers = {
        key[5:].replace("_", "-").title(): str(value) for key, value in environ.items() if key.startswith("HTTP_")
    }
    if environ.get("CONTENT_TYPE"):
        headers["Content-Type"] = str(environ["CONTENT_TYPE"])
    return headers


def _print_webhook(webhook: StatusWebhook | SMSReceivedWebhook) -> None:
    print(f"{type(webhook).__name__}: {webhook.to_dict()}", flush=True)


def main(argv: list[str]) -> int:
    key = os.environ.get("TNZ_WEBHOOK_API_KEY")
    if not key:
        print("set TNZ_WEBHOOK_API_KEY to your webhook API key", file=sys.stderr)
        return 2
    port = int(argv[1]) if len(argv) > 1 else 8080
    with make_server("127.0.0.1", port, make_app(WebhookVerifier(key), _print_webhook)) as server:
        print(f"listening on http://127.0.0.1:{server.server_port}/", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
