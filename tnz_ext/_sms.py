"""SMS encoding, length and part counting, so an over-long message fails here instead of at TNZ.

The carrier bills and splits by encoding, not by Python characters: a single ``€`` costs two GSM-7
septets, a single emoji costs two UCS-2 code units, and one non-GSM character switches the whole
message to UCS-2 (70 instead of 160 per part). ``len(text)`` gets all three wrong.
"""

from __future__ import annotations

import re
from typing import Literal

import attrs

from tnz_ext._errors import ValidationError

__all__ = ["SMSInfo", "check_sms_length", "sms_info"]

# GSM 03.38 default alphabet, in code-point order (0x00-0x7F). 0x1B is the escape to the extension
# table, not a character anyone can send, so it is left out: a literal ESC in the text forces UCS-2.
_GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅå"
    + "Δ_ΦΓΛΩΠΨΣΘΞ"
    + "ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    + "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Extension table: each is sent as ESC + code, so it costs two septets.
_GSM7_EXTENSION = frozenset("\f^{}\\[~]|€")
_GSM7 = _GSM7_BASIC | _GSM7_EXTENSION
# Finds the extension characters in a GSM-7 text: one C-level scan, however many there are.
_EXTENSION_CHAR = re.compile("[" + re.escape("".join(sorted(_GSM7_EXTENSION))) + "]")

_GSM7_SINGLE = 160
_GSM7_CONCAT = 153  # 7 septets of every part go to the concatenation header
_UCS2_SINGLE = 70
_UCS2_CONCAT = 67


@attrs.frozen
class SMSInfo:
    """How a text will travel: its encoding, its length in that encoding's units, and its parts.

    ``length`` is in GSM-7 septets or UCS-2 code units, the units the part limits are defined in.
    """

    encoding: Literal["GSM-7", "UCS-2"]
    length: int
    parts: int


def _parts(length: int, single: int, concat: int) -> int:
    # An empty text still goes out as one (empty) part.
    if length <= single:
        return 1
    return -(-length // concat)


def sms_info(text: str) -> SMSInfo:
    """Classify ``text`` and count its units and parts.

    Parts are ``ceil(length / 153)`` (or ``/ 67``): real encoders may need one more when a part
    boundary would split an escape pair or a surrogate pair, so treat ``parts`` as a lower bound
    at the very edge of a boundary.
    """
    if not isinstance(text, str):
        raise ValidationError("text", f"expected a str, got {type(text).__name__}", limit="str")
    if _GSM7.issuperset(text):
        length = len(text) + len(_EXTENSION_CHAR.findall(text))
        return SMSInfo("GSM-7", length, _parts(length, _GSM7_SINGLE, _GSM7_CONCAT))
    # UTF-16 code units: characters outside the BMP (emoji) take a surrogate pair. surrogatepass keeps
    # lone surrogates countable (one unit each) instead of raising.
    length = len(text.encode("utf-16-le", "surrogatepass")) // 2
    return SMSInfo("UCS-2", length, _parts(length, _UCS2_SINGLE, _UCS2_CONCAT))


def check_sms_length(text: str, *, max_parts: int = 3, field: str = "MessageData.Message") -> SMSInfo:
    """Raise ``ValidationError`` if ``text`` is over TNZ's length cap; otherwise return its ``SMSInfo``.

    TNZ caps messages at three parts by default, "459 characters using the GSM character set, or 210
    characters using Unicode/UCS-2", and raises the cap on request: pass the agreed ``max_parts``.
    The caps follow TNZ's wording, so GSM-7 is ``153 * max_parts`` (160 for one part) but UCS-2 is
    ``70 * max_parts``, not ``67 * max_parts``: a 202-210 unit UCS-2 text passes though ``parts`` says 4.

    TNZ's ``[[...]]`` personalisation placeholders are counted literally, as typed (and ``[``/``]`` are
    extension characters, so each bracket costs two septets): the text they expand to per recipient
    is unknown here, so a personalised message can still end up longer or shorter at TNZ.
    """
    if type(max_parts) is not int or max_parts < 1:  # NaN, 0 or a float would switch the cap off
        raise ValidationError("max_parts", f"must be an int >= 1, got {max_parts!r}", limit=1)
    if not isinstance(text, str):
        raise ValidationError(field, f"expected a str, got {type(text).__name__}", limit="str")
    info = sms_info(text)
    if info.encoding == "GSM-7":
        cap = _GSM7_SINGLE if max_parts == 1 else _GSM7_CONCAT * max_parts
    else:
        cap = _UCS2_SINGLE * max_parts
    if info.length > cap:
        unit = "septets" if info.encoding == "GSM-7" else "code units"
        raise ValidationError(
            field,
            f"message is {info.length} {info.encoding} {unit}, over the limit of {cap} {info.encoding} {unit} "
            f"({max_parts} part{'s' if max_parts != 1 else ''}); TNZ raises this limit on request, "
            f"then pass max_parts accordingly",
            limit=cap,
        )
    return info
