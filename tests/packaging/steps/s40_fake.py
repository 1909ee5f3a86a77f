"""Step: the in-process fake from the installed package (no Node): sends, a refusal, recorded calls."""

import asyncio
import importlib.metadata
import os
from pathlib import Path

import httpx

import tnz_ext.testing
from tnz_ext.testing import TNZFake

site = Path(os.environ["TNZ_SITE_PACKAGES"])
assert site in Path(tnz_ext.testing.__file__).parents, tnz_ext.testing.__file__
plugins = {ep.value for ep in importlib.metadata.entry_points(group="pytest11")}
assert "tnz_ext.testing.pytest_plugin" in plugins, plugins

fake = TNZFake()
with fake.client() as client:
    assert client.messaging.sms("Hello from the wheel", to="+6421000001").result == "Success"
    assert client.reports.status("ID123456").result == "Success"


async def main() -> None:
    async with fake.async_client() as client:
        results = await asyncio.gather(*(client.messaging.sms(f"Hi {n}", to="+6421000001") for n in range(3)))
    assert [r.result for r in results] == ["Success"] * 3, results


asyncio.run(main())
with httpx.Client(transport=fake, base_url="http://tnz.test", headers={"Authorization": "Basic t"}) as http:
    refused = http.post("/send/sms", json={"MessageData": {"Message": "no destinations"}})
assert refused.status_code == 400, refused.status_code
assert "Destinations" in refused.headers["sl-violations"], refused.headers
assert [c.operation_id for c in fake.calls] == ["sendSms", "getStatus", "sendSms", "sendSms", "sendSms", "sendSms"]
assert all(c.headers.get("authorization") == "[redacted]" for c in fake.calls)
fake.close()
print("fake ok")
