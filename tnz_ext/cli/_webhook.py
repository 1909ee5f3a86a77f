"""``tnz webhook parse FILE`` and ``tnz webhook serve``: the package's receiver, printing or forwarding.

``serve`` runs ``tnz_ext.webhooks.wsgi_app`` (the same receiver an application mounts) on the
standard library's wsgiref server: the key and timestamp are checked from the headers before the
body is read, the body is capped, a delivery already processed is acknowledged and skipped, and a
handler failure (a forward that did not go through) answers 500 so TNZ delivers again later.

"""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from typing import TYPE_CHECKING, Any

from tnz_ext._errors import ValidationError

from ._output import Output

if TYPE_CHECKING:
    from tnz_ext._webhooks import Webhook

__all__ = ["webhook"]


def _event(webhook: Webhook) -> dict[str, Any]:
    return {"type": type(webhook).__name__, **webhook.to_dict()}


class _OneLine(logging.Handler):
    """The receiver's log (a duplicate skipped, a handler that failed) as one stderr line each,
    the failure's reason included and never a traceback."""

    def emit(self, record: logging.LogRecord) -> None:
        reason = ""
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            reason = f": {type(exc).__name__}: {exc}".splitlines()[0]
        try:
            sys.stderr.write(f"tnz: {record.getMessage()}{reason}\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass


def _parse(args: argparse.Namespace, out: Output) -> int:
    from tnz_ext._webhooks import parse_webhook

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

    from tnz_ext._webhooks import DEFAULT_MAX_WEBHOOK_BYTES, WebhookVerifier
    from tnz_ext.webhooks import wsgi_app

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

    log = logging.getLogger("tnz_ext.webhooks")
    handler = _OneLine(logging.INFO)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    app = wsgi_app(verifier, on_webhook, max_bytes=DEFAULT_MAX_WEBHOOK_BYTES)
    stopped: list[int] = []

    def stop(signum: int, frame: object) -> None:
        # Not a KeyboardInterrupt inside a request (wsgiref would print its traceback and carry
        # on): the request being answered finishes, then serve_forever returns.
        if not stopped:
            stopped.append(signum)
            threading.Thread(target=server.shutdown, daemon=True).start()

    try:
        with make_server(args.host, args.port, app, handler_class=Quiet) as server:
            previous = signal.signal(signal.SIGINT, stop)
            try:
                sys.stderr.write(
                    f"tnz: webhook receiver on http://{args.host}:{server.server_port}/ (Ctrl-C stops it)\n"
                )
                sys.stderr.flush()
                server.serve_forever()
            finally:
                signal.signal(signal.SIGINT, previous)
    finally:
        log.removeHandler(handler)
        if forward is not None:
            forward.close()
    if stopped:
        raise KeyboardInterrupt  # the command line's own "interrupted" line and exit code
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
