"""Test your TNZ integration without TNZ: the real Prism mock, or an in-process fake.

* ``PrismMock`` runs Stoplight Prism on the bundled spec (needs Node.js and
  ``@stoplight/prism-cli``); ``find_prism`` says where it looks.
* ``TNZFake`` is an httpx transport that validates requests against the same spec in-process
  (no Node), answers with the spec's examples or what the test sets, and records the calls.
* The pytest plugin (installed with the package, entry point ``pytest11``) gives the fixtures
  ``tnz_prism`` (session-scoped ``PrismMock``) and ``tnz_fake`` (a fresh ``TNZFake`` per test).

The repository runs its client contract tests against both, so they agree on what is valid.
"""

from ._fake import FakeCall, FakeResponse, TNZFake, Violation
from ._prism import PrismMock, PrismNotFoundError, bundled_spec_path, find_prism

__all__ = [
    "FakeCall",
    "FakeResponse",
    "PrismMock",
    "PrismNotFoundError",
    "TNZFake",
    "Violation",
    "bundled_spec_path",
    "find_prism",
]
