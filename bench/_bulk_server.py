"""A loopback stand-in for TNZ that counts every recipient it receives, per MessageID.

Used by the bulk crash test and by the bulk benchmark. It speaks the parts of TNZ's wire a bulk
send uses: ``POST .../send/sms`` and ``.../send/email`` (JSON), and ``GET .../get/status/{id}``,
answered from what it actually read (a MessageID it never received gets TNZ's HTTP 400
``Result: Failed``). It can misbehave on purpose:

* ``--drop-every N``: after reading every Nth send in full (and recording it), close the
  connection without answering, as a lost answer would look to the client;
* ``--fail-first N``: answer the first N sends with HTTP 503, without recording them (TNZ's side
  failed before taking the message: the status call then does not know the MessageID);
* ``--answer-status CODE``: answer every send with that HTTP status (401, 429...), not recording it;
* ``--refuse-every N``: answer every Nth send with TNZ's HTTP 400 ``Result: Failed`` (not recorded);
* ``--hold-first S``: read the first send, record it, then wait S seconds before answering (so a
  test can kill the client while that request is certainly in flight).

``GET /__stats`` returns ``{"sends": n, "recipients": n, "duplicates": n, "max_per_recipient": n,
"message_ids": n}`` and, with ``?recipients=1``, the per-recipient counts. Run it as
``python -m bench._bulk_server [options]``: it prints its port on the first line of stdout and
serves until terminated.
"""

from __future__ import annotations

import argparse
import contextlib
import http.server
import json
import sys
import threading
import time
from collections import Counter
from urllib.parse import parse_qs, urlsplit


class State:
    def __init__(
        self,
        drop_every: int,
        hold_first: float,
        record: bool,
        refuse_every: int = 0,
        fail_first: int = 0,
        answer_status: int = 0,
    ) -> None:
        self.lock = threading.Lock()
        self.fail_first = fail_first
        self.answer_status = answer_status
        self.refuse_every = refuse_every
        self.posts = 0
        self.drop_every = drop_every
        self.hold_first = hold_first
        self.record = record
        self.sends = 0
        self.recipients = 0
        self.per_recipient: Counter[str] = Counter()
        self.per_message: dict[str, int] = {}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    state: State

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def _answer(self, status: int, payload: object) -> None:
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        if len(body) < length:
            self.close_connection = True  # the client went away mid-request: nothing was received
            return
        data = json.loads(body)["MessageData"]
        message_id = data["MessageID"]
        destinations = data["Destinations"]
        state = self.state
        with state.lock:
            state.posts += 1
            refuse = bool(state.refuse_every) and state.posts % state.refuse_every == 0
            fail = state.posts <= state.fail_first
        if state.answer_status:
            self._answer(state.answer_status, {"Result": "Failed", "Message": f"HTTP {state.answer_status} on purpose"})
            return
        if fail:
            self._answer(503, {"Result": "Failed", "Message": "Unavailable on purpose"})
            return
        if refuse:
            self._answer(400, {"Result": "Failed", "Message": "Refused on purpose", "MessageID": message_id})
            return
        with state.lock:
            state.sends += 1
            number = state.sends
            state.recipients += len(destinations)
            state.per_message[message_id] = state.per_message.get(message_id, 0) + len(destinations)
            if state.record:
                state.per_recipient.update(d["Recipient"] for d in destinations)
        if number == 1 and state.hold_first:
            time.sleep(state.hold_first)
        if state.drop_every and number % state.drop_every == 0:
            self.close_connection = True  # read and recorded, never answered
            return
        with contextlib.suppress(OSError):  # the client may be gone (killed while we held the answer)
            self._answer(200, {"Result": "Success", "MessageID": message_id})

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        state = self.state
        if url.path == "/__stats":
            with state.lock:
                counts = state.per_recipient.values()
                stats: dict[str, object] = {
                    "sends": state.sends,
                    "recipients": state.recipients,
                    "message_ids": len(state.per_message),
                    "distinct_recipients": len(state.per_recipient),
                    "duplicates": sum(c - 1 for c in counts if c > 1),
                    "max_per_recipient": max(counts, default=0),
                }
                if parse_qs(url.query).get("recipients"):
                    stats["per_recipient"] = dict(state.per_recipient)
            self._answer(200, stats)
            return
        if "/get/status/" in url.path:
            message_id = url.path.rsplit("/", 1)[1]
            with state.lock:
                count = state.per_message.get(message_id)
            if count is None:
                self._answer(400, {"Result": "Failed", "Message": "MessageID not found", "MessageID": message_id})
            else:
                self._answer(
                    200,
                    {
                        "Result": "Success",
                        "MessageID": message_id,
                        "Status": "Completed",
                        "Count": count,
                        "Complete": count,
                        "Success": count,
                        "Failed": 0,
                    },
                )
            return
        self._answer(404, {"Result": "Failed", "Message": "not found"})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench._bulk_server", description=__doc__)
    parser.add_argument("--drop-every", type=int, default=0)
    parser.add_argument("--hold-first", type=float, default=0.0)
    parser.add_argument("--refuse-every", type=int, default=0)
    parser.add_argument("--fail-first", type=int, default=0)
    parser.add_argument("--answer-status", type=int, default=0)
    parser.add_argument("--no-record", action="store_true", help="count totals only (no per-recipient table)")
    args = parser.parse_args(argv)
    Handler.state = State(
        args.drop_every, args.hold_first, not args.no_record, args.refuse_every, args.fail_first, args.answer_status
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
