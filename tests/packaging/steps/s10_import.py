"""Step: both packages import from the installed wheel (not the repo) and a client constructs."""

import importlib.metadata
import importlib.resources
import os
from pathlib import Path

import tnz_api

import tnz_ext
from tnz_ext import AsyncTNZClient, TNZClient

site = Path(os.environ["TNZ_SITE_PACKAGES"])
for module in (tnz_ext, tnz_api):
    assert site in Path(module.__file__).parents, f"{module.__name__} imported from {module.__file__}"
assert tnz_ext.__version__ == importlib.metadata.version("tnz-sdk")
assert importlib.resources.files("tnz_ext").joinpath("py.typed").is_file()
assert importlib.resources.files("tnz_api").joinpath("openapi.json").is_file()

with TNZClient(auth_token="t", base_url=os.environ["TNZ_MOCK_URL"]) as client:
    assert client.messaging.sms is not None
client = AsyncTNZClient(auth_token="t", base_url=os.environ["TNZ_MOCK_URL"])
print("imported from", site)
