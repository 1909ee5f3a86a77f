"""Check every row before anything is sent, and cut the rows into batches.

TNZ personalises ``[[FirstName]]``, ``[[Custom1]]``... server-side from each destination's
fields, so a row without a value for a placeholder its message uses would go out with a hole
in it, and an SMS can grow past its part limit once a long name is put in. Both are checked
here for every row, with the row's line number, and all bad rows are reported together: one
run of the command shows every problem in the file.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal, NamedTuple

from tnz_ext._destinations import _check_email, _normalise
from tnz_ext._errors import ValidationError
from tnz_ext._files import MAX_REQUEST_BYTES
from tnz_ext._sms import _GSM7_BASIC, _GSM7_CONCAT, _GSM7_SINGLE, check_sms_length, sms_info
from tnz_ext._validate import _CONTROL

from ._csv import Row, destination_fields

__all__ = ["BatchPlan", "Channel", "Problems", "RowChecker", "Template", "batches"]

Channel = Literal["sms", "email"]

_PLACEHOLDER = re.compile(r"\[\[([^\[\]]*)\]\]")
# TNZ's own tags (seed 001, line 250): filled by TNZ, not from the destination's fields.
_SYSTEM_TAG = re.compile(r"(?:REPLY|STOP|File\d+|Link:.*)", re.DOTALL)


# One encoder for every row: json.dumps(..., ensure_ascii=False) builds a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False).encode
_E164 = re.compile(r"\+([1-9][0-9]{6,14})")
# A character outside GSM-7's basic table (an extension character, costing two septets, or one
# that switches the message to UCS-2): a value without any is one septet a character.
_NOT_GSM7_BASIC = re.compile("[^" + re.escape("".join(sorted(_GSM7_BASIC))) + "]")


@functools.cache
def _national_prefix(country_code: int) -> tuple[bool, re.Pattern[str] | None]:
    """The pattern phonenumbers strips as a national prefix for this country code; False: unknown code."""
    from phonenumbers import PhoneMetadata, region_code_for_country_code

    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, region_code_for_country_code(country_code)
    )
    if metadata is None:
        return False, None
    pattern = metadata.national_prefix_for_parsing
    return True, (re.compile(pattern) if pattern else None)


@functools.cache
def _phonenumbers() -> tuple[Any, Any, Any]:
    """phonenumbers, imported on first use (~10 ms) and looked up once, not once a row."""
    from phonenumbers import PhoneNumber, is_valid_number
    from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

    return COUNTRY_CODE_TO_REGION_CODE, PhoneNumber, is_valid_number


@functools.cache
def _validity(country_code: int) -> tuple[re.Pattern[str] | None, ...] | None:
    """phonenumbers' validity test for a single-region country code, as one regex per length.

    ``is_valid_number`` asks, for the number's region, whether the national number matches the
    general description and then one of the type descriptions (premium rate, toll free, ...,
    fixed line, mobile), each a set of possible lengths and a pattern. The same test is compiled
    here from the same metadata into one pattern per national-number length: a lookahead for the
    general description, then the alternation of every type description that allows that length
    (``fullmatch`` of an alternation is true exactly when one alternative matches in full). One
    regex call per number instead of up to eleven. Country codes shared by several regions (+1,
    +7, +44...) need the region picked first: None, and phonenumbers itself answers.
    """
    from phonenumbers import REGION_CODE_FOR_NON_GEO_ENTITY, PhoneMetadata, country_code_for_valid_region
    from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

    regions = COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if regions is None or len(regions) != 1:
        return None
    region = regions[0]
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, region.upper())
    if metadata is None or (
        region != REGION_CODE_FOR_NON_GEO_ENTITY and country_code_for_valid_region(region) != country_code
    ):
        return None

    def rule(desc: Any) -> tuple[frozenset[int] | None, str] | None:
        if desc is None or not desc.national_number_pattern:
            return None  # never matches
        lengths = frozenset(desc.possible_length) if desc.possible_length else None
        return lengths, desc.national_number_pattern

    types = (
        "premium_rate",
        "toll_free",
        "shared_cost",
        "voip",
        "personal_number",
        "pager",
        "uan",
        "voicemail",
        "fixed_line",
        "mobile",
    )
    general = rule(metadata.general_desc)
    rules = [r for r in (rule(getattr(metadata, name)) for name in types) if r is not None]
    if any(_BACKREF.search(pattern) for _, pattern in [*rules, *([general] if general else [])]):
        return None  # a pattern that cannot be combined: phonenumbers itself answers
    by_length: list[re.Pattern[str] | None] = [None] * (_MAX_NATIONAL + 1)
    if general is None:
        return tuple(by_length)
    for length in range(_MAX_NATIONAL + 1):
        if general[0] is not None and length not in general[0]:
            continue
        alternatives = [f"(?:{pattern})" for lengths, pattern in rules if lengths is None or length in lengths]
        if alternatives:
            by_length[length] = re.compile(f"(?=(?:{general[1]})\\Z)(?:{'|'.join(alternatives)})")
    return tuple(by_length)


_MAX_NATIONAL = 17  # longer than any national number: such a number never matches
_BACKREF = re.compile(r"\\[1-9]|\(\?P=")


@functools.cache
def _route(head: str) -> tuple[int, int, re.Pattern[str] | None, tuple[re.Pattern[str] | None, ...] | None] | None:
    """For the first three digits after "+": (country code's length, the code, its national prefix
    pattern, its per-length validity patterns or None), or None when the fast way does not apply."""
    codes = _phonenumbers()[0]
    for size in (1, 2, 3):  # the same shortest-first country code search as phonenumbers' parse
        code = int(head[:size])
        if code in codes:
            known, prefix = _national_prefix(code)
            return (size, code, prefix, _validity(code)) if known else None
    return None


def e164(number: str, region: str) -> tuple[str, str | None]:
    """(E.164, None) or ("", why not): the client's own check, with a fast way for E.164 input.

    A bulk list is mostly numbers already written +CC..., and phonenumbers.parse is two thirds of
    the cost of checking one. For such a number, when its national significant number starts
    with no digit phonenumbers would strip as a national prefix (nor a 0), parse would produce
    exactly (country code, that number): the same ``is_valid_number`` then decides. Anything
    else takes the full path (``tnz_ext._destinations._normalise``), so the answers are the same.
    """
    match = _E164.fullmatch(number)
    if match is not None:
        digits = match.group(1)
        route = _route(digits[:3])
        if route is not None:
            size, code, prefix, by_length = route
            national = digits[size:]
            if national[:1] != "0" and (prefix is None or not prefix.match(national)):
                if by_length is not None:
                    pattern = by_length[len(national)] if len(national) <= _MAX_NATIONAL else None
                    if pattern is not None and pattern.fullmatch(national):
                        return number, None
                else:
                    _, PhoneNumber, is_valid_number = _phonenumbers()
                    if is_valid_number(PhoneNumber(country_code=code, national_number=int(national))):
                        return number, None
    return _normalise(number, region)


class Template:
    """The texts of the message (SMS Message, or email subject/plain/HTML) and their placeholders."""

    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        by_tag = {wire.replace(" ", ""): wire for wire in destination_fields().values()}
        self.needs: dict[str, frozenset[str]] = {}
        problems: list[str] = []
        for field, text in texts.items():
            needed: set[str] = set()
            for tag in _PLACEHOLDER.findall(text):
                if tag in by_tag:
                    needed.add(by_tag[tag])
                elif not _SYSTEM_TAG.fullmatch(tag):
                    problems.append(f"[[{tag}]] in {field} is not a personalisation field")
            self.needs[field] = frozenset(needed)
        if problems:
            known = ", ".join(f"[[{t}]]" for t in sorted(by_tag))
            raise ValidationError(
                "template",
                "; ".join(problems) + f" (fields: {known}; TNZ's: [[REPLY]], [[STOP]], [[Link:...]], [[File1]]...)",
            )
        self.fields = frozenset().union(*self.needs.values()) if self.needs else frozenset()

    def personalise(self, field: str, values: dict[str, str]) -> str:
        """The field's text with this row's values filled into its placeholders."""
        needs = self.needs[field]
        text = self.texts[field]
        if not needs:
            return text
        for wire in needs:
            text = text.replace(f"[[{wire.replace(' ', '')}]]", values[wire])
        return text


class RowChecker:
    """Turns a CSV row into a destination (wire dict) or says what is wrong with it."""

    def __init__(
        self,
        channel: Channel,
        template: Template,
        *,
        region: str = "NZ",
        allowed_prefixes: Sequence[str] | None = None,
        max_parts: int = 3,
    ) -> None:
        self.channel = channel
        self.template = template
        self.region = region
        self.allowed_prefixes = tuple(allowed_prefixes) if allowed_prefixes is not None else None
        self.max_parts = max_parts
        self._needed = tuple(sorted(template.fields))
        self._static_parts: int | None = None
        # (septets of the message without its placeholders, (field, occurrences)...): see _parts.
        self._septets: tuple[int, tuple[tuple[str, int], ...]] | None = None
        if channel == "sms":
            # As typed (placeholders literal): what the client checks on every request.
            text = template.texts["Message"]
            info = check_sms_length(text, max_parts=max_parts)
            # A message with no personalised field is the same for everyone: checked once, here.
            if not template.needs["Message"]:
                self._static_parts = info.parts
            else:
                tags = {wire: "[[" + wire.replace(" ", "") + "]]" for wire in template.needs["Message"]}
                rest = text
                for tag in tags.values():
                    rest = rest.replace(tag, "")
                # Every bracket belongs to a whole tag, so a value without brackets can never make
                # a new tag out of the text around it: filling it in only adds its own characters.
                rest_info = sms_info(rest)
                if rest_info.encoding == "GSM-7" and "[" not in _PLACEHOLDER.sub("", text).replace("]", "["):
                    self._septets = rest_info.length, tuple((wire, text.count(tag)) for wire, tag in tags.items())
        self._cap = _GSM7_SINGLE if max_parts == 1 else _GSM7_CONCAT * max_parts

    def _parts(self, fields: dict[str, str]) -> int | str:
        """SMS parts of the personalised message, or the problem.

        GSM-7 septets add up: when the message without its placeholders is GSM-7 and every value
        filled in is in GSM-7's basic table (one septet a character, no bracket), the length is a
        sum and the parts follow from it, as ``check_sms_length`` counts them. Any other row is
        personalised in full and measured by ``check_sms_length`` itself.
        """
        if self._septets is not None:
            length, uses = self._septets
            for wire, count in uses:
                value = fields[wire]
                if _NOT_GSM7_BASIC.search(value) is not None:
                    break
                length += count * len(value)
            else:
                if length <= self._cap:
                    return 1 if length <= _GSM7_SINGLE else -(-length // _GSM7_CONCAT)
        text = self.template.personalise("Message", fields)
        try:
            return check_sms_length(text, max_parts=self.max_parts).parts
        except ValidationError as exc:
            return "once personalised, " + str(exc).removeprefix("MessageData.Message: ")

    def check(self, row: Row) -> tuple[dict[str, str], int] | str:
        """(destination, SMS parts) or the problem, in words."""
        if not row.recipient:
            return "the recipient is empty"
        fields = row.fields
        for wire in self._needed:
            value = fields.get(wire)
            if not value or value.isspace():  # what str.strip() would leave empty
                missing = [w for w in self._needed if not fields.get(w, "").strip()]
                return "no value for " + ", ".join(f"[[{w.replace(' ', '')}]] (column {w!r})" for w in missing)
        # What the client's body check refuses in a destination field (CR, LF or another control
        # character): found here, with the row's line, not in a batch sent after others went out.
        if _CONTROL.search("".join(fields.values())) is not None:
            for wire, value in fields.items():
                if "\r" in value or "\n" in value:
                    return f"column {wire!r} holds a line break"
                if _CONTROL.search(value) is not None:
                    return f"column {wire!r} holds a control character"
        if self.channel == "email":
            try:
                address = _check_email(row.recipient, "to")
            except ValidationError as exc:
                return str(exc).removeprefix("to: ")
            parts = 0
        else:
            address, problem = e164(row.recipient, self.region)
            if problem is not None:
                return problem
            if self.allowed_prefixes is not None and not address.startswith(self.allowed_prefixes):
                return f"{address} is outside the allowed prefixes {list(self.allowed_prefixes)}"
            if self._static_parts is not None:
                parts = self._static_parts
            else:
                counted = self._parts(fields)
                if isinstance(counted, str):
                    return counted
                parts = counted
        destination = {"Recipient": address, **fields}
        return destination, parts


class Problems:
    """Bad rows: all are counted, the first ``keep`` are kept (a million bad rows stay small)."""

    def __init__(self, keep: int = 1000) -> None:
        self.keep = keep
        self.items: list[tuple[int, str]] = []
        self.count = 0

    def append(self, item: tuple[int, str]) -> None:
        """Count a problem, keeping the first ones for the report."""
        self.count += 1
        if len(self.items) < self.keep:
            self.items.append(item)

    def __bool__(self) -> bool:
        return self.count > 0


class BatchPlan(NamedTuple):
    first_line: int
    last_line: int
    recipients: int
    parts: int
    destinations: str  # the JSON array, as journalled and sent


def batches(
    rows: Iterable[Row | tuple[int, str]],
    checker: RowChecker,
    *,
    batch_size: int,
    problems: Problems,
    fixed_bytes: int = 0,
    request_bytes: int = MAX_REQUEST_BYTES,
) -> Iterator[BatchPlan]:
    """Checked rows cut into batches of at most ``batch_size`` and within ``request_bytes`` a request.

    Bad rows go into ``problems`` (line, why) and stop no other row from being checked; once one
    is found, batches are no longer produced (nothing of a bad file is sent), only checked.
    """
    # Room for the destinations: the request limit less the message itself and a margin for the
    # envelope. Items are measured as journalled (json.dumps' default separators), a little more
    # than the client's compact encoding, so a full batch is always under the limit.
    budget = request_bytes - fixed_bytes - 64 * 1024
    items: list[dict[str, str]] = []
    size = parts = 0
    first = last = 0
    for row in rows:
        if not isinstance(row, Row):
            problems.append(row)
            continue
        checked = checker.check(row)
        if isinstance(checked, str):
            problems.append((row.line, checked))
            continue
        destination = checked[0]
        item_bytes = _item_bytes(destination)
        if item_bytes > budget:
            problems.append((row.line, f"the row alone is over the {request_bytes:,}-byte request limit"))
            continue
        if problems:
            continue
        if items and (len(items) >= batch_size or size + item_bytes > budget):
            yield BatchPlan(first, last, len(items), parts, _encode(items))
            items, size, parts = [], 0, 0
        if not items:
            first = row.line
        items.append(destination)
        size += item_bytes
        parts += checked[1]
        last = row.line
    if items and not problems:
        yield BatchPlan(first, last, len(items), parts, _encode(items))


# Characters json.dumps escapes in an ASCII string (so it takes more bytes than characters).
_ESCAPED = re.compile(r'[\x00-\x1f"\\\x7f]')


def _item_bytes(destination: dict[str, str]) -> int:
    """The UTF-8 bytes of one destination in the journalled array, its ", " separator included.

    For plain ASCII text (the usual row) that is arithmetic on the lengths: ``"key": "value"``
    is 6 bytes more than key and value, each pair after the first 2 more for ", ", then the braces
    and the array's ", ". Anything else is encoded to be measured.
    """
    text = "".join(destination.values())
    if text.isascii() and _ESCAPED.search(text) is None:
        return len(text) + len("".join(destination)) + 8 * len(destination) + 2
    return len(_encode(destination).encode()) + 2
