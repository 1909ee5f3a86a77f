"""Step: an SMS (sync and async) and a status read against Prism, with the installed client."""

import asyncio
import os
from pathlib import Path

from tnz_ext import AsyncTNZClient, TNZClient, ValidationError

Path("invoice.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
url = os.environ["TNZ_MOCK_URL"]
with TNZClient(base_url=url) as client:  # the token from $TNZ_AUTH_TOKEN
    raw = client.messaging.sms.raw("Hello from the wheel", to="+6421000001")
    assert raw.status_code == 200, raw.status_code
    assert "sl-violations" not in raw.headers, raw.headers["sl-violations"]
    assert raw.parsed.result == "Success", raw.parsed
    assert client.reports.status("ID123456").result == "Success"
    try:
        client.messaging.fax(["invoice.pdf"], to="+6495005000", csid="X" * 31)
    except ValidationError as exc:
        assert exc.field.endswith("CSID") and exc.limit == 30, exc
    else:
        raise AssertionError("a 31-character CSID was accepted")


async def main() -> None:
    async with AsyncTNZClient(base_url=url) as client:
        results = await asyncio.gather(*(client.messaging.sms(f"Hello {n}", to="+6421000001") for n in range(3)))
        assert [r.result for r in results] == ["Success"] * 3, results


asyncio.run(main())
print("sent")
