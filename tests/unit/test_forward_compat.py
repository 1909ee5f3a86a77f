"""A value or field TNZ adds later must not break parsing (issue: forward compatibility).

Response enums are `anyOf: [known values, any string]` and response schemas stay open, so an
unknown Status or an extra field parses, in JSON and in XML, and the extra field is kept.
"""

from __future__ import annotations

import json

import pytest
from pytest_httpx import HTTPXMock
from tnz_api.models import StatusResponse

from tnz_ext import TNZClient, parse_webhook

FUTURE = {
    "Result": "Success",
    "MessageID": "ID123456",
    "Status": "Archived",  # not one of Unknown/Pending/Delayed/Completed/CreditHold
    "Count": 1,
    "LoyaltyPoints": "12",  # a field the spec does not know
    "Recipients": [{"Type": "RCS", "Status": "READ", "Destination": "+6421000001", "Price": 0.2}],
}
FUTURE_XML = (
    b"<root><Result>Success</Result><MessageID>ID123456</MessageID><Status>Archived</Status><Count>1</Count>"
    b"<LoyaltyPoints>12</LoyaltyPoints><Recipients><Recipient><Type>RCS</Type><Status>READ</Status>"
    b"<Destination>+6421000001</Destination><Price>0.2</Price></Recipient></Recipients></root>"
)


def test_generated_model_keeps_unknown_values_and_fields() -> None:
    parsed = StatusResponse.from_dict(json.loads(json.dumps(FUTURE)))
    assert parsed.status == "Archived"
    assert parsed.additional_properties["LoyaltyPoints"] == "12"
    assert parsed.recipients[0].type_ == "RCS"  # type: ignore[index]


@pytest.mark.parametrize(
    ("fmt", "body", "ctype"),
    [("json", json.dumps(FUTURE).encode(), "application/json"), ("xml", FUTURE_XML, "application/xml")],
)
def test_client_parses_a_future_status_response(httpx_mock: HTTPXMock, fmt: str, body: bytes, ctype: str) -> None:
    httpx_mock.add_response(content=body, headers={"Content-Type": ctype})
    with TNZClient(auth_token="t", base_url="https://api.tnz.co.nz/api/v2.04", format=fmt) as client:  # type: ignore[arg-type]
        status = client.reports.status("ID123456")
    assert status.status == "Archived"
    assert status.count == 1
    assert status.recipients[0].status == "READ"  # type: ignore[index]


def test_webhook_with_an_unknown_type_still_parses() -> None:
    body = json.dumps({"Type": "RCS", "Status": "DELIVERED", "MessageID": "X", "NewField": "1"}).encode()
    webhook = parse_webhook(body, {"Content-Type": "application/json"})
    assert webhook.type_ == "RCS"
    assert webhook.status == "DELIVERED"
