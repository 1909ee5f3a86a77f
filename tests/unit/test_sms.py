"""SMS encoding detection, unit counting and TNZ's length cap."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tnz_ext._errors import ValidationError
from tnz_ext._sms import SMSInfo, check_sms_length, sms_info

# Written out independently of tnz_ext._sms, from the GSM 03.38 table (0x1B, the escape, left out).
GSM_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENSION = "\f^{}\\[~]|€"


def test_plain_ascii_is_gsm7() -> None:
    assert sms_info("Hello, world!") == SMSInfo("GSM-7", 13, 1)


def test_whole_basic_table_is_gsm7_one_septet_each() -> None:
    info = sms_info(GSM_BASIC)
    assert info.encoding == "GSM-7"
    assert info.length == len(GSM_BASIC) == 127


@pytest.mark.parametrize("char", list(GSM_EXTENSION))
def test_extension_chars_are_gsm7_and_count_two(char: str) -> None:
    assert sms_info(char) == SMSInfo("GSM-7", 2, 1)
    assert sms_info("a" + char + "b").length == 4


@pytest.mark.parametrize("text", ["ç", "Привет", "你好", "á", "`", "\x1b", "😀"])
def test_non_gsm_character_switches_to_ucs2(text: str) -> None:
    assert sms_info(text).encoding == "UCS-2"


def test_one_non_gsm_character_makes_the_whole_message_ucs2() -> None:
    info = sms_info("a" * 100 + "ç")
    assert info == SMSInfo("UCS-2", 101, 2)


def test_emoji_counts_two_code_units() -> None:
    assert sms_info("😀").length == 2
    assert sms_info("hi 😀").length == 5


def test_extension_chars_in_ucs2_count_one() -> None:
    # Once in UCS-2 there is no escape table: € is one code unit.
    assert sms_info("€ç").length == 2


def test_empty_text_is_one_gsm7_part() -> None:
    assert sms_info("") == SMSInfo("GSM-7", 0, 1)


@pytest.mark.parametrize(
    ("length", "parts"),
    [(1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3), (460, 4)],
)
def test_gsm7_part_boundaries(length: int, parts: int) -> None:
    assert sms_info("a" * length) == SMSInfo("GSM-7", length, parts)


def test_gsm7_part_boundary_counts_septets_not_characters() -> None:
    # 80 extension characters are 160 septets: one part; one more septet makes two.
    assert sms_info("€" * 80).parts == 1
    assert sms_info("€" * 80 + "a") == SMSInfo("GSM-7", 161, 2)


@pytest.mark.parametrize(
    ("length", "parts"),
    [(1, 1), (70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4)],
)
def test_ucs2_part_boundaries(length: int, parts: int) -> None:
    assert sms_info("ç" * length) == SMSInfo("UCS-2", length, parts)


def test_ucs2_part_boundary_counts_code_units() -> None:
    assert sms_info("😀" * 35).parts == 1
    assert sms_info("😀" * 35 + "ç") == SMSInfo("UCS-2", 71, 2)


def test_check_gsm7_at_default_cap_passes() -> None:
    assert check_sms_length("a" * 459) == SMSInfo("GSM-7", 459, 3)


def test_check_gsm7_over_default_cap_raises() -> None:
    with pytest.raises(ValidationError) as exc_info:
        check_sms_length("a" * 460)
    err = exc_info.value
    assert err.field == "MessageData.Message"
    assert err.limit == 459
    text = str(err)
    assert "MessageData.Message" in text
    assert "459" in text
    assert "460" in text
    assert "GSM-7" in text
    assert "max_parts" in text


def test_check_ucs2_at_default_cap_passes() -> None:
    info = check_sms_length("ç" * 210)
    assert info.encoding == "UCS-2"
    assert info.length == 210


def test_check_ucs2_over_default_cap_raises() -> None:
    with pytest.raises(ValidationError, match=r"MessageData\.Message.*211.*UCS-2.*210") as exc_info:
        check_sms_length("ç" * 211)
    assert exc_info.value.limit == 210


def test_check_counts_extension_chars_double() -> None:
    check_sms_length("€" * 229 + "a")  # 459 septets
    with pytest.raises(ValidationError):
        check_sms_length("€" * 230)  # 460 septets


def test_check_counts_placeholders_literally() -> None:
    # "[[FirstName]]": 9 letters plus 4 brackets, which are extension characters: 17 septets.
    assert sms_info("[[FirstName]]").length == 17
    assert check_sms_length("[[FirstName]]" + "a" * (459 - 17)).length == 459
    with pytest.raises(ValidationError):
        check_sms_length("[[FirstName]]" + "a" * (460 - 17))


def test_max_parts_raises_the_cap() -> None:
    assert check_sms_length("a" * 612, max_parts=4).parts == 4
    with pytest.raises(ValidationError, match="612"):
        check_sms_length("a" * 613, max_parts=4)
    assert check_sms_length("ç" * 280, max_parts=4).length == 280
    with pytest.raises(ValidationError, match="280"):
        check_sms_length("ç" * 281, max_parts=4)


def test_max_parts_one_uses_single_part_limits() -> None:
    check_sms_length("a" * 160, max_parts=1)
    with pytest.raises(ValidationError, match="160"):
        check_sms_length("a" * 161, max_parts=1)
    check_sms_length("ç" * 70, max_parts=1)
    with pytest.raises(ValidationError, match="70"):
        check_sms_length("ç" * 71, max_parts=1)


def test_custom_field_name_is_reported() -> None:
    with pytest.raises(ValidationError, match=r"^Message\.Text: ") as exc_info:
        check_sms_length("a" * 500, field="Message.Text")
    assert exc_info.value.field == "Message.Text"


def test_max_parts_below_one_is_rejected() -> None:
    with pytest.raises(ValidationError, match="max_parts"):
        check_sms_length("hi", max_parts=0)


_gsm_text = st.text(alphabet=GSM_BASIC + GSM_EXTENSION)


@given(_gsm_text, _gsm_text)
def test_gsm_text_stays_gsm7_and_parts_grow_with_length(a: str, b: str) -> None:
    short, long_ = sms_info(a), sms_info(a + b)
    assert short.encoding == long_.encoding == "GSM-7"
    assert short.length == len(a) + sum(c in GSM_EXTENSION for c in a)
    assert long_.length >= short.length
    assert long_.parts >= short.parts


@given(st.text())
def test_any_text_is_counted_within_bounds(text: str) -> None:
    info = sms_info(text)
    assert len(text) <= info.length <= 2 * len(text)
    assert info.parts >= 1


def reference_sms_info(text: str) -> SMSInfo:
    """The first, character-by-character implementation of ``sms_info``: the fast one must agree."""
    basic, extension = frozenset(GSM_BASIC), frozenset(GSM_EXTENSION)
    if all(c in basic or c in extension for c in text):
        length = len(text) + sum(c in extension for c in text)
        parts = 1 if length <= 160 else -(-length // 153)
        return SMSInfo("GSM-7", length, parts)
    length = len(text.encode("utf-16-le", "surrogatepass")) // 2
    return SMSInfo("UCS-2", length, 1 if length <= 70 else -(-length // 67))


# GSM text with, now and then, what breaks it: characters just outside the table, ESC, emoji,
# lone surrogates (generated as whole strings: st.characters leaves them out).
_mixed_text = st.lists(
    st.text(alphabet=GSM_BASIC + GSM_EXTENSION, max_size=200)
    | st.text(max_size=5)
    | st.sampled_from(["`", "\x1b", "ç", "😀", "\ud800", "\udfff", "\t", "€" * 80, "a" * 153]),
    max_size=6,
).map("".join)


@given(_mixed_text)
def test_sms_info_matches_the_reference(text: str) -> None:
    assert sms_info(text) == reference_sms_info(text)


def test_every_character_below_u3000_matches_the_reference() -> None:
    # Every GSM-7 character is below U+3000 (the highest is €, U+20AC); the rest are spot checks.
    for char in [chr(c) for c in range(0x3000)] + ["\ud800", "\udfff", "\ufffe", "😀", "\U0010ffff"]:
        assert sms_info(char) == reference_sms_info(char), repr(char)
        padded = "a" * 152 + char + "b"
        assert sms_info(padded) == reference_sms_info(padded), repr(char)
