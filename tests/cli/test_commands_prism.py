"""Every ``tnz`` command against real Prism (the session's mock): exit 0 and TNZ's answer printed.

Prism validates each request against the spec and answers 400/422 with ``sl-violations`` when
one is wrong, which ``tnz`` turns into exit code 1: exit 0 means the command sent a valid
request. Commands run in-process through ``tnz_ext.cli.main`` (the console script's function);
``test_console_entry_point`` runs one as a real subprocess.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from _cli_support import TOKEN, run_cli

from tnz_ext.cli import main
from tnz_ext.testing import PrismMock

CONTACT = "6000000b-f002-4007-b00a-c00000000001"
GROUP = "4000000b-f002-4007-b00a-c00000000002"
MID = "AAAAAAAA-BBBB-BBBB-CCCC-DDDDDDDDDDDD"


@pytest.fixture
def tnz(prism: PrismMock, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("TNZ_AUTH_TOKEN", TOKEN)
    monkeypatch.setenv("TNZ_BASE_URL", prism.url)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _commands(media: dict[str, Path]) -> list[tuple[str, ...]]:
    pdf, wav = str(media["pdf"]), str(media["wav"])
    keypad = json.dumps({"Tone": 1, "RouteNumber": "+64800123123", "Play": wav})
    return [
        (
            "sms",
            "Hello [[FirstName]]",
            "--to",
            "+6421000001",
            "--to",
            "021 000 0002",
            "--reference",
            "Test1",
            "--send-time",
            "2030-12-31T23:00",
            "--webhook-callback-format",
            "JSON",
            "--character-conversion",
            "true",
            "--message-id",
            "cli-sms-1",
            "--file",
            pdf,
        ),
        (
            "email",
            "Invoice",
            "--to",
            "john@example.com",
            "--to",
            "group-code:Customers",
            "--message-plain",
            "Hi",
            "--message-html",
            "<b>Hi</b>",
            "--from-email",
            "billing@example.com",
            "--file",
            pdf,
        ),
        ("fax", pdf, "--to", "+6495005000", "--csid", "ACME", "--resolution", "High", "--retry-attempts", "3"),
        (
            "voice",
            wav,
            "--to",
            "+6495005000",
            "--message-to-answerphones",
            wav,
            "--keypad",
            keypad,
            "--answer-phone-mode",
            "NDAS",
            "--caller-id",
            "+6495005000",
            "--number-of-operators",
            "2",
        ),
        (
            "tts",
            "Hello there",
            "--to",
            "+6495005000",
            "--voice",
            "Female1",
            "--keypad",
            '{"Tone": 1, "RouteNumber": "+64800123123", "Play": "Connecting"}',
        ),
        ("status", MID),
        ("replies", MID),
        ("received", "--since", "1440"),
        ("received", "--between", "2024-01-01T00:00", "2024-01-02T00:00", "--page", "1"),
        ("action", "resubmit", MID, "--send-time", "2030-12-31T23:00"),
        ("action", "reschedule", MID, "2030-12-31T23:30"),
        ("action", "abort", MID),
        ("action", "pacing", MID, "4"),
        ("contacts", "list"),
        ("contacts", "list", "--page", "1", "--records-per-page", "10"),
        ("contacts", "search", "--company", "Test Corp"),
        ("contacts", "get", CONTACT),
        ("contacts", "create", "--first-name", "Jane", "--mobile-phone", "+6421000002"),
        ("contacts", "update", CONTACT, "--last-name", "Doe"),
        ("contacts", "delete", CONTACT),
        ("contacts", "groups", CONTACT),
        ("groups", "list"),
        ("groups", "get", GROUP),
        ("groups", "create", "VIP Customers", "--group-code", "VIP"),
        ("groups", "update", GROUP, "--group-name", "VIPs"),
        ("groups", "delete", GROUP),
        ("groups", "members", GROUP),
        ("groups", "add", GROUP, CONTACT),
        ("groups", "remove", GROUP, CONTACT),
    ]


_IDS = [
    " ".join(c[:2]) if c[0] in {"action", "contacts", "groups", "received"} else c[0]
    for c in _commands({"pdf": Path("x"), "wav": Path("y")})
]


@pytest.mark.parametrize("index", range(len(_IDS)), ids=_IDS)
def test_command_against_prism(tnz: Any, media: dict[str, Path], index: int) -> None:
    argv = _commands(media)[index]

    code, out, err = tnz(*argv, "--json")

    assert code == 0, err or out
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert lines, "nothing printed"
    if argv[0] in {"sms", "email", "fax", "voice", "tts", "status", "replies", "action"}:
        assert lines[0]["Result"] == "Success"
    assert all(isinstance(line, dict) and line for line in lines)


def test_plain_output_is_key_value_lines(tnz: Any) -> None:
    code, out, _ = tnz("status", MID)

    assert code == 0
    assert "Result: Success" in out.splitlines()
    assert f"MessageID: {MID}" in out.splitlines()


def test_xml_format_against_prism(tnz: Any) -> None:
    code, out, err = tnz("sms", "Hello", "--to", "+6421000001", "--format", "xml", "--json")

    assert code == 0, err
    assert json.loads(out)["Result"] == "Success"


def test_bulk_sms_against_prism(tnz: Any, tmp_path: Path) -> None:
    """Prism validates every batch request (two batches here) against the spec."""
    csv_path = tmp_path / "contacts.csv"
    csv_path.write_text("to,First Name,Company\n+6421000001,Ann,ACME\n021 000 0002,Bob,ACME\n+6421000003,Cy,\n")

    code, out, err = tnz(
        "bulk",
        "sms",
        str(csv_path),
        "--message",
        "Hi [[FirstName]]",
        "--journal",
        str(tmp_path / "run.sqlite"),
        "--batch-size",
        "2",
        "--json",
        "--reference",
        "Bulk1",
    )

    assert code == 0, err or out
    summary = json.loads(out.splitlines()[-1])
    assert summary["by_state"] == {"sent": {"batches": 2, "recipients": 3}}


def test_bulk_sms_in_xml_against_prism(tnz: Any, tmp_path: Path) -> None:
    csv_path = tmp_path / "contacts.csv"
    csv_path.write_text("to,First Name,Last Name\n+6421000001,Ann,Lee\n+6421000002,Bob,Ng\n")

    code, out, err = tnz(
        "bulk",
        "sms",
        str(csv_path),
        "--message",
        "Hi [[FirstName]] [[LastName]]",
        "--journal",
        str(tmp_path / "run.sqlite"),
        "--format",
        "xml",
        "--json",
    )

    assert code == 0, err or out
    assert json.loads(out.splitlines()[-1])["by_state"] == {"sent": {"batches": 1, "recipients": 2}}


def test_bulk_email_against_prism(tnz: Any, tmp_path: Path) -> None:
    csv_path = tmp_path / "contacts.csv"
    csv_path.write_text("Email,FirstName,Custom1\nann@example.com,Ann,A1\nbob@example.com,Bob,B2\n")

    code, out, err = tnz(
        "bulk",
        "email",
        str(csv_path),
        "--to-column",
        "Email",
        "--subject",
        "Hi [[FirstName]]",
        "--message-plain",
        "Your code: [[Custom1]]",
        "--journal",
        str(tmp_path / "run.sqlite"),
        "--json",
    )

    assert code == 0, err or out
    assert json.loads(out.splitlines()[-1])["by_state"] == {"sent": {"batches": 1, "recipients": 2}}


def test_console_entry_point(prism: PrismMock) -> None:
    done = run_cli(["sms", "Hello", "--to", "+6421000001", "--json"], prism.url)

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["Result"] == "Success"


def test_cli_is_not_imported_by_tnz_ext() -> None:
    import subprocess

    code = "import sys, tnz_ext; print(sorted(m for m in sys.modules if m.startswith(('tnz_ext.cli', 'tnz_ext.bulk'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
