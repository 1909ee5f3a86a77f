"""Item 10 (the rest): whole-number floats never go out in integer fields, and a base_url cannot
re-route calls with '?' or '#' (see test_config for the construction-time refusals)."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hardening._server import Running
from hardening._support import Kind, invoke

from tnz_ext import ValidationError

NZ = "+64210000001"


@pytest.mark.parametrize(
    "value",
    [5.0, 5.5, math.nan, True, "5", 10**5000, -1, 100000],
    ids=["5.0", "5.5", "nan", "True", "str", "10**5000", "-1", "100000"],
)
def test_integer_fields_take_ints_only(kind: Kind, server: Running, value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        invoke(kind, {"base_url": server.url}, "actions.pacing", "ID1", value)
    assert caught.value.field == "NumberOfOperators"
    assert server.seen == []


@pytest.mark.parametrize(
    ("option", "value"), [("retry_attempts", 3.0), ("retry_period", 1.0), ("number_of_operators", 2.0)]
)
def test_whole_floats_in_send_options_are_refused(kind: Kind, server: Running, option: str, value: float) -> None:
    with pytest.raises(ValidationError) as caught:
        invoke(kind, {"base_url": server.url}, "messaging.tts", "hi", to=NZ, **{option: value})
    assert "int" in str(caught.value)
    assert server.seen == []


def test_ints_go_out_as_json_integers(kind: Kind, server: Running) -> None:
    invoke(kind, {"base_url": server.url}, "actions.pacing", "ID1", 5)
    [seen] = server.seen
    assert seen.body == b'{"NumberOfOperators":5}'


@pytest.mark.parametrize("suffix", ["?", "?a=1", "#", "#x", "/?"])
def test_base_url_with_query_or_fragment_never_reaches_a_server(kind: Kind, server: Running, suffix: str) -> None:
    with pytest.raises(ValidationError) as caught:
        invoke(kind, {"base_url": server.url + suffix}, "reports.status", "ID1")
    assert caught.value.field == "base_url"
    assert server.seen == []
