"""Run a TNZ webhook receiver on your machine: the package's WSGI receiver under wsgiref.

    TNZ_WEBHOOK_API_KEY=... python -m examples.webhook_receiver [port]

Everything it does (verify, parse, skip redeliveries, 200 only once the handler returned) is
``tnz_ext.webhooks.wsgi_app``; in production mount that app, or one of the adapters for
FastAPI/Starlette, Flask or Django, in your web server instead.
"""

from __future__ import annotations

import contextlib
import os
import sys
from wsgiref.simple_server import make_server

from tnz_ext import Webhook, WebhookVerifier
from tnz_ext.webhooks import wsgi_app


def _print_webhook(webhook: Webhook) -> None:
    print(f"{type(webhook).__name__}: {webhook.to_dict()}", flush=True)


def main(argv: list[str]) -> int:
    key = os.environ.get("TNZ_WEBHOOK_API_KEY")
    if not key:
        print("set TNZ_WEBHOOK_API_KEY to your webhook API key", file=sys.stderr)
        return 2
    port = int(argv[1]) if len(argv) > 1 else 8080
    with make_server("127.0.0.1", port, wsgi_app(WebhookVerifier(key), _print_webhook)) as server:
        print(f"listening on http://127.0.0.1:{server.server_port}/", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
