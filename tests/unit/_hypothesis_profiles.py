"""Hypothesis profiles for the property tests.

``ci`` (the default) keeps the suite fast; ``HYPOTHESIS_PROFILE=deep`` runs 1000 examples per
property for a thorough local or nightly run. Importing this module registers and loads them.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", max_examples=25, deadline=None)
settings.register_profile("deep", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

PROFILE = settings.get_current_profile_name()
