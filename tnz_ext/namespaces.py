"""The classes behind ``client.messaging``, ``client.reports``, ``client.addressbook.contacts``...

You never build these: each client makes its own. They are public for the API reference and for
type annotations (``def notify(sms: MessagingSms) -> None``). Every operation is a callable
object with the spec's fields as typed keywords, and ``.raw(...)`` for the whole answer; they
are generated from the spec by ``scripts/gen_surface.py`` (sync and async from one template).
"""

from ._surface import *  # noqa: F403 - the generated module's __all__ is the list
from ._surface import __all__ as __all__
