"""``tnz webhook parse FILE`` and ``tnz webhook serve``: a verified receiver that prints or forwards.

The receiver is a small WSGI app on the standard library's wsgiref server, built on
``tnz_ext.WebhookVerifier``: the key and timestamp are checked from the headers before the body
is read, the body is capped, and a handler failure (a forward that did not go through) answers
500 so TNZ delivers again later.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from tnz_ext._errors import ValidationError

from ._output import Output

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIApplication, WSGIEnvironment

    from tnz_ext import Webhook, WebhookVerifier

__all__ = ["make_app", "webhook"]

_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    413: "Content Too Large",
    500: "Internal Server Error",
}


def _event(webhook: Webhook) -> dict[str, Any]:
    return {"type": type(webhook).__name__, **webhook.to_dict()}


def make_app(verifier: WebhookVerifier, on_webhook: Callable[[Webhook], None], *, max_bytes: int) -> WSGIApplication:
    """A WSGI app: 200 for a verified webhook handed to ``on_webhook``; 401/400/405/413/500 otherwise."""
    from tnz_ext import WebhookParseError, WebhookVerificationError

    def app(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        def answer(status: int) -> list[bytes]:
            body = f"{_REASONS[status]}\n".encode()
            start_response(
                f"{status} {_REASONS[status]}",
                [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))],
            )
            return [body]

        if environ.get("REQUEST_METHOD") != "POST":
            return answer(405)
        headers = {k[5:].replace("_", "-").title(): str(v) for k, v in environ.items() if k.startswith("HTTP_")}
        if environ.get("CONTENT_TYPE"):
            headers["Content-Type"] = str(environ["CONTENT_TYPE"])
        try:
            verifier.verify(headers)  # before a stranger's body is read
        except WebhookVerificationError:
            return answer(401)
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return answer(400)
        if length < 0 or length > max_bytes:
            return answer(413 if length > 0 else 400)
        body = environ["wsgi.input"].read(length)
        try:
            webhook = verifier.parse(body, headers, max_bytes=max_bytes)
        except WebhookVerificationError:
            return answer(401)
        except WebhookParseError:
            return answer(400)
        try:
            on_webhook(webhook)
        except Exception:
            return answer(500)
        return answer(200)

    return app


def _parse(args: argparse.Namespace, out: Output) -> int:
    from tnz_ext import parse_webhook

    try:
        if args.file == "-":
            body = sys.stdin.buffer.read()
        else:
            with open(args.file, "rb") as f:
                body = f.read()
    except OSError as exc:
        raise ValidationError("FILE", f"cannot read {args.file!r}: {exc.strerror or exc}") from None
    headers = {"Content-Type": args.content_type} if args.content_type else {}
    out.record(_event(parse_webhook(body, headers)))
    return 0


def _serve(args: argparse.Namespace, out: Output) -> int:
    from wsgiref.simple_server import WSGIRequestHandler, make_server

    from tnz_ext import WebhookVerifier
    from tnz_ext._webhooks import DEFAULT_MAX_WEBHOOK_BYTES

    key = args.api_key or os.environ.get("TNZ_WEBHOOK_API_KEY")
    if not key:
        raise ValidationError("api_key", "pass --api-key or set TNZ_WEBHOOK_API_KEY (the key TNZ sends)")
    verifier = WebhookVerifier(api_key=key, max_age=None if args.max_age <= 0 else args.max_age)
    forward = None
    if args.forward:
        import httpx

        forward = httpx.Client(timeout=10.0)

    def on_webhook(webhook: Webhook) -> None:
        event = _event(webhook)
        if forward is not None:
            forward.post(args.forward, json=event).raise_for_status()  # failing -> 500 -> TNZ retries
        out.record(event, text=f"{event['type']}: {json.dumps(webhook.to_dict(), ensure_ascii=False)}")

    class Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *a: Any) -> None:
            pass

    app = make_app(verifier, on_webhook, max_bytes=DEFAULT_MAX_WEBHOOK_BYTES)
    with make_server(args.host, args.port, app, handler_class=Quiet) as server:
        sys.stderr.write(f"tnz: webhook receiver on http://{args.host}:{server.server_port}/ (Ctrl-C stops it)\n")
        sys.stderr.flush()
        try:
            server.serve_forever()
        finally:
            if forward is not None:
                forward.close()
    return 0


def webhook(argv: list[str], out: Output) -> int:
    from ._app import _epilog, _Parser

    parser = _Parser(prog="tnz webhook", description="parse a webhook body, or serve a receiver", epilog=_epilog())
    sub = parser.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = sub.add_parser("parse", help="parse a webhook body (JSON or XML) from a file, or - for stdin")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--content-type", help="the Content-Type it came with (the body's first byte decides anyway)")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("serve", help="receive webhooks: verify, parse, print (or forward) each one")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080; 0 picks a free one)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--api-key", help="the webhook API key TNZ sends (default $TNZ_WEBHOOK_API_KEY)")
    p.add_argument("--max-age", type=float, default=300.0, help="refuse X-Timestamp older than this (0: no check)")
    p.add_argument("--forward", metavar="URL", help="POST each event as JSON to this URL too")
    p.add_argument("--json", action="store_true", help="print each event as a JSON line")
    args = parser.parse_args(argv)
    out.json = args.json
    return _parse(args, out) if args.action == "parse" else _serve(args, out)
