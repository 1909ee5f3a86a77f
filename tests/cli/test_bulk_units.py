"""The pieces of a bulk run: the fast E.164 check agrees with the client's, CSV line numbers,
placeholders, the journal's transaction, and the bench section's shape (never its numbers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from _cli_support import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st

from tnz_ext import ValidationError
from tnz_ext._destinations import _normalise
from tnz_ext.bulk import Journal, Row, Template, iter_rows
from tnz_ext.bulk._plan import e164

_CODES = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


@settings(max_examples=400, deadline=None)
@given(
    code=st.sampled_from(_CODES),
    national=st.text("0123456789", min_size=0, max_size=16),
    region=st.sampled_from(["NZ", "AU", "US", "GB"]),
)
def test_fast_e164_agrees_with_the_clients_check(code: int, national: str, region: str) -> None:
    number = f"+{code}{national}"

    assert e164(number, region) == _normalise.__wrapped__(number, region)  # type: ignore[attr-defined]


@settings(max_examples=200, deadline=None)
@given(number=st.text(max_size=20))
def test_fast_e164_agrees_on_any_text(number: str) -> None:
    assert e164(number, "NZ") == _normalise.__wrapped__(number, "NZ")  # type: ignore[attr-defined]


_TYPES = [
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE,
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.PREMIUM_RATE,
    phonenumbers.PhoneNumberType.VOIP,
]


@settings(max_examples=500, deadline=None)
@given(
    region=st.sampled_from(sorted(phonenumbers.SUPPORTED_REGIONS)),
    kind=st.sampled_from(_TYPES),
    keep=st.integers(0, 6),
    tail=st.text("0123456789", max_size=6),
)
def test_fast_e164_agrees_near_real_numbers(region: str, kind: int, keep: int, tail: str) -> None:
    """Real numbers of every region with their last digits replaced: valid and invalid ones, close together."""
    example = phonenumbers.example_number_for_type(region, kind)
    if example is None:
        return
    number = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
    number = number[: max(3, len(number) - keep)] + tail

    assert e164(number, region) == _normalise.__wrapped__(number, region)  # type: ignore[attr-defined]


def test_real_example_numbers_of_every_region_pass() -> None:
    for region in phonenumbers.SUPPORTED_REGIONS:
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        if example is None:
            continue
        number = phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)
        assert e164(number, "NZ") == _normalise.__wrapped__(number, "NZ")  # type: ignore[attr-defined]


def test_rows_keep_their_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(
        '\ufeffTo,first_name,CUSTOM1\n+6421000001,Ann,a\n\n+6421000002,"Bo\nb",b\n+6421000003,Cy,\n'.encode()
    )

    rows = list(iter_rows(path))

    assert rows == [
        Row(2, "+6421000001", {"First Name": "Ann", "Custom1": "a"}),
        Row(4, "+6421000002", {"First Name": "Bo\nb", "Custom1": "b"}),
        Row(6, "+6421000003", {"First Name": "Cy"}),
    ]


def test_a_file_that_is_not_utf8_stops_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(b"to\n+6421000001\n\xff\xfe\n+6421000003\n")

    rows = list(iter_rows(path))

    assert rows == [Row(2, "+6421000001", {}), (3, "is not UTF-8 text"), Row(4, "+6421000003", {})]


def test_empty_files(tmp_path: Path) -> None:
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "header.csv").write_text("to\n")

    with pytest.raises(ValidationError, match="the file is empty"):
        list(iter_rows(tmp_path / "empty.csv"))
    assert list(iter_rows(tmp_path / "header.csv")) == []


def test_template_knows_personal_and_system_tags() -> None:
    text = "Hi [[FirstName]] [[Custom9]] [[FirstName]] [[REPLY]] [[STOP]] [[Link:https://x.nz/a]] [[File2]]"
    template = Template({"Message": text})

    assert template.needs["Message"] == {"First Name", "Custom9"}
    assert template.personalise("Message", {"First Name": "Ann", "Custom9": "z"}) == (
        "Hi Ann z Ann [[REPLY]] [[STOP]] [[Link:https://x.nz/a]] [[File2]]"
    )


def test_template_refuses_unknown_tags() -> None:
    with pytest.raises(ValidationError, match=r"\[\[Nickname\]\] in EmailSubject"):
        Template({"EmailSubject": "Hi [[Nickname]]"})
    with pytest.raises(ValidationError, match=r"\[\[Last Name\]\]"):  # the tag has no space
        Template({"Message": "Hi [[Last Name]]"})


def test_an_aborted_plan_leaves_nothing(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite") as journal:
        journal.begin_plan({"channel": "sms"})
        journal.add_batch("m1", 2, 3, 2, 2, "[]")
        journal.abort_plan()
        assert journal.counts() == {} and not journal.planned
        journal.begin_plan({"channel": "sms"})
        journal.add_batch("m1", 2, 3, 2, 2, '[{"Recipient": "+6421000001"}]')
        journal.commit_plan()
    with Journal(tmp_path / "j.sqlite") as journal:
        assert journal.planned and journal.counts() == {"planned": (1, 2)}
        [batch] = journal.batches(("planned",))
        journal.mark(batch.id, "sending", attempt=True)
        assert journal.destinations(batch.id) == [{"Recipient": "+6421000001"}]
    with Journal(tmp_path / "j.sqlite") as journal:  # what a killed process leaves
        assert journal.counts() == {"sending": (1, 2)}


def test_bench_quick_writes_its_section(tmp_path: Path) -> None:
    out = tmp_path / "results.md"
    out.write_text("# tnz benchmarks\n\nthe rest of the report\n")

    done = subprocess.run(
        [sys.executable, "-m", "bench._bulk", "--quick", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )

    assert done.returncode == 0, done.stderr
    report = out.read_text()
    assert report.startswith("# tnz benchmarks\n\nthe rest of the report\n")
    assert "<!-- bench-bulk:start -->" in report and "<!-- bench-bulk:end -->" in report
    for row in (
        "| bulk end to end | 2,000 |",
        "| bulk end to end | 5,000 |",
        "| `tnz --help` |",
        "| bulk ≥ 20,000 recipients/s |",
        "| `tnz --help` ≤ 250 ms |",
    ):
        assert row in report, row


def test_batches_stay_under_the_request_limit() -> None:
    from tnz_ext.bulk import BatchPlan, Problems, RowChecker
    from tnz_ext.bulk._plan import batches

    checker = RowChecker("sms", Template({"Message": "Hi [[Custom1]]"}), max_parts=10_000)
    big = "é" * 150_000  # 300 kB of UTF-8 a row
    rows = [Row(n + 2, f"+64211{n:05d}", {"Custom1": big}) for n in range(40)]
    problems = Problems()

    plans: list[BatchPlan] = list(batches(rows, checker, batch_size=1000, problems=problems, request_bytes=2_000_000))

    assert not problems
    assert [p.recipients for p in plans] == [6] * 6 + [4]  # 6 x 300 kB + margin fit in 2 MB, a 7th does not
    assert all(len(p.destinations.encode()) <= 2_000_000 for p in plans)
    assert [(p.first_line, p.last_line) for p in plans][:2] == [(2, 7), (8, 13)]
    assert sum(p.recipients for p in plans) == 40


def test_a_row_over_the_request_limit_is_a_bad_row() -> None:
    from tnz_ext.bulk import Problems, RowChecker
    from tnz_ext.bulk._plan import batches

    checker = RowChecker("email", Template({"EmailSubject": "Hi"}))
    problems = Problems()
    rows = [Row(2, "a@example.com", {"Custom1": "x" * 3000}), Row(3, "b@example.com", {})]

    assert list(batches(rows, checker, batch_size=10, problems=problems, request_bytes=66_000)) == []
    assert problems.items == [(2, "the row alone is over the 66,000-byte request limit")]


@pytest.mark.parametrize("fmt", ["json", "xml"])
@pytest.mark.parametrize("channel", ["sms", "email"])
def test_journalled_destinations_make_the_same_request_bytes_as_models(
    fmt: str, channel: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wire-form stand-in for Destination changes nothing on the wire, in JSON or XML."""
    from tnz_api.models import Destination

    from tnz_ext import TNZClient
    from tnz_ext.bulk import BulkJob, _run

    texts = {"Message": "Hi [[FirstName]]"} if channel == "sms" else {"EmailSubject": "S", "MessageHTML": "<b>H</b>"}
    job = BulkJob(channel, "unused.csv", texts, {"reference": "R1", "send_time": "2030-12-31T23:00"})  # type: ignore[arg-type]
    wire = [
        {
            "Recipient": f"+6421{n:07d}" if channel == "sms" else f"p{n}@example.com",
            "First Name": "Zoë",
            "Custom9": "<&>",
        }
        for n in range(3)
    ]
    with TNZClient(auth_token="t", base_url="http://127.0.0.1:9", format=fmt) as client:  # type: ignore[arg-type]
        fast = client._prepare(_run._call(job, wire, "m-1")).content
        monkeypatch.setattr(_run, "_WireDestination", Destination.from_dict)
        modelled = client._prepare(_run._call(job, wire, "m-1")).content

    assert fast == modelled
    assert b"Zo\xc3\xab" in fast


_FIELD_TEXT = st.text(
    st.one_of(st.sampled_from("aZ9 .,'-@£€[]{}^~|\\é\t\x01\x7fΩ"), st.characters(blacklist_categories=["Cs"])),
    max_size=40,
)


@settings(max_examples=400, deadline=None)
@given(first=_FIELD_TEXT, custom=_FIELD_TEXT, max_parts=st.integers(1, 3))
def test_sms_parts_by_arithmetic_agree_with_the_clients_count(first: str, custom: str, max_parts: int) -> None:
    """The per-row part count (a sum of septets for plain GSM-7 rows) is what check_sms_length says."""
    from tnz_ext._sms import check_sms_length
    from tnz_ext.bulk import RowChecker

    template = Template({"Message": "Hi [[FirstName]] [[FirstName]], code [[Custom1]] " + "x" * 40 + " [[STOP]]"})
    checker = RowChecker("sms", template, max_parts=max_parts)
    fields = {"First Name": first, "Custom1": custom}
    assert checker._septets is not None  # the arithmetic applies to this template

    counted = checker._parts(fields)

    try:
        expected: int | str = check_sms_length(template.personalise("Message", fields), max_parts=max_parts).parts
    except ValidationError:
        expected = "over"
    assert counted == expected or (isinstance(counted, str) and expected == "over")


def test_a_template_with_stray_brackets_is_always_measured_in_full() -> None:
    from tnz_ext.bulk import RowChecker

    assert RowChecker("sms", Template({"Message": "[[[FirstName]]]"}))._septets is None
    assert RowChecker("sms", Template({"Message": "a [x] [[FirstName]]"}))._septets is None
    assert RowChecker("sms", Template({"Message": "Hi [[FirstName]] [[STOP]]"}))._septets is not None


@settings(max_examples=300, deadline=None)
@given(first=_FIELD_TEXT, custom=_FIELD_TEXT)
def test_every_destination_the_row_check_accepts_passes_the_clients_body_check(first: str, custom: str) -> None:
    """What the plan proves per row is what the client would check: a send never fails on a row."""
    from tnz_ext._call import Settings
    from tnz_ext._validate import validate_body
    from tnz_ext.bulk import BulkJob, _run

    job = BulkJob("sms", "unused.csv", {"Message": "Hi [[FirstName]] [[Custom1]]"}, max_parts=50)
    checked = job.checker().check(Row(2, "+64211234567", {"First Name": first, "Custom1": custom}))
    if isinstance(checked, str):
        return
    call = _run._call(job, [checked[0]], "m-1")
    assert call.body is not None
    validate_body(call.body(Settings(max_sms_parts=50)))


def test_a_control_character_in_a_late_row_is_a_bad_row_before_any_batch(tmp_path: Path) -> None:
    from tnz_ext.bulk import BulkInputError, BulkJob, plan

    lines = ["to,First Name"] + [f"+6421{n:07d},Ann" for n in range(2_500)] + ["+64219999999,Bo\x01b"]
    (tmp_path / "c.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    job = BulkJob("sms", str(tmp_path / "c.csv"), {"Message": "Hi [[FirstName]]"}, batch_size=100)

    with Journal(tmp_path / "r.sqlite") as journal, pytest.raises(BulkInputError) as caught:
        plan(job, journal)
    assert caught.value.problems.items == [(2_502, "column 'First Name' holds a control character")]
    with Journal(tmp_path / "r.sqlite", lock=False) as journal:
        assert not journal.planned and journal.counts() == {}
