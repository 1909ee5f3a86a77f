"""``TNZ_LOG=debug`` (or ``info``): switch on the ``tnz_ext`` logger without touching logging config.

Log lines name the method, URL, status and MessageID, never headers, so the auth token cannot
appear in them. An application that configures logging itself needs none of this: the
``tnz_ext`` logger propagates as usual.
"""

from __future__ import annotations

import logging
import os

from ._errors import ValidationError

__all__ = ["configure_logging", "logger"]

logger = logging.getLogger("tnz_ext")
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}


class _EnvHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The stderr handler TNZ_LOG adds (marked, so it is added once however many clients there are)."""


def configure_logging() -> None:
    """Apply ``TNZ_LOG`` if it is set: its level on the tnz_ext logger, and a stderr handler once."""
    value = os.environ.get("TNZ_LOG", "").strip().lower()
    if not value:
        return
    if value not in _LEVELS:
        raise ValidationError("TNZ_LOG", f"must be one of {', '.join(_LEVELS)}, not {value!r}")
    logger.setLevel(_LEVELS[value])
    if not any(isinstance(h, _EnvHandler) for h in logger.handlers):
        handler = _EnvHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
