"""Items 4, 10 (base_url), 13: every option is type- and range-checked when the client or the
verifier is built, with a ValidationError naming the option, so nothing fails (or silently
switches a protection off) after a request has gone out."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest
from hardening._support import Kind, build

from tnz_ext import RetryPolicy, ValidationError, WebhookVerifier, verify_webhook

BAD_NUMBERS = [math.nan, math.inf, -math.inf, -1, "1", True, None, [1]]

BAD_CLIENT_OPTIONS: list[tuple[str, Any]] = [
    *[("max_retries", v) for v in ["2", 2.0, -1, True, None, math.nan]],
    *[("retry_policy", v) for v in ["fast", 3, {"max_retries": 1}]],
    *[("test_mode", v) for v in ["false", "true", 0, 1, None]],
    *[("max_sms_parts", v) for v in [0, -1, math.nan, 3.0, "3", True, None]],
    *[("deadline", v) for v in [0, -1, math.nan, math.inf, "10", True]],
    *[("max_response_bytes", v) for v in [0, -1, 1.5, math.nan, "1000", True, None]],
    *[("timeout", v) for v in [-1, 0, math.nan, math.inf, "30", True, httpx.Timeout(math.nan)]],
    *[("allowed_prefixes", v) for v in ["+64", b"+64", 64, ["64"], [64], ["+64", None], [], ["+6 4"]]],
    *[("format", v) for v in ["JSON", "yaml", None, 1]],
    *[("default_region", v) for v in ["nz", "NZL", "", None, 64]],
    *[("auth_token", v) for v in ["tok\nen", "tøken", 123]],
    *[
        ("base_url", v)
        for v in [
            "https://api.example.com/api?x=1",
            "https://api.example.com/api#frag",
            "https://api.example.com/api?",
            "https://user:pass@api.example.com/api",
            "ftp://api.example.com",
            "https:///nohost",
            "https://api.example.com/a b",
            "https://api.example.com/\r\nX: y",
            b"https://api.example.com",
            5,
        ]
    ],
]


def test_bad_client_option_is_refused_at_construction(kind: Kind) -> None:
    for option, value in BAD_CLIENT_OPTIONS:
        with pytest.raises(ValidationError) as caught:
            build(kind, **{option: value})
        assert caught.value.field == option, (option, value)


@pytest.mark.parametrize(
    ("option", "value"),
    [
        *[(name, v) for name in ["max_retries"] for v in ["2", 2.0, -1, True, None]],
        *[(name, v) for name in ["backoff_initial", "backoff_max", "retry_after_max"] for v in BAD_NUMBERS],
    ],
    ids=repr,
)
def test_bad_retry_policy_is_refused_when_built(option: str, value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        RetryPolicy(**{option: value})
    assert caught.value.field == option


@pytest.mark.parametrize(
    ("option", "value"),
    # max_age=None is the documented way to turn the timestamp check off: not a bad value.
    [(option, v) for option in ("max_age", "max_future") for v in BAD_NUMBERS if (option, v) != ("max_age", None)],
    ids=repr,
)
def test_bad_verifier_window_is_refused_when_built(option: str, value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        WebhookVerifier("key", **{option: value})
    assert caught.value.field == option
    with pytest.raises(ValidationError):
        verify_webhook({}, "key", **{option: value})


@pytest.mark.parametrize("value", [None, "", 5, b"key"], ids=repr)
def test_bad_webhook_key_is_refused(value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        WebhookVerifier(value)
    assert caught.value.field == "api_key"


def test_good_options_are_kept(kind: Kind) -> None:
    client = build(
        kind, allowed_prefixes=("+64", "+61"), test_mode=True, deadline=5, max_response_bytes=1000, max_sms_parts=4
    )
    assert client.settings.allowed_prefixes == ("+64", "+61")
    assert client.settings.test_mode is True
    assert client.deadline == 5.0
    assert client.max_response_bytes == 1000
    assert client.settings.max_sms_parts == 4


@pytest.mark.parametrize("value", [math.nan, math.inf, 0, -1, 3.0, "3", True], ids=repr)
def test_per_call_sms_cap_cannot_be_switched_off(kind: Kind, value: Any) -> None:
    from hardening._server import ok, serve
    from hardening._support import invoke

    with serve(ok) as server:
        with pytest.raises(ValidationError) as caught:
            invoke(kind, {"base_url": server.url}, "messaging.sms", "x" * 500, to="+64210000001", max_parts=value)
        assert caught.value.field == "max_parts"
        assert server.seen == []
