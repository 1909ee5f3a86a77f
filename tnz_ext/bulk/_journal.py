"""The run's journal: an SQLite file (WAL) that is the only memory a bulk send has across crashes.

Every batch is written, with its recipients and its MessageID, and committed before any of it is
sent; a batch is marked ``sending`` (committed, fsynced) before its request leaves and gets its
outcome after. A process killed at any instant therefore leaves each batch in one of three
knowable places: never attempted (``planned``), attempted with the outcome unknown (``sending``
or ``ambiguous``: the status call decides), or finished. Nothing about a run lives only in memory.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import time
from collections.abc import Iterator
from typing import Any, NamedTuple

from tnz_ext._errors import ValidationError

__all__ = ["FINAL_STATES", "OPEN_STATES", "Batch", "Journal"]

SCHEMA_VERSION = "1"
# planned: never attempted, or provably not received (safe to send). sending: committed just
# before the request left; found at start-up it means the process died mid-request. ambiguous:
# the request may have reached TNZ and no answer came. sent: accepted (or found by the status
# call: reconciled=1). refused: TNZ answered no. failed: refused here, nothing was sent.
OPEN_STATES = ("planned", "sending", "ambiguous")
FINAL_STATES = ("sent", "refused", "failed")

_DDL = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS batches (
    id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    first_line INTEGER NOT NULL,
    last_line INTEGER NOT NULL,
    recipients INTEGER NOT NULL,
    parts INTEGER NOT NULL,
    destinations TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'planned',
    attempts INTEGER NOT NULL DEFAULT 0,
    reconciled INTEGER NOT NULL DEFAULT 0,
    detail TEXT,
    updated REAL
);
CREATE INDEX IF NOT EXISTS batches_state ON batches (state, id);
"""


class Batch(NamedTuple):
    id: int
    message_id: str
    first_line: int
    last_line: int
    recipients: int
    state: str
    attempts: int
    updated: float  # when the state last changed (for sending: when the request left)


class Journal:
    """One run's journal. Only one process may drive a run at a time (an exclusive lock file)."""

    def __init__(self, path: str | os.PathLike[str], *, create: bool = True, lock: bool = True) -> None:
        self.path = os.fspath(path)
        if not create and not os.path.exists(self.path):
            raise ValidationError("journal", f"{self.path!r} does not exist")
        self._lock: int | None = None
        if lock:  # two processes driving one run could both send a batch: the kernel drops it at exit
            self._lock = os.open(self.path + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(self._lock)
                raise ValidationError("journal", f"{self.path!r} is in use by another tnz bulk run") from None
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=True)
            self._db.execute("PRAGMA journal_mode=WAL")
            # FULL: a commit is on disk before the request it guards leaves (power loss included).
            self._db.execute("PRAGMA synchronous=FULL")
            self._durable = True
            self._db.executescript(_DDL)
        except sqlite3.Error as exc:
            if self._lock is not None:
                os.close(self._lock)
                self._lock = None
            raise ValidationError("journal", f"{self.path!r} is not a usable journal: {exc}") from None

    def close(self) -> None:
        """Close the journal database and release its lock file."""
        self._db.close()
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ---------------------------------------------------------------------------------- meta
    def meta(self) -> dict[str, Any]:
        """The run's recorded settings (what was planned, from which file)."""
        return {k: json.loads(v) for k, v in self._db.execute("SELECT key, value FROM meta")}

    @property
    def planned(self) -> bool:
        return bool(self.meta().get("planned"))

    # ---------------------------------------------------------------------------------- planning
    def begin_plan(self, meta: dict[str, Any]) -> None:
        """One transaction for the whole plan: a crash while planning leaves an empty journal."""
        self._db.execute("BEGIN IMMEDIATE")
        self._db.execute("DELETE FROM batches")
        self._db.execute("DELETE FROM meta")
        self._db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [(k, json.dumps(v)) for k, v in {**meta, "schema": SCHEMA_VERSION}.items()],
        )

    def add_batch(
        self, message_id: str, first_line: int, last_line: int, recipients: int, parts: int, destinations: str
    ) -> None:
        """Record one planned batch (its MessageID, source lines and destinations) before it is sent."""
        self._db.execute(
            "INSERT INTO batches (message_id, first_line, last_line, recipients, parts, destinations, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (message_id, first_line, last_line, recipients, parts, destinations, time.time()),
        )

    def commit_plan(self) -> None:
        """Make the planned batches durable: the plan is on disk before anything is sent."""
        if not self._durable:  # the plan is the run: on disk before anything is sent
            self._db.execute("PRAGMA synchronous=FULL")
            self._durable = True
        self._db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('planned', 'true')")
        self._db.execute("COMMIT")

    def abort_plan(self) -> None:
        """Drop a plan that was not committed (nothing of it was sent)."""
        if self._db.in_transaction:
            self._db.execute("ROLLBACK")

    # ---------------------------------------------------------------------------------- sending
    def batches(self, states: tuple[str, ...], *, chunk: int = 256) -> Iterator[Batch]:
        """Batches in those states, by id, read a chunk at a time (states may change meanwhile)."""
        marks = ",".join("?" * len(states))
        last = 0
        while True:
            rows = self._db.execute(
                "SELECT id, message_id, first_line, last_line, recipients, state, attempts, updated FROM batches"
                f" WHERE state IN ({marks}) AND id > ? ORDER BY id LIMIT ?",
                (*states, last, chunk),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield Batch(*row)
            last = rows[-1][0]

    def destinations(self, batch_id: int) -> list[dict[str, str]]:
        """The batch's destinations, as they are sent."""
        (text,) = self._db.execute("SELECT destinations FROM batches WHERE id = ?", (batch_id,)).fetchone()
        data: list[dict[str, str]] = json.loads(text)
        return data

    def mark(
        self,
        batch_id: int,
        state: str,
        *,
        detail: str | None = None,
        attempt: bool = False,
        reconciled: bool = False,
        touch: bool = True,
    ) -> None:
        """Record a state; committed when this returns, and for ``sending`` also fsynced.

        ``sending`` must be on disk before the request leaves. Any other state may be lost to a
        power cut (not to a killed process: the WAL is in the OS's hands once committed) and
        costs nothing if it is: the batch is then found ``sending`` again and reconciled. So only
        ``sending`` pays for an fsync (which also flushes every lazy commit before it).
        """
        durable = state == "sending"
        if durable != self._durable:
            self._db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            self._durable = durable
        self._db.execute(
            "UPDATE batches SET state = ?, detail = ?, attempts = attempts + ?, reconciled = reconciled OR ?,"
            " updated = COALESCE(?, updated) WHERE id = ?",
            (state, detail, int(attempt), int(reconciled), time.time() if touch else None, batch_id),
        )

    # ---------------------------------------------------------------------------------- reporting
    def counts(self) -> dict[str, tuple[int, int]]:
        """state -> (batches, recipients)."""
        rows = self._db.execute("SELECT state, COUNT(*), SUM(recipients) FROM batches GROUP BY state")
        return {state: (n, int(r or 0)) for state, n, r in rows}

    def reconciled(self) -> tuple[int, int]:
        """(batches, recipients) whose outcome was confirmed with TNZ after an uncertain send."""
        row = self._db.execute("SELECT COUNT(*), SUM(recipients) FROM batches WHERE reconciled = 1").fetchone()
        return int(row[0]), int(row[1] or 0)

    def problems(self, limit: int = 50) -> list[tuple[int, str, int, int, str, str]]:
        """(batch, MessageID, first line, last line, state, detail) of batches not sent."""
        rows = self._db.execute(
            "SELECT id, message_id, first_line, last_line, state, COALESCE(detail, '') FROM batches"
            " WHERE state != 'sent' ORDER BY id LIMIT ?",
            (limit,),
        )
        return [tuple(r) for r in rows]
