"""``tnz bulk``: every bad row is reported at once, with its line, and nothing is sent; the plan,
the journal's guards, refusals and the status command. Sends go to the recording server, which
counts what it received."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from _cli_support import TOKEN, RecordingServer, write_contacts

from tnz_ext.bulk import Journal
from tnz_ext.cli import main


@pytest.fixture
def server(recording_server: Callable[..., RecordingServer]) -> RecordingServer:
    return recording_server()


@pytest.fixture
def tnz(server: RecordingServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("TNZ_AUTH_TOKEN", TOKEN)
    monkeypatch.setenv("TNZ_BASE_URL", server.url)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _csv(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_every_bad_row_is_reported_with_its_line_and_nothing_is_sent(
    tnz: Any, server: RecordingServer, tmp_path: Path
) -> None:
    long_name = "x" * 470  # fits as a column, but the SMS is over 3 parts once it is put in
    rows = (
        "to,First Name,Custom1\n"
        "+6421000001,Ann,a\n"  # 2: fine
        "12,Bob,b\n"  # 3: not a number
        "+6421000003,,c\n"  # 4: no value for [[FirstName]]
        "+6421000004,Dee\n"  # 5: a cell short
        "+61412345678,Eve,e\n"  # 6: outside the allowed prefixes
        f"+6421000006,{long_name},f\n"  # 7: too long once personalised
        '+6421000007,"Fay\nLee",g\n'  # 8-9: a line break inside a field (one record, two lines)
        ",Gus,h\n"  # 10: no recipient
        "+6421000009,Hal,i\n"  # 11: fine
    )
    journal = tmp_path / "run.sqlite"

    code, out, err = tnz(
        "bulk",
        "sms",
        _csv(tmp_path / "c.csv", rows),
        "--message",
        "Hi [[FirstName]]",
        "--journal",
        str(journal),
        "--allowed-prefix",
        "+64",
    )

    assert code == 2
    assert out == ""
    assert "7 bad row(s)" in err
    reported = {int(line.split()[1].rstrip(":")) for line in err.splitlines() if line.startswith("  line ")}
    assert reported == {3, 4, 5, 6, 7, 8, 10}
    assert "[[FirstName]]" in err and "allowed prefixes" in err and "once personalised" in err
    assert "line break" in err and "recipient is empty" in err and "Traceback" not in err
    assert server.stats()["sends"] == 0
    with Journal(journal, lock=False) as j:
        assert not j.planned and j.counts() == {}  # the plan was rolled back whole


def test_bad_rows_as_json(tnz: Any, tmp_path: Path) -> None:
    path = _csv(tmp_path / "c.csv", "to\n+6421000001\nnope\n")

    code, out, _ = tnz("bulk", "sms", path, "--message", "Hi", "--journal", str(tmp_path / "r.sqlite"), "--json")

    assert code == 2
    assert json.loads(out)["bad_rows"] == [{"line": 3, "problem": json.loads(out)["bad_rows"][0]["problem"]}]
    assert "nope" in json.loads(out)["bad_rows"][0]["problem"]


def test_max_errors_lists_some_and_counts_all(tnz: Any, tmp_path: Path) -> None:
    path = _csv(tmp_path / "c.csv", "to\n" + "bad\n" * 30)

    code, _, err = tnz(
        "bulk", "sms", path, "--message", "Hi", "--journal", str(tmp_path / "r.sqlite"), "--max-errors", "5"
    )

    assert code == 2
    assert "30 bad row(s)" in err and "and 25 more" in err
    assert sum(line.startswith("  line ") for line in err.splitlines()) == 5


@pytest.mark.parametrize(
    ("header", "message", "expected"),
    [
        ("number,First Name", "Hi", "no 'to' column"),
        ("to,Nickname", "Hi", "'Nickname' is not a destination field"),
        ("to,FirstName,first_name", "Hi", "both 'First Name'"),
        ("to,First Name", "Hi [[Firstname]]", "[[Firstname]] in Message is not a personalisation field"),
        ("to,First Name", "x" * 500, "over the limit"),
    ],
    ids=["no-to-column", "unknown-column", "duplicate-column", "unknown-placeholder", "template-too-long"],
)
def test_header_and_template_problems_stop_before_any_row(
    tnz: Any, server: RecordingServer, tmp_path: Path, header: str, message: str, expected: str
) -> None:
    path = _csv(tmp_path / "c.csv", f"{header}\n+6421000001,Ann\n")

    code, _, err = tnz("bulk", "sms", path, "--message", message, "--journal", str(tmp_path / "r.sqlite"))

    assert code == 2, err
    assert expected in err
    assert len(err.strip().splitlines()) == 1
    assert server.stats()["sends"] == 0


def test_a_bad_message_option_is_refused_before_any_batch(tnz: Any, server: RecordingServer, tmp_path: Path) -> None:
    write_contacts(tmp_path / "c.csv", 10)

    code, _, err = tnz(
        "bulk",
        "sms",
        str(tmp_path / "c.csv"),
        "--message",
        "Hi",
        "--journal",
        str(tmp_path / "r.sqlite"),
        "--reference",
        "r" * 81,
    )

    assert code == 2
    assert "MessageData.Reference" in err and "maxLength=80" in err
    assert server.stats()["sends"] == 0


def test_dry_run_shows_the_plan_and_sends_nothing(tnz: Any, server: RecordingServer, tmp_path: Path) -> None:
    write_contacts(tmp_path / "c.csv", 25)
    journal = tmp_path / "r.sqlite"

    code, out, err = tnz(
        "bulk",
        "sms",
        str(tmp_path / "c.csv"),
        "--message",
        "Hi [[FirstName]] " + "y" * 155,
        "--batch-size",
        "10",
        "--dry-run",
        "--journal",
        str(journal),
        "--json",
    )

    assert code == 0, err
    plan = json.loads(out)
    assert plan["dry_run"] is True and plan["recipients"] == 25 and plan["batches"] == 3
    assert plan["sms_parts"] == 50  # two parts each once the name is in
    assert server.stats()["sends"] == 0
    assert not journal.exists()


def test_refused_batches_are_final_and_reported_with_lines(
    recording_server: Callable[..., RecordingServer], monkeypatch: pytest.MonkeyPatch, capsys: Any, tmp_path: Path
) -> None:
    server = recording_server(refuse_every=2)
    monkeypatch.setenv("TNZ_AUTH_TOKEN", TOKEN)
    monkeypatch.setenv("TNZ_BASE_URL", server.url)
    write_contacts(tmp_path / "c.csv", 40)
    args = [
        "bulk",
        "sms",
        str(tmp_path / "c.csv"),
        "--message",
        "Hi",
        "--journal",
        str(tmp_path / "r.sqlite"),
        "--batch-size",
        "10",
        "--concurrency",
        "1",
        "--no-progress",
    ]

    assert main(args) == 1
    out = capsys.readouterr().out
    assert "refused by TNZ" in out and "Refused on purpose" in out
    assert "lines 12-21" in out  # batch 2: the CSV lines of its recipients
    sends = server.stats()["sends"]
    assert sends == 2

    assert main(args) == 1  # a re-run does not send refused batches again
    assert server.stats()["sends"] == sends
    capsys.readouterr()
    assert main(["bulk", "status", str(tmp_path / "r.sqlite"), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["by_state"] == {"refused": {"batches": 2, "recipients": 20}, "sent": {"batches": 2, "recipients": 20}}
    assert status["exit_code"] == 1


def test_journal_of_another_run_is_refused(tnz: Any, server: RecordingServer, tmp_path: Path) -> None:
    write_contacts(tmp_path / "c.csv", 5)
    journal = str(tmp_path / "r.sqlite")
    assert tnz("bulk", "sms", str(tmp_path / "c.csv"), "--message", "Hi", "--journal", journal)[0] == 0
    sends = server.stats()["sends"]

    code, _, err = tnz("bulk", "sms", str(tmp_path / "c.csv"), "--message", "Hello", "--journal", journal)
    assert code == 2 and "belongs to another run (texts differs)" in err
    write_contacts(tmp_path / "c.csv", 6)
    code, _, err = tnz("bulk", "sms", str(tmp_path / "c.csv"), "--message", "Hi", "--journal", journal)
    assert code == 2 and "CSV file's content differs" in err
    assert server.stats()["sends"] == sends


def test_a_journal_in_use_is_refused(tnz: Any, server: RecordingServer, tmp_path: Path) -> None:
    write_contacts(tmp_path / "c.csv", 5)
    journal = tmp_path / "r.sqlite"

    with Journal(journal):
        code, _, err = tnz("bulk", "sms", str(tmp_path / "c.csv"), "--message", "Hi", "--journal", str(journal))

    assert code == 2 and "in use by another tnz bulk run" in err
    assert server.stats()["sends"] == 0


def test_bulk_status_text(tnz: Any, tmp_path: Path) -> None:
    write_contacts(tmp_path / "c.csv", 12)
    journal = str(tmp_path / "r.sqlite")
    assert (
        tnz("bulk", "sms", str(tmp_path / "c.csv"), "--message", "Hi", "--journal", journal, "--batch-size", "5")[0]
        == 0
    )

    code, out, _ = tnz("bulk", "status", journal)

    assert code == 0
    assert f"bulk run {journal}: 12 recipients in 3 batches" in out
    assert "sent" in out and "12 recipients (3 batches)" in out
    assert "confirmed by the status call" not in out


def test_bulk_status_of_a_missing_journal(tnz: Any, tmp_path: Path) -> None:
    code, _, err = tnz("bulk", "status", str(tmp_path / "none.sqlite"))

    assert code == 2 and "does not exist" in err


def _run_on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, bytes]:
    import os
    import pty
    import sys

    pid, fd = pty.fork()
    if pid == 0:  # the child: tnz with a terminal as stdin/stdout/stderr
        os.execve(sys.executable, [sys.executable, "-m", "tnz_ext.cli", *args], env)
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO once the child has exited
            break
        if not chunk:
            break
        out += chunk
    os.close(fd)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out


def test_progress_is_a_bar_on_a_terminal_and_lines_otherwise(server: RecordingServer, tmp_path: Path) -> None:
    from _cli_support import cli_env, run_cli

    write_contacts(tmp_path / "c.csv", 300)
    base = ["bulk", "sms", str(tmp_path / "c.csv"), "--message", "Hi", "--batch-size", "100"]

    code, screen = _run_on_a_terminal([*base, "--journal", str(tmp_path / "tty.sqlite")], cli_env(server.url))
    assert code == 0, screen
    assert b"\x1b[" in screen and b"300/300" in screen  # rich's bar, drawn with terminal escapes
    plain = run_cli([*base, "--journal", str(tmp_path / "plain.sqlite")], server.url)
    assert plain.returncode == 0, plain.stderr
    assert "\x1b[" not in plain.stderr
    assert "tnz bulk: 300/300 recipients done" in plain.stderr.splitlines()


def _bulk(server: RecordingServer, tmp_path: Path, rows: int, *extra: str) -> tuple[int, dict[str, Any], str]:
    from _cli_support import last_json, run_cli

    if not (tmp_path / "c.csv").exists():
        write_contacts(tmp_path / "c.csv", rows)
    done = run_cli(
        [
            "bulk",
            "sms",
            str(tmp_path / "c.csv"),
            "--message",
            "Hi [[FirstName]]",
            "--journal",
            str(tmp_path / "r.sqlite"),
            "--batch-size",
            "10",
            "--no-progress",
            "--json",
            "--settle",
            "1",
            *extra,
        ],
        server.url,
    )
    return done.returncode, last_json(done.stdout), done.stderr


def test_a_batch_tnz_never_took_is_found_unknown_by_status_and_sent_again(
    recording_server: Callable[..., RecordingServer], tmp_path: Path
) -> None:
    server = recording_server(fail_first=2)  # 503 for two sends, nothing recorded

    code, summary, err = _bulk(server, tmp_path, 50, "--concurrency", "1")

    assert code == 0, err
    assert summary["by_state"] == {"sent": {"batches": 5, "recipients": 50}}
    assert summary["reconciled"]["batches"] == 0  # the status call did not know them: re-sent, not reconciled
    stats = server.stats()
    assert stats["recipients"] == 50 and stats["duplicates"] == 0 and stats["distinct_recipients"] == 50


def test_an_authentication_failure_stops_the_run_and_keeps_everything_to_send(
    recording_server: Callable[..., RecordingServer], tmp_path: Path
) -> None:
    refusing = recording_server(answer_status=401)

    code, summary, _ = _bulk(refusing, tmp_path, 30, "--concurrency", "1")

    assert code == 1
    assert "HTTP 401" in summary["stopped"]
    assert summary["by_state"] == {"planned": {"batches": 3, "recipients": 30}}
    working = recording_server()
    code, summary, err = _bulk(working, tmp_path, 30)  # the same command, the token fixed: resumes
    assert code == 0, err
    assert working.stats()["recipients"] == 30 and working.stats()["duplicates"] == 0


def test_rate_limited_sends_wait_and_stay_open(
    recording_server: Callable[..., RecordingServer], tmp_path: Path
) -> None:
    server = recording_server(answer_status=429)

    code, summary, _ = _bulk(server, tmp_path, 10, "--rounds", "1")

    assert code == 3  # open: run again later
    assert summary["by_state"] == {"planned": {"batches": 1, "recipients": 10}}


def test_a_file_that_is_not_a_journal_is_refused(tnz: Any, tmp_path: Path) -> None:
    write_contacts(tmp_path / "c.csv", 3)
    (tmp_path / "r.sqlite").write_bytes(b"this is not a database" * 100)

    code, _, err = tnz(
        "bulk", "sms", str(tmp_path / "c.csv"), "--message", "Hi", "--journal", str(tmp_path / "r.sqlite")
    )

    assert code == 2 and "not a usable journal" in err


def test_an_unknown_messageid_is_believed_only_once_the_request_has_settled(
    server: RecordingServer, tmp_path: Path
) -> None:
    """A batch left 'sending' a moment ago that TNZ does not know (yet) stays open, its clock kept;
    once its request is old enough, the core's reconciliation finds it not received: sent again."""
    import time

    from tnz_ext import TNZClient
    from tnz_ext.bulk import BulkJob, plan
    from tnz_ext.bulk._run import _reconcile_open

    write_contacts(tmp_path / "c.csv", 5)
    job = BulkJob("sms", str(tmp_path / "c.csv"), {"Message": "Hi"})
    with Journal(tmp_path / "r.sqlite") as journal, TNZClient(auth_token=TOKEN, base_url=server.url) as client:
        plan(job, journal)
        [batch] = journal.batches(("planned",))
        journal.mark(batch.id, "sending", attempt=True)  # as a process killed mid-request leaves it
        [sending] = journal.batches(("sending",))

        _reconcile_open(client, journal, None, settle=60, patience=1.5)  # gives up long before 60 s
        [young] = journal.batches(("ambiguous",))
        assert young.updated == sending.updated  # asked, not believed, clock kept
        _reconcile_open(client, journal, None, settle=time.time() - sending.updated - 0.001)
        [again] = journal.batches(("planned",))  # settled: three not-found answers, sent again later
        assert again.id == batch.id and again.message_id == batch.message_id
    assert server.stats()["sends"] == 0
