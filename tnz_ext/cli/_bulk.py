"""``tnz bulk sms|email CONTACTS.csv --journal RUN.sqlite`` and ``tnz bulk status RUN.sqlite``.

The command is the journal's driver: it plans the run (or finds it planned), then sends what
is still open, so running the same command again after a crash, a Ctrl-C or a lost answer
resumes it. Progress goes to stderr (a bar on a terminal, a line a second otherwise); the
summary goes to stdout.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from tnz_ext._files import MAX_REQUEST_BYTES
from tnz_ext.bulk import Batch, BulkInputError, BulkJob, Journal, Summary, dry_run, plan, send, summary

from . import COMMANDS
from ._app import _client, _client_options, _epilog, _options, _Parser, _read_text, spec_flags
from ._output import Output

__all__ = ["bulk"]

_HANDLED = {"MessageID", "Destinations", "Files", "Mode"}


def _parser() -> tuple[_Parser, dict[str, list[str]]]:
    from tnz_api import models as m

    parser = _Parser(prog="tnz bulk", description=COMMANDS["bulk"], epilog=_epilog())
    sub = parser.add_subparsers(dest="channel", required=True, parser_class=_Parser)
    names: dict[str, list[str]] = {}
    for channel in ("sms", "email"):
        p = sub.add_parser(
            channel,
            help=f"one personalised {channel} per CSV row, in batches",
            description="Columns: the recipient (--to-column, default 'to') and any Destination "
            "field (First Name, Last Name, Attention, Company, Custom1-Custom9), which "
            "[[FirstName]], [[Custom1]]... placeholders use.",
        )
        p.add_argument("csv", metavar="CONTACTS.csv", help="a header row, then one recipient per row")
        p.add_argument("--journal", metavar="RUN.sqlite", help="the run's journal (required unless --dry-run)")
        if channel == "sms":
            p.add_argument("--message", required=True, help="the text, e.g. 'Hi [[FirstName]]'")
            names[channel] = spec_flags(p, "SMSMessageData", m.SMSMessageData, _HANDLED | {"Message"})
        else:
            p.add_argument("--subject", required=True, help="the subject (placeholders allowed)")
            p.add_argument("--message-plain", help="plain-text body")
            p.add_argument("--message-plain-file", metavar="PATH")
            p.add_argument("--message-html", help="HTML body")
            p.add_argument("--message-html-file", metavar="PATH")
            names[channel] = spec_flags(
                p, "EmailMessageData", m.EmailMessageData, _HANDLED | {"EmailSubject", "MessagePlain", "MessageHTML"}
            )
        run = p.add_argument_group("the run")
        run.add_argument("--to-column", default="to", help="the recipient column (default 'to')")
        run.add_argument("--batch-size", type=int, default=1000, help="recipients per request (default 1000)")
        run.add_argument("--concurrency", type=int, default=4, help="requests in flight (default 4)")
        run.add_argument("--rate", type=float, help="at most this many requests per second")
        run.add_argument("--rounds", type=int, default=3, help="send rounds for batches that were not received")
        run.add_argument(
            "--settle",
            type=float,
            default=60.0,
            metavar="SECONDS",
            help="how old a request whose answer was lost must be before TNZ's 'unknown MessageID' is believed "
            "and it is sent again (default 60)",
        )
        run.add_argument("--dry-run", action="store_true", help="check every row and show the plan; send nothing")
        run.add_argument("--max-errors", type=int, default=1000, help="bad rows to list (all are counted)")
        run.add_argument("--no-progress", action="store_true", help="no progress output")
        _client_options(p)
    p = sub.add_parser("status", help="the state of a run, from its journal")
    p.add_argument("journal", metavar="RUN.sqlite")
    p.add_argument("--json", action="store_true")
    return parser, names


def _job(args: argparse.Namespace, names: list[str]) -> BulkJob:
    from tnz_ext._errors import ValidationError

    if args.batch_size < 1:
        raise ValidationError("batch-size", "must be at least 1", limit=1)
    if args.channel == "sms":
        texts = {"Message": args.message}
    else:
        texts = {"EmailSubject": args.subject}
        plain = (
            args.message_plain
            if args.message_plain is not None
            else _read_text(args.message_plain_file, "MessagePlain")
        )
        html = args.message_html if args.message_html is not None else _read_text(args.message_html_file, "MessageHTML")
        if plain is not None:
            texts["MessagePlain"] = plain
        if html is not None:
            texts["MessageHTML"] = html
    options = _options(args, names)
    if args.test_mode:
        options["mode"] = "Test"
    return BulkJob(
        args.channel,
        args.csv,
        texts,
        options,
        to_column=args.to_column,
        batch_size=args.batch_size,
        max_parts=args.max_parts,
        region=args.region,
        allowed_prefixes=tuple(args.allowed_prefixes) if args.allowed_prefixes else None,
        # XML encodes a destination in about 2.1x the bytes of JSON (bench: 62.2 vs 29.2 kB per 1,000).
        request_bytes=MAX_REQUEST_BYTES if args.format == "json" else MAX_REQUEST_BYTES * 2 // 5,
    )


# Events worth counting on the progress line (recipients), and how to say them.
_EVENTS = {
    "ambiguous": "with a lost answer",
    "reconciled": "confirmed by the status call",
    "planned": "to send again",
    "refused": "refused",
    "failed": "failed",
}


class _Progress:
    """A rich bar on a terminal; otherwise a plain line at most once a second (and at the end)."""

    def __init__(self, total: int, done: int, enabled: bool) -> None:
        self.total, self.done = total, done
        self.counts: dict[str, int] = {}
        self.enabled = enabled
        self._bar: Any = None
        self._last = 0.0
        self._shown = -1
        if enabled and sys.stderr.isatty():
            try:
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            except ImportError:  # the `cli` extra is not installed: plain lines
                return
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                transient=False,
            )
            self._bar.start()
            self._task = self._bar.add_task("sending", total=total, completed=done)

    def __call__(self, state: str, batch: Batch, detail: str | None) -> None:
        if state in {"sent", "reconciled", "refused", "failed"}:
            self.done += batch.recipients
        if state in _EVENTS:
            self.counts[state] = self.counts.get(state, 0) + batch.recipients
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(self._task, completed=self.done)
            if state not in {"sent", "sending"}:
                self._bar.console.print(
                    f"batch {batch.id} (lines {batch.first_line}-{batch.last_line}): {state}"
                    + (f": {detail}" if detail else "")
                )
            return
        now = time.monotonic()
        if now - self._last >= 1.0 or state != "sent":
            self._last = now
            note = f" [batch {batch.id} {state}: {detail}]" if state != "sent" and detail else ""
            self._line(note)

    def _line(self, note: str = "") -> None:
        extra = "".join(f"; {self.counts[s]} {label}" for s, label in _EVENTS.items() if s in self.counts)
        sys.stderr.write(f"tnz bulk: {self.done}/{self.total} recipients done{extra}{note}\n")
        sys.stderr.flush()
        self._shown = self.done

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
        elif self.enabled and self._shown != self.done:
            self._line()


def _show_summary(out: Output, journal: str, result: Summary) -> None:
    total = sum(r for _, r in result.by_state.values())
    batches = sum(b for b, _ in result.by_state.values())
    data = {
        "journal": journal,
        "recipients": total,
        "batches": batches,
        "by_state": {s: {"batches": b, "recipients": r} for s, (b, r) in sorted(result.by_state.items())},
        "reconciled": {"batches": result.reconciled[0], "recipients": result.reconciled[1]},
        "problems": [
            {"batch": p[0], "message_id": p[1], "lines": [p[2], p[3]], "state": p[4], "detail": p[5]}
            for p in result.problems
        ],
        "stopped": result.stopped,
        "exit_code": result.exit_code,
    }
    if out.json:
        out.record(data)
        return
    lines = [f"bulk run {journal}: {_n(total, 'recipient')} in {_n(batches, 'batch')}"]
    labels = {
        "sent": "sent",
        "refused": "refused by TNZ",
        "failed": "failed (not sent)",
        "planned": "not sent yet",
        "sending": "outcome unknown",
        "ambiguous": "outcome unknown",
    }
    for state in ("sent", "refused", "failed", "planned", "sending", "ambiguous"):
        if state in result.by_state:
            b, r = result.by_state[state]
            extra = ""
            if state == "sent" and result.reconciled[0]:
                extra = f"; {result.reconciled[1]} of them confirmed by the status call after a lost answer"
            lines.append(f"  {labels[state]:<18} {_n(r, 'recipient'):>18} ({_n(b, 'batch')}{extra})")
    for batch, message_id, first, last, state, detail in result.problems:
        lines.append(f"  batch {batch} lines {first}-{last} MessageID {message_id}: {state}: {detail}")
    if result.stopped:
        lines.append(f"stopped: {result.stopped}")
    if result.unresolved:
        lines.append("some batches are still open: run the same command again (nothing is sent twice)")
    print("\n".join(lines), flush=True)


def _bad_rows(out: Output, error: BulkInputError) -> int:
    problems = error.problems
    head = f"{problems.count} bad row(s) in the CSV, nothing sent"
    if out.json:
        out.record(
            {
                "error": head,
                "exit_code": 2,
                "bad_rows": [{"line": line, "problem": why} for line, why in problems.items],
            }
        )
        return 2
    shown = "".join(f"  line {line}: {why}\n" for line, why in problems.items)
    more = problems.count - len(problems.items)
    tail = f"  ... and {more} more (--max-errors shows more)\n" if more else ""
    sys.stderr.write(f"tnz: error: {head}:\n{shown}{tail}")
    return 2


def bulk(argv: list[str], out: Output) -> int:
    from tnz_ext._errors import ValidationError

    parser, names = _parser()
    args = parser.parse_args(argv)
    out.json = args.json
    if args.channel == "status":
        with Journal(args.journal, create=False, lock=False) as journal:
            if not journal.planned:
                raise ValidationError("journal", f"{args.journal!r} holds no planned run")
            result = summary(journal)
        _show_summary(out, args.journal, result)
        return 0
    job = _job(args, names[args.channel])
    try:
        if args.dry_run:
            return _dry_run(out, job, args)
        if not args.journal:
            raise ValidationError("journal", "--journal RUN.sqlite is required (it is what makes a run resumable)")
        # The client first: a missing token or a bad URL fails before the journal is touched.
        with _client(args) as client, Journal(args.journal) as journal:
            fresh = plan(job, journal, keep_problems=args.max_errors)
            counts = journal.counts()
            total = sum(r for _, r in counts.values())
            done = sum(counts.get(s, (0, 0))[1] for s in ("sent", "refused", "failed"))
            if not args.no_progress and not out.json:
                verb = "planned" if fresh else "resuming"
                sys.stderr.write(
                    f"tnz bulk: {verb} {args.journal}: {_n(total, 'recipient')} in "
                    f"{_n(sum(b for b, _ in counts.values()), 'batch')}, {done} done\n"
                )
            progress = _Progress(total, done, enabled=not args.no_progress and not out.json)
            try:
                result = send(
                    job,
                    journal,
                    client,
                    concurrency=args.concurrency,
                    rate=args.rate,
                    rounds=args.rounds,
                    settle=args.settle,
                    progress=progress,
                )
            finally:
                progress.close()
    except BulkInputError as exc:
        return _bad_rows(out, exc)
    _show_summary(out, args.journal, result)
    return result.exit_code


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "es" if noun.endswith("ch") else "s")


def _dry_run(out: Output, job: BulkJob, args: argparse.Namespace) -> int:
    result = dry_run(job, keep_problems=args.max_errors)
    if result.problems:
        return _bad_rows(out, BulkInputError(result.problems))
    data = {
        "recipients": result.recipients,
        "batches": result.batches,
        "batch_size": job.batch_size,
        "largest_request_destinations_bytes": result.largest_batch_bytes,
    }
    if job.channel == "sms":
        data["sms_parts"] = result.parts
    if out.json:
        out.record({"dry_run": True, **data})
        return 0
    size = result.largest_batch_bytes
    shown = f"{size / 1e6:.1f} MB" if size >= 1e6 else f"{size / 1e3:.1f} kB"
    text = (
        f"dry run: every row is valid; {_n(result.recipients, 'recipient')} in {_n(result.batches, 'batch')} of up "
        f"to {job.batch_size}; largest request {shown} of destinations"
    )
    if job.channel == "sms":
        text += f"; {result.parts} SMS parts in all (cost: parts x your TNZ rate, not known here)"
    print(text + "\nnothing was sent", flush=True)
    return 0
