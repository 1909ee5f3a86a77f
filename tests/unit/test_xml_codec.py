"""The spec-driven XML codec (tnz_ext._xml): wire shape, round-trips, Prism's XML, coercion, errors."""

from __future__ import annotations

import xml.dom.minidom
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from tnz_api import models
from tnz_api.models import (
    ContactListResponse,
    SMSReceivedResponse,
    SMSReplyResponse,
    SMSRequest,
    StatusResponse,
    StatusWebhook,
    VoiceRequest,
)

from tnz_ext._errors import ValidationError, XMLDecodeError
from tnz_ext._spec import spec
from tnz_ext._xml import decode, encode

SMS = SMSRequest.from_dict(
    {
        "MessageData": {
            "Message": "Hello [[FirstName]] & <friends>, 'quoted' \"text\" ]]>",
            "MessageID": "ID123456",
            "CharacterConversion": True,
            "Destinations": [
                {"Recipient": "+6421000001", "First Name": "John", "Last Name": "Doe", "Custom1": "Ref 1"},
                {"ContactID": "6000000b-f002-4007-b00a-c00000000001"},
            ],
            "Files": [{"Name": "Sample.pdf", "Data": "JVBERi0xLjQK"}],
        }
    }
)
VOICE = VoiceRequest.from_dict(
    {
        "MessageData": {
            "MessageToPeople": "UklGRjQAAABXQVZF",
            "KeypadOptionRequired": False,
            "NumberOfOperators": 5,
            "Keypads": [
                {"Tone": 1, "RouteNumber": "+64800123123", "Play": "UklGRg=="},
                {"Tone": 2, "PlaySection": "Main"},
            ],
            "Destinations": [{"Recipient": "+6495005000"}],
        }
    }
)
STATUS = StatusResponse.from_dict(
    {
        "Result": "Success",
        "MessageID": "AAAAAAAA-BBBB",
        "Status": "Completed",
        "Count": 2,
        "Complete": 2,
        "Success": 1,
        "Failed": 1,
        "Recipients": [
            {"Type": "SMS", "DestSeq": "00000001", "Destination": "+6421000001", "Status": "SUCCESS", "Price": 0.2},
            {"Type": "SMS", "DestSeq": "00000002", "Status": "FAILED", "Price": 3},
        ],
    }
)
CONTACTS = ContactListResponse.from_dict(spec()["components"]["examples"]["ContactListResponse"]["value"])


def without_false(value: Any) -> Any:
    """``value`` as XML carries it: a false boolean is not written (TNZ's .NET client never sends one)."""
    if isinstance(value, dict):
        return {k: without_false(v) for k, v in value.items() if v is not False}
    if isinstance(value, list):
        return [without_false(v) for v in value if v is not False]
    return value


def roundtrip(model: Any) -> ET.Element:
    """Round-trip ``model`` and return the wire document parsed by a parser independent of the codec."""
    body = encode(model)
    assert decode(body, type(model)).to_dict() == without_false(model.to_dict())
    assert body.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    xml.dom.minidom.parseString(body)  # a second, unrelated parser accepts it too
    return ET.fromstring(body)


def test_sms_request_wire_shape() -> None:
    doc = roundtrip(SMS)
    assert doc.tag == "SMSRequest"  # as TNZ's .NET client names it
    data = doc.find("MessageData")
    assert data is not None
    assert data.findtext("CharacterConversion") == "1"  # a true boolean, as the .NET client writes it
    assert data.findtext("Message") == SMS.message_data.message
    destinations = data.findall("Destinations/Destination")
    assert len(destinations) == 2
    assert destinations[0].findtext("FirstName") == "John"
    assert destinations[0].findtext("LastName") == "Doe"
    assert destinations[1].findtext("ContactID") == "6000000b-f002-4007-b00a-c00000000001"
    assert data.findtext("Files/File/Name") == "Sample.pdf"
    # No element name may carry a space (the wire name "First Name" must not leak through).
    assert all(" " not in el.tag for el in doc.iter())


def test_text_is_escaped_not_concatenated() -> None:
    body = encode(SMS)
    assert b"&amp; &lt;friends&gt;" in body
    assert b"]]&gt;" in body


def test_voice_request_with_keypads() -> None:
    doc = roundtrip(VOICE)
    keypads = doc.findall("MessageData/Keypads/Keypad")
    assert [k.findtext("Tone") for k in keypads] == ["1", "2"]
    assert keypads[1].findtext("PlaySection") == "Main"
    assert doc.find("MessageData/KeypadOptionRequired") is None  # false is not written at all
    assert doc.findtext("MessageData/NumberOfOperators") == "5"


def test_status_response_with_recipients_and_number_price() -> None:
    doc = roundtrip(STATUS)
    assert [r.findtext("Price") for r in doc.findall("Recipients/Recipient")] == ["0.2", "3"]
    back = decode(encode(STATUS), StatusResponse)
    assert back.count == 2
    assert isinstance(back.recipients, list)
    assert back.recipients[0].price == 0.2
    assert back.recipients[1].price == 3


def test_contact_list_response() -> None:
    doc = roundtrip(CONTACTS)
    assert doc.findtext("Contacts/Contact/City") == "Auckland"
    assert doc.findtext("Contacts/Contact/Custom2") == ""
    assert doc.findtext("TotalRecords") == "1"


def _example_bodies() -> list[tuple[str, str]]:
    """(example, schema) pairs, read from every media type of the spec that names both."""
    pairs: set[tuple[str, str]] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            ref = node.get("schema", {}).get("$ref", "") if isinstance(node.get("schema"), dict) else ""
            if ref.startswith("#/components/schemas/") and isinstance(node.get("examples"), dict):
                for example in node["examples"].values():
                    name = example.get("$ref", "").removeprefix("#/components/examples/")
                    if name:
                        pairs.add((name, ref.removeprefix("#/components/schemas/")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec())
    return sorted(pairs)


EXAMPLE_BODIES = _example_bodies()


def test_examples_were_found() -> None:
    assert len(EXAMPLE_BODIES) > 20
    assert ("SMSReceivedWebhookXML", "SMSReceivedWebhook") in EXAMPLE_BODIES


@pytest.mark.parametrize(("example", "schema"), EXAMPLE_BODIES)
def test_every_spec_example_roundtrips(example: str, schema: str) -> None:
    """Every request/response/webhook example of the spec goes through XML unchanged."""
    cls = getattr(models, schema)
    model = cls.from_dict(spec()["components"]["examples"][example]["value"])
    assert decode(encode(model), cls).to_dict() == without_false(model.to_dict())


def test_prism_style_bare_root_and_repeated_unwrapped_arrays() -> None:
    body = b"""<?xml version="1.0" encoding="UTF-8"?>
<xml>
  <Result>Success</Result>
  <MessageID>1000000a</MessageID>
  <Count>2</Count>
  <Price>0.2</Price>
  <Recipients>
    <Type>SMS</Type><MessageText>one</MessageText><Price>0.2</Price>
    <SMSReplies><ReceivedID>r1</ReceivedID><MessageText>reply</MessageText></SMSReplies>
  </Recipients>
  <Recipients>
    <Type>SMS</Type><MessageText>two</MessageText><Price></Price>
    <SMSReplies><ReceivedID>r2</ReceivedID></SMSReplies>
    <SMSReplies><ReceivedID>r3</ReceivedID></SMSReplies>
  </Recipients>
</xml>"""
    reply = decode(body, SMSReplyResponse).to_dict()
    assert reply["Count"] == 2
    assert reply["Price"] == 0.2
    assert [r["MessageText"] for r in reply["Recipients"]] == ["one", "two"]
    assert reply["Recipients"][1]["Price"] == ""
    assert [[s["ReceivedID"] for s in r["SMSReplies"]] for r in reply["Recipients"]] == [["r1"], ["r2", "r3"]]


def test_single_unwrapped_item_is_a_list_of_one() -> None:
    body = b"<xml><Result>Success</Result><Messages><ReceivedID>5000</ReceivedID><From>+64</From></Messages></xml>"
    received = decode(body, SMSReceivedResponse).to_dict()
    assert received["Messages"] == [{"ReceivedID": "5000", "From": "+64"}]


def test_wrapped_single_item_and_empty_wrapper() -> None:
    one = b"<root><Result>Success</Result><Messages><Message><From>+64</From></Message></Messages></root>"
    assert decode(one, SMSReceivedResponse).to_dict()["Messages"] == [{"From": "+64"}]
    empty = b"<root><Result>Success</Result><MessageID>M</MessageID><Messages/></root>"
    assert decode(empty, SMSReceivedResponse).to_dict()["Messages"] == []
    absent = b"<root><Result>Success</Result><MessageID>M</MessageID></root>"
    assert "Messages" not in decode(absent, SMSReceivedResponse).to_dict()


def test_empty_array_roundtrips_as_empty_wrapper() -> None:
    model = StatusResponse.from_dict({"Result": "Success", "MessageID": "M", "Recipients": []})
    doc = roundtrip(model)
    wrapper = doc.find("Recipients")
    assert wrapper is not None and len(wrapper) == 0


def test_unwrapped_items_named_by_items_xml_name() -> None:
    """OpenAPI's own unwrapped form (items repeated under their item name) reads too."""
    body = (
        b"<root><Result>Success</Result><MessageID>M</MessageID>"
        b"<Recipient><Type>SMS</Type></Recipient><Recipient><Type>Fax</Type></Recipient></root>"
    )
    assert [r["Type"] for r in decode(body, StatusResponse).to_dict()["Recipients"]] == ["SMS", "Fax"]


def test_unknown_elements_attributes_comments_and_namespaces_are_ignored() -> None:
    body = b"""<?xml version="1.0"?>
<root xmlns="urn:example" version="9">
  <!-- a comment -->
  <Result>Success</Result><MessageID>M</MessageID>
  <Unknown>x</Unknown>
  <Deep><Er><Still>ignored</Still></Er></Deep>
  <Recipients>
    <Recipient Extra="1"><Type>SMS</Type><NotInSpec>y</NotInSpec></Recipient>
    <Stray/>
  </Recipients>
  <?pi ignored?>
</root>"""
    assert decode(body, StatusResponse).to_dict() == {
        "Result": "Success",
        "MessageID": "M",
        "Recipients": [{"Type": "SMS"}],
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0", 0), ("42", 42), (" 7\n", 7), ("-3", -3)],
)
def test_integer_coercion(text: str, expected: int) -> None:
    body = f"<root><Result>Success</Result><MessageID>M</MessageID><Count>{text}</Count></root>".encode()
    assert decode(body, StatusResponse).count == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("true", True), ("false", False), ("1", True), ("0", False), ("True", True)],
)
def test_boolean_coercion(text: str, expected: bool) -> None:
    body = (
        f"<root><MessageData><Message>m</Message><CharacterConversion>{text}</CharacterConversion>"
        "<Destinations><Destination><Recipient>+64</Recipient></Destination></Destinations></MessageData></root>"
    )
    assert decode(body.encode(), SMSRequest).message_data.character_conversion is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.2", 0.2),
        ("1e3", 1000.0),
        ("-0.5", -0.5),
        ("5", 5),
        ("", ""),
        ("abc", "abc"),
        ("NaN", "NaN"),
        ("0x10", "0x10"),
    ],
)
def test_number_or_string_alternatives_in_spec_order(text: str, expected: object) -> None:
    body = f"<root><Result>Success</Result><MessageID>M</MessageID><Price>{text}</Price></root>".encode()
    price = decode(body, SMSReplyResponse).price
    assert price == expected
    assert type(price) is type(expected)


def test_empty_element_for_a_string_is_the_empty_string() -> None:
    body = (
        b"<root><Type>SMS</Type><MessageID>m</MessageID><Status>SUCCESS</Status>"
        b"<Message/><ReceivedID></ReceivedID></root>"
    )
    hook = decode(body, StatusWebhook)
    assert hook.message == ""
    assert hook.received_id == ""


def test_whitespace_and_carriage_returns_survive() -> None:
    model = SMSRequest.from_dict(
        {"MessageData": {"Message": "  line1\r\nline2\r\tend  ", "Destinations": [{"Recipient": " +64 "}]}}
    )
    body = encode(model)
    assert b"&#13;" in body
    back = decode(body, SMSRequest)
    assert back.message_data.message == "  line1\r\nline2\r\tend  "
    assert back.to_dict() == model.to_dict()


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"<root><Result>Success</Result><MessageID>M</MessageID><Count>abc</Count></root>", "Count"),
        (b"<root><Result>Success</Result><MessageID>M</MessageID><Count>1.5</Count></root>", "Count"),
        (b"<root><Result>Success</Result><MessageID>M</MessageID><Count>" + b"9" * 5000 + b"</Count></root>", "Count"),
        (
            b"<root><Result>Success</Result><MessageID>M</MessageID><Recipients><Recipient><Price><x/></Price></Recipient></Recipients></root>",
            "Price",
        ),
        (b"<root><Count>1</Count></root>", "Result"),
        (b"<root><Result>a</Result><Result>b</Result></root>", "Result"),
        (b"<root><Result><b>nested</b></Result></root>", "Result"),
    ],
)
def test_unconvertible_documents_raise_xml_decode_error(body: bytes, needle: str) -> None:
    with pytest.raises(XMLDecodeError, match=needle):
        decode(body, StatusResponse)


def test_bad_boolean_and_bad_enum_raise_xml_decode_error() -> None:
    sms = (
        b"<root><MessageData><Message>m</Message><CharacterConversion>yes</CharacterConversion>"
        b"<Destinations/></MessageData></root>"
    )
    with pytest.raises(XMLDecodeError, match="CharacterConversion"):
        decode(sms, SMSRequest)
    voice = (
        b"<root><MessageData><MessageToPeople>x</MessageToPeople><AnswerPhoneMode>NOPE</AnswerPhoneMode>"
        b"<Destinations/></MessageData></root>"
    )
    # Request enums are open in the spec (openapi/DECISIONS.md 10): an unknown value reads as text.
    assert decode(voice, VoiceRequest).message_data.answer_phone_mode == "NOPE"
    keypad = b"<root><MessageData><Keypads><Keypad><Tone>one</Tone></Keypad></Keypads></MessageData></root>"
    with pytest.raises(XMLDecodeError, match="Tone"):
        decode(keypad, VoiceRequest)


def test_missing_nested_required_element() -> None:
    body = b"<root><MessageData><Message>m</Message></MessageData></root>"
    with pytest.raises(XMLDecodeError, match=r"MessageData: missing required element\(s\) Destinations"):
        decode(body, SMSRequest)


def test_encode_refuses_what_xml_cannot_carry() -> None:
    model = SMSRequest.from_dict({"MessageData": {"Message": "nul\x00", "Destinations": [{"Recipient": "+64"}]}})
    with pytest.raises(ValidationError, match=r"MessageData\.Message.*U\+0000"):
        encode(model)
    wrong_type = SMSRequest.from_dict({"MessageData": {"Message": 5, "Destinations": []}})
    with pytest.raises(ValidationError, match=r"MessageData\.Message"):
        encode(wrong_type)
    not_finite = StatusResponse.from_dict(
        {"Result": "Success", "MessageID": "M", "Recipients": [{"Price": float("inf")}]}
    )
    with pytest.raises(ValidationError, match=r"Recipients\[0\]\.Price"):
        encode(not_finite)


def test_undeclared_properties_are_written_by_their_shape() -> None:
    # The client refuses undeclared fields before encoding unless the caller sends them on purpose
    # (extra_body=), so what reaches the encoder is meant to go out, in XML as in JSON.
    model = StatusResponse.from_dict({"Result": "Success", "MessageID": "M", "Surprise": "x", "More": {"A": [1, 2]}})
    assert model.additional_properties == {"Surprise": "x", "More": {"A": [1, 2]}}
    root = ET.fromstring(encode(model))
    assert root.findtext("Surprise") == "x"
    assert [e.text for e in root.findall("More/A")] == ["1", "2"]


def test_not_a_generated_model_is_a_type_error() -> None:
    class Other:
        def to_dict(self) -> dict[str, Any]:
            return {}

        @classmethod
        def from_dict(cls, src: Any) -> Other:
            return cls()

    with pytest.raises(TypeError):
        encode(Other())
    with pytest.raises(TypeError):
        decode(b"<root/>", Other)


def test_every_model_class_is_named_after_its_component_schema() -> None:
    """The codec maps class -> schema by name; check that holds both ways for the whole spec."""
    schemas = spec()["components"]["schemas"]
    classes = {name for name in models.__all__ if hasattr(getattr(models, name), "from_dict")}
    object_schemas = {name for name, schema in schemas.items() if schema.get("type") == "object"}
    assert object_schemas <= classes
    # Classes without a same-named schema would be inline schemas; the spec has none.
    assert classes == object_schemas


UNION_ARRAYS = {
    "R": {
        "type": "object",
        "properties": {
            # ErrorMessage's shape: a list (TNZ's libraries) or one string.
            "ErrorMessage": {
                "anyOf": [
                    {"type": "array", "items": {"type": "string"}, "xml": {"wrapped": False}},
                    {"type": "string"},
                    {"type": "null"},
                ]
            },
            # A nullable wrapped array of objects.
            "Recipients": {
                "anyOf": [
                    {
                        "type": "array",
                        "xml": {"wrapped": True},
                        "items": {
                            "type": "object",
                            "properties": {"Type": {"type": "string"}},
                            "xml": {"name": "Recipient"},
                        },
                    },
                    {"type": "null"},
                ]
            },
        },
    }
}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"<root><ErrorMessage>a</ErrorMessage><ErrorMessage>b</ErrorMessage></root>", {"ErrorMessage": ["a", "b"]}),
        (b"<root><ErrorMessage>a</ErrorMessage></root>", {"ErrorMessage": ["a"]}),
        (b"<root><ErrorMessage /></root>", {"ErrorMessage": []}),
        (
            b"<root><Recipients><Recipient><Type>SMS</Type></Recipient><Recipient><Type>Fax</Type></Recipient></Recipients></root>",
            {"Recipients": [{"Type": "SMS"}, {"Type": "Fax"}]},
        ),
        (  # Prism's form: the property repeated, each holding an item's fields
            b"<xml><Recipients><Type>SMS</Type></Recipients><Recipients><Type>Fax</Type></Recipients></xml>",
            {"Recipients": [{"Type": "SMS"}, {"Type": "Fax"}]},
        ),
        (b"<root><Recipient><Type>SMS</Type></Recipient></root>", {"Recipients": [{"Type": "SMS"}]}),
        (b"<root><Recipients /></root>", {"Recipients": []}),
    ],
)
def test_union_holding_an_array_reads_its_items_however_written(body: bytes, expected: dict[str, Any]) -> None:
    """A nullable array or a list-or-string (ErrorMessage) is read like the array it holds."""
    from tnz_ext._xml import _Compiler, _read_object

    obj = _Compiler(UNION_ARRAYS).component("R")
    assert _read_object(ET.fromstring(body), obj, True) == expected
