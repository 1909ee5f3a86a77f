"""The speed-ups change nothing a caller can see.

* The compiled validation checks may only ever say "certainly valid" for what jsonschema also
  accepts: any doubt goes to jsonschema, so errors and their wording stay jsonschema's.
* ``json_body`` writes exactly ``json.dumps(..., ensure_ascii=False, separators=(",", ":"))``,
  large strings included, while holding a large body about twice, not three times.
"""

from __future__ import annotations

import copy
import gc
import io
import json
import tracemalloc
import wave
from typing import Any

import _hypothesis_profiles  # noqa: F401  (registers and loads the ci/deep profiles)
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tnz_api import models as m

from tnz_ext import Attachment, TNZClient, ValidationError, recipient
from tnz_ext import _operations as ops
from tnz_ext._call import Settings
from tnz_ext._json import _LARGE, json_body
from tnz_ext._spec import schema_name, spec
from tnz_ext._validate import _fast, _validator, validate_body

NUMBER = "+6421000001"
SCHEMAS = sorted(spec()["components"]["schemas"])


def wav_bytes() -> bytes:
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 400)
    return buffer.getvalue()


def _bodies() -> list[Any]:
    """One valid body of each kind a client sends, built the way the client builds them."""
    s = Settings(test_mode=True)
    doc = Attachment.from_bytes(b"%PDF-1.4 tiny", "doc.pdf")
    calls = [
        ops.sms("Hello [[FirstName]]", to=[NUMBER, recipient("+6421000002", first_name="Jo")], reference="r1"),
        ops.email("Subject", to=["a@example.com"], message_plain="Hi", message_html="<b>Hi</b>", files=[doc]),
        ops.fax([doc], to="+6493001234", csid="ACME", resolution="High"),
        ops.voice(wav_bytes(), to=NUMBER, keypads=[{"Tone": 1, "RouteNumber": NUMBER, "Play": wav_bytes()}]),
        ops.tts("Hello", to=NUMBER, keypads=[{"Tone": 9, "RouteNumber": NUMBER, "Play": "Bye"}], voice="Female1"),
        ops.reschedule("ID123", "2030-12-31T23:00"),
        ops.pacing("ID123", 4),
        ops.create_contact_(first_name="Jane", mobile_phone="+6421000002"),
        ops.create_group_("VIP", group_code="VIP"),
    ]
    return [call.body(s) for call in calls if call.body is not None]


BODIES = _bodies()

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=3),
    max_leaves=8,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            out += _paths(value, (*prefix, index))
    return out


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, Any]:
    """A valid body with one thing changed: a value replaced (often by one of its type), a key dropped or added."""
    body = draw(st.sampled_from(BODIES))
    data = body.to_dict()
    path = draw(st.sampled_from(_paths(data)))
    if not path:
        return schema_name(type(body)), draw(JSON_VALUES)
    parent = data
    for step in path[:-1]:
        parent = parent[step]
    action = draw(st.sampled_from(["same-type", "replace", "drop", "add"]))
    if action == "same-type":  # near the limits: lengths, patterns, ranges, enums
        old = parent[path[-1]]
        if isinstance(old, bool):
            parent[path[-1]] = draw(st.booleans())
        elif isinstance(old, int):
            parent[path[-1]] = draw(st.integers(-2, 12))
        elif isinstance(old, str):
            parent[path[-1]] = draw(st.text(max_size=3) | st.text(alphabet="aZ09_-+. ", min_size=1, max_size=45))
        else:
            parent[path[-1]] = draw(JSON_VALUES)
    elif action == "replace":
        parent[path[-1]] = draw(JSON_VALUES)
    elif action == "drop":
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[draw(st.sampled_from(["Extra", "Recipient", "MessageID", "Tone", "Files"]))] = draw(JSON_VALUES)
    else:
        parent.append(draw(JSON_VALUES))
    return schema_name(type(body)), data


@pytest.mark.parametrize("body", BODIES, ids=lambda b: type(b).__name__)
def test_valid_bodies_take_the_fast_path(body: Any) -> None:
    data = body.to_dict()
    assert _validator(schema_name(type(body))).is_valid(data)
    assert _fast(schema_name(type(body)))(data)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(mutated())
def test_the_fast_path_never_accepts_what_jsonschema_refuses(case: tuple[str, Any]) -> None:
    name, data = case
    if _fast(name)(data):
        assert _validator(name).is_valid(data)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SCHEMAS), JSON_VALUES)
def test_any_value_against_any_schema(name: str, value: Any) -> None:
    if _fast(name)(value):
        assert _validator(name).is_valid(value)


def test_fast_path_edge_cases_defer_to_jsonschema() -> None:
    message_id = _fast("MessageIDPath")
    assert message_id("ID-123_ok")
    assert not message_id("")  # minLength
    assert not message_id("x" * 41)  # maxLength
    assert not message_id("no spaces")  # pattern
    assert not message_id(123)  # type
    assert _fast("MessageID")("")  # a blank MessageID in a body asks TNZ to generate one
    tone = _fast("KeypadTone")
    assert tone(0) and tone(9)
    assert not tone(-1) and not tone(10) and not tone(True)


def test_validate_body_errors_still_come_from_jsonschema() -> None:
    body = m.SMSRequest(message_data=m.SMSMessageData(message="", destinations=[m.Destination(recipient=NUMBER)]))
    with pytest.raises(ValidationError, match="minLength=1") as caught:
        validate_body(body)
    assert caught.value.field == "MessageData.Message"


# ---------------------------------------------------------------------------------------- json_body
BIG = st.builds(lambda s, k: s * (_LARGE // len(s) + k), st.text(min_size=1, max_size=5), st.integers(0, 3))
JSON_WITH_BIG = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8) | BIG,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.dictionaries(st.text(max_size=8), JSON_WITH_BIG, max_size=4))
def test_json_body_is_json_dumps(data: dict[str, Any]) -> None:
    expected = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
    original = copy.deepcopy(data)
    nested = [v for v in data.values() if isinstance(v, list | dict)]
    nested_before = copy.deepcopy(nested)

    assert json_body(data) == expected
    assert nested == nested_before  # nested containers (maybe the caller's) are copied, not changed
    assert json.loads(expected) == json.loads(json.dumps(original))


def test_json_body_with_markers_in_the_text() -> None:
    data = {"a": "\x00tnz-" * 20000, "b": ["\x00tnz-0", "y" * (_LARGE + 1)], "c": "\x00"}
    expected = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
    assert json_body(json.loads(json.dumps(data))) == expected


def test_a_large_email_is_held_about_twice_while_prepared() -> None:
    files = [Attachment.from_bytes(bytes(range(256)) * 1200, f"f{i}.bin") for i in range(10)]  # 10 x 300 kB
    with TNZClient(auth_token="t", base_url="http://127.0.0.1:9") as client:
        client._prepare(ops.email("S", to="a@example.com", files=files))  # warm: imports, caches
        gc.collect()
        tracemalloc.start()
        try:
            start = tracemalloc.get_traced_memory()[0]
            content = client._prepare(ops.email("S", to="a@example.com", files=files)).content
            peak = tracemalloc.get_traced_memory()[1] - start
        finally:
            tracemalloc.stop()
    assert content is not None
    assert json.loads(content)["MessageData"]["Files"][3]["Name"] == "f3.bin"
    assert peak < 2.5 * len(content)


def test_the_fast_path_does_not_decode_file_contents() -> None:
    """contentEncoding is an annotation (jsonschema ignores it): invalid Base64 is not a schema error."""
    body = m.FaxRequest(
        message_data=m.FaxMessageData(
            destinations=[m.FaxDestination(recipient=NUMBER)], files=[m.File(name="a.pdf", data="not base64!")]
        )
    )
    assert _validator("FaxRequest").is_valid(body.to_dict())
    assert _fast("FaxRequest")(body.to_dict())


# ---------------------------------------------------------------------------------------- control characters
@given(
    prefix=st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=50),
    size=st.sampled_from([0, 10, 4096, 4097, 50_000]),
    inserted=st.one_of(st.none(), st.characters(max_codepoint=0x10FFFF, blacklist_categories=("Cs",))),
)
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_the_fast_control_character_check_agrees_with_the_pattern(prefix: str, size: int, inserted: str | None) -> None:
    """Long ASCII text (a file's base64) is checked on its bytes: same answer as the regex, any text."""
    from tnz_ext._validate import _CONTROL, _has_control

    value = prefix + "A" * size + (inserted or "") + "=="
    assert _has_control(value) == (_CONTROL.search(value) is not None)


@pytest.mark.parametrize("char", [chr(c) for c in [*range(0x00, 0x20), 0x7F]])
def test_a_control_character_in_long_base64_like_text_is_refused(char: str) -> None:
    body = m.SMSRequest.from_dict(
        {"MessageData": {"Message": "hi", "Destinations": [{"Recipient": NUMBER}],
                         "SubAccount": "R" * 5000 + char}}
    )  # fmt: skip
    if char == "\t":  # tab is allowed (the pattern spares it)
        validate_body(body)
        return
    with pytest.raises(ValidationError, match="control character"):
        validate_body(body)
