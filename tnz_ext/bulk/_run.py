"""Plan a bulk send into its journal, then send it batch by batch, resumable at any point.

The rule that keeps every recipient to exactly one message: a batch whose request may have
reached TNZ is never sent again until TNZ's status call says it does not know the batch's
MessageID. Sent, refused and failed batches are final; a re-run skips them. Batches left
``sending`` by a killed process, or ``ambiguous`` by a lost answer, are reconciled through the
status call before anything else happens; only those TNZ has never seen go out again, under
the same MessageID.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, cast

import attrs

from tnz_ext._call import Call, Settings
from tnz_ext._client import TNZClient
from tnz_ext._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    NotFoundError,
    RateLimitError,
    TransportError,
    ValidationError,
)
from tnz_ext._files import MAX_REQUEST_BYTES
from tnz_ext._reconcile import ReconcilePolicy

from ._csv import iter_rows
from ._journal import Batch, Journal
from ._plan import BatchPlan, Channel, Problems, RowChecker, Template, batches

__all__ = ["BulkInputError", "BulkJob", "DryRun", "Problems", "Summary", "dry_run", "plan", "send"]

# Keys of the journal's meta that define *what* is sent: a re-run must agree on all of them.
_IDENTITY = ("channel", "texts", "options", "csv_sha256", "to_column", "region", "allowed_prefixes", "max_parts")


class BulkInputError(ValidationError):
    """Rows of the CSV are bad; nothing was sent. ``problems`` holds (line, why) for each."""

    def __init__(self, problems: Problems) -> None:
        self.problems = problems
        shown = problems.items[0]
        super().__init__("CSV", f"{problems.count} bad row(s), nothing sent; line {shown[0]}: {shown[1]}")


@attrs.frozen
class BulkJob:
    """What to send to whom: the message texts, the CSV, and the checks' settings."""

    channel: Channel
    csv_path: str
    texts: dict[str, str]  # sms: Message; email: EmailSubject, MessagePlain, MessageHTML
    options: dict[str, Any] = attrs.field(factory=dict)  # other MessageData fields, snake_case
    to_column: str = "to"
    batch_size: int = 1000
    max_parts: int = 3
    region: str = "NZ"
    allowed_prefixes: tuple[str, ...] | None = None
    # TNZ's limit is 20 MB a request; XML bodies are about twice the JSON size, so pass less for XML.
    request_bytes: int = MAX_REQUEST_BYTES

    def checker(self) -> RowChecker:
        """A row checker for this job's channel, texts, region and prefixes."""
        return RowChecker(
            self.channel,
            Template(self.texts),
            region=self.region,
            allowed_prefixes=self.allowed_prefixes,
            max_parts=self.max_parts,
        )

    def fixed_bytes(self) -> int:
        """A generous estimate of the bytes of a request before its destinations."""
        return sum(len(text.encode()) * 2 for text in self.texts.values()) + 4096


def _sha256(path: str) -> str:
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError as exc:
        raise ValidationError("CSV", f"cannot read {path!r}: {exc.strerror or exc}") from None


class _WireDestination:
    """A journalled destination, already in wire form, standing in for a generated ``Destination``.

    The generated model's ``to_dict`` asks each destination for its wire dict; a thousand of them
    parsed into attrs models only to be turned back into the same dicts cost as much as the rest
    of the request. The whole body is still validated against the spec's schema before it is
    sent (``validate_body`` checks the wire dict, which these feed), so nothing goes unchecked.
    """

    __slots__ = ("_wire",)

    def __init__(self, wire: dict[str, str]) -> None:
        self._wire = wire

    def to_dict(self) -> dict[str, str]:
        return self._wire


def _call(job: BulkJob, destinations: list[dict[str, str]], message_id: str) -> Call[Any]:
    """The send of one batch, as a Call the client executes (with its schema check and error mapping).

    Destinations come from the journal, where only rows the plan checked are written (numbers
    already normalised to E.164 and prefix-checked, with the client's own answers), so they go
    into the request as they are: checking a million numbers a second time would double the
    cost of a run. Everything else is built as ``tnz_ext._operations`` builds it, and the whole
    body is validated against the spec by the client before it leaves.
    """
    from tnz_api import models as m

    from tnz_ext._operations import _data, _endpoint

    def body(settings: Settings) -> Any:
        items = cast("list[m.Destination]", [_WireDestination(d) for d in destinations])
        if job.channel == "sms":
            return m.SMSRequest(
                message_data=_data(
                    m.SMSMessageData,
                    settings,
                    job.options,
                    message_id=message_id,
                    message=job.texts["Message"],
                    destinations=items,
                )
            )
        return m.EmailRequest(
            message_data=_data(
                m.EmailMessageData,
                settings,
                job.options,
                message_id=message_id,
                email_subject=job.texts["EmailSubject"],
                message_plain=job.texts.get("MessagePlain"),
                message_html=job.texts.get("MessageHTML"),
                destinations=items,
            )
        )

    endpoint = "messaging.send_sms" if job.channel == "sms" else "messaging.send_email"
    return Call(_endpoint(endpoint), m.SendResponse, body=body, message_id=message_id, idempotent=False)


def _check_request(job: BulkJob, destination: dict[str, str]) -> None:
    """Build and validate one real request body, so a bad option fails before any batch is sent."""
    from tnz_ext._validate import validate_body

    settings = Settings(region=job.region, allowed_prefixes=job.allowed_prefixes, max_sms_parts=job.max_parts)
    call = _call(job, [destination], "bulk-check")
    assert call.body is not None
    validate_body(call.body(settings))


# ---------------------------------------------------------------------------------------- planning
@attrs.frozen
class DryRun:
    """What a run would send (recipients, batches, parts, largest batch), found without sending."""

    recipients: int
    batches: int
    parts: int
    largest_batch_bytes: int
    problems: Problems


def dry_run(job: BulkJob, *, keep_problems: int = 1000) -> DryRun:
    """Check every row and count the batches, writing nothing and sending nothing."""
    problems = Problems(keep_problems)
    recipients = count = parts = largest = 0
    checked_request = False
    for batch in batches(
        iter_rows(job.csv_path, job.to_column),
        job.checker(),
        batch_size=job.batch_size,
        problems=problems,
        fixed_bytes=job.fixed_bytes(),
        request_bytes=job.request_bytes,
    ):
        if not checked_request:
            _check_request(job, json.loads(batch.destinations)[0])
            checked_request = True
        recipients += batch.recipients
        parts += batch.parts
        count += 1
        largest = max(largest, len(batch.destinations.encode()))
    return DryRun(recipients, count, parts, largest, problems)


def plan(job: BulkJob, journal: Journal, *, keep_problems: int = 1000, new_id: Callable[[], str] | None = None) -> bool:
    """Write the run into the journal (one transaction), or check that it is already there.

    Returns True when this call planned the run, False when the journal already held it.
    Raises BulkInputError (nothing written) when any row is bad.
    """
    digest = _sha256(job.csv_path)
    identity = {
        "channel": job.channel,
        "texts": job.texts,
        "options": job.options,
        "csv_sha256": digest,
        "to_column": job.to_column,
        "region": job.region,
        "max_parts": job.max_parts,
        "allowed_prefixes": list(job.allowed_prefixes) if job.allowed_prefixes is not None else None,
    }
    if journal.planned:
        meta = journal.meta()
        for key in _IDENTITY:
            if json.loads(json.dumps(identity[key])) != meta.get(key):
                what = "the CSV file's content" if key == "csv_sha256" else key
                raise ValidationError(
                    "journal", f"{journal.path!r} belongs to another run ({what} differs): use a new --journal"
                )
        return False
    make_id = new_id or (lambda: str(uuid.uuid4()))
    problems = Problems(keep_problems)
    journal.begin_plan(
        {**identity, "csv": os.path.abspath(job.csv_path), "batch_size": job.batch_size, "created": time.time()}
    )
    try:
        first: BatchPlan | None = None
        for batch in batches(
            iter_rows(job.csv_path, job.to_column),
            job.checker(),
            batch_size=job.batch_size,
            problems=problems,
            fixed_bytes=job.fixed_bytes(),
            request_bytes=job.request_bytes,
        ):
            if first is None:
                first = batch
                _check_request(job, json.loads(batch.destinations)[0])
            journal.add_batch(
                make_id(), batch.first_line, batch.last_line, batch.recipients, batch.parts, batch.destinations
            )
        if problems:
            raise BulkInputError(problems)
        if first is None:
            raise ValidationError("CSV", "no recipients: the file has a header and no rows")
        journal.commit_plan()
    except BaseException:
        journal.abort_plan()
        raise
    return True


# ---------------------------------------------------------------------------------------- sending
@attrs.frozen
class Summary:
    """Where a run stands: batches and recipients per state, reconciliations and problems."""

    by_state: dict[str, tuple[int, int]]  # state -> (batches, recipients)
    reconciled: tuple[int, int]
    problems: list[tuple[int, str, int, int, str, str]]
    stopped: str | None = None

    def recipients(self, *states: str) -> int:
        """How many recipients are in any of these states."""
        return sum(self.by_state.get(s, (0, 0))[1] for s in states)

    @property
    def unresolved(self) -> int:
        return self.recipients("planned", "sending", "ambiguous")

    @property
    def exit_code(self) -> int:
        """0 all sent; 1 TNZ stopped the run (auth...) or refused some; 3 some outcome still open (run again)."""
        if self.stopped:
            return 1
        if self.unresolved:
            return 3
        if self.recipients("refused", "failed"):
            return 1
        return 0


Progress = Callable[[str, Batch, str | None], None]  # (new state, batch, detail)


def _outcome(
    client: TNZClient, job: BulkJob, batch: Batch, destinations: list[dict[str, str]]
) -> tuple[str, str | None]:
    """Send one batch; (state, detail). Runs in a worker thread: no journal access here."""
    try:
        client._execute(_call(job, destinations, batch.message_id))
    except BadRequestError as exc:  # TNZ answered and refused it: final, not sent
        return "refused", str(exc)
    except (AuthenticationError, NotFoundError) as exc:  # answered, not accepted: stop everything
        return "stop", str(exc)
    except RateLimitError as exc:  # answered, not accepted: again later
        return "retry", f"{exc}|{exc.retry_after or ''}"
    except APIError as exc:  # 5xx or an unreadable answer: TNZ may have taken it
        return "ambiguous", str(exc)
    except TransportError as exc:
        return ("ambiguous" if exc.request_sent else "retry"), str(exc)
    except ValidationError as exc:  # refused here, before sending (the plan checked it: unexpected)
        return "failed", str(exc)
    return "sent", None


# Seconds the status call may keep failing (timeouts, 5xx) after the settle time before a batch is
# left "ambiguous" for the next run: a re-run asks again, and nothing is sent on a guess meanwhile.
_RECONCILE_GRACE = 30.0
_MAPPED: dict[str, tuple[str, str]] = {
    "received": ("sent", "received by TNZ (found by the status call)"),
    "not_received": ("planned", "not received by TNZ (status call): will be sent again"),
    "unknown": ("ambiguous", "status unknown: asked again on the next round or run"),
}


def _ask(client: TNZClient, batch: Batch, settle: float, grace: float, patience: float | None) -> tuple[str, str]:
    """The core's reconciliation of one batch, as a journal state and detail (in a worker thread).

    The batch's request left at ``batch.updated`` (wall clock, kept across runs): the policy's
    ``settle`` is what is left of ``settle`` since then, so an old batch found after a crash is
    settled by its not-found answers alone, and a fresh one is not believed gone before its time.
    The asking lasts until the batch has settled plus ``grace`` seconds, or ``patience`` at most.
    """
    left = max(0.0, settle - (time.time() - batch.updated))
    deadline = left + grace if patience is None else min(left + grace, patience)
    policy = ReconcilePolicy(settle=left, deadline=max(deadline, 0.001))
    try:
        known = client.reconcile(batch.message_id, policy=policy)
    except ValidationError as exc:  # a MessageID the journal holds is one we made: unexpected
        return "ambiguous", f"status not asked: {exc}"
    state, detail = _MAPPED[known.outcome]
    return state, f"{detail} ({known.polls} status call{'s' if known.polls != 1 else ''})"


def _reconcile_open(
    client: TNZClient,
    journal: Journal,
    progress: Progress | None,
    settle: float,
    *,
    pool: ThreadPoolExecutor | None = None,
    grace: float = _RECONCILE_GRACE,
    patience: float | None = None,
) -> None:
    """Ask TNZ about every batch whose outcome is open, through the client's ``reconcile``.

    "received" is final (sent, reconciled); "not_received" (enough not-found answers, the last
    once the request is ``settle`` seconds old) makes the batch safe to send again under the same
    MessageID; "unknown" leaves it ambiguous, its clock kept, for a later round or run. Each batch
    is asked about until it has settled plus ``grace`` seconds, or for at most ``patience``.
    """
    open_batches = list(journal.batches(("sending", "ambiguous")))
    if not open_batches:
        return
    if pool is None:
        results = [_ask(client, batch, settle, grace, patience) for batch in open_batches]
    else:
        results = list(pool.map(lambda batch: _ask(client, batch, settle, grace, patience), open_batches))
    for batch, (state, detail) in zip(open_batches, results, strict=True):
        journal.mark(batch.id, state, detail=detail, reconciled=state == "sent", touch=state != "ambiguous")
        if progress is not None:
            progress("reconciled" if state == "sent" else state, batch, detail)


def send(
    job: BulkJob,
    journal: Journal,
    client: TNZClient,
    *,
    concurrency: int = 4,
    rate: float | None = None,
    rounds: int = 3,
    reconcile_delay: float = 1.0,
    settle: float = 60.0,
    reconcile_patience: float = 5.0,
    progress: Progress | None = None,
) -> Summary:
    """Send every open batch of a planned journal and return the run's summary.

    ``rate`` caps requests per second; ``concurrency`` is how many are in flight at once;
    ``settle`` is how old a request must be before TNZ's "unknown MessageID" is believed.
    Batches whose outcome is unknown are reconciled through ``client.reconcile`` first (from an
    earlier run: a first look of at most ``reconcile_patience`` seconds) and at the end of each
    round (until settled), and only those TNZ never received are sent again, up to ``rounds``.
    """
    if concurrency < 1:
        raise ValidationError("concurrency", "must be at least 1", limit=1)
    if rate is not None and not rate > 0:
        raise ValidationError("rate", "must be a positive number of requests per second")
    stopped: str | None = None
    interval = 1.0 / rate if rate else 0.0
    in_flight: dict[Future[tuple[str, str | None]], Batch] = {}
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="tnz-bulk") as pool:
        # Before anything is sent again; a first look only (what TNZ has is found at once), so a
        # batch left young by a crash does not hold up the rest: it is settled after the round.
        _reconcile_open(client, journal, progress, settle, pool=pool, patience=reconcile_patience)
        for round_no in range(rounds):
            pause = 0.0
            next_at = time.monotonic()

            def record(done: set[Future[tuple[str, str | None]]]) -> None:
                nonlocal stopped, pause
                for future in done:
                    batch = in_flight.pop(future)
                    state, detail = future.result()
                    if state == "stop":
                        stopped = stopped or detail
                        state = "planned"
                    elif state == "retry":
                        detail, _, after = (detail or "").partition("|")
                        pause = max(pause, float(after) if after else 1.0)
                        state = "planned"
                    journal.mark(batch.id, state, detail=detail)
                    if progress is not None:
                        progress(state, batch, detail)

            for batch in journal.batches(("planned",)):
                if stopped:
                    break
                while len(in_flight) >= concurrency:
                    record(wait(in_flight, return_when=FIRST_COMPLETED)[0])
                if interval:
                    now = time.monotonic()
                    if next_at > now:
                        time.sleep(next_at - now)
                    next_at = max(next_at, now) + interval
                destinations = journal.destinations(batch.id)
                journal.mark(batch.id, "sending", attempt=True)  # committed before the request leaves
                in_flight[pool.submit(_outcome, client, job, batch, destinations)] = batch
            while in_flight:
                record(wait(in_flight, return_when=FIRST_COMPLETED)[0])
            if stopped:
                break
            if journal.counts().get("ambiguous"):
                time.sleep(reconcile_delay)  # let TNZ register what it did receive
                _reconcile_open(client, journal, progress, settle, pool=pool)
            if not journal.counts().get("planned") or round_no == rounds - 1:
                break
            time.sleep(min(pause or 2.0**round_no, 60.0))
    return summary(journal, stopped=stopped)


def summary(journal: Journal, *, stopped: str | None = None) -> Summary:
    """The Summary of the run recorded in ``journal``."""
    return Summary(journal.counts(), journal.reconciled(), journal.problems(), stopped)
