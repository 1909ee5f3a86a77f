"""A client library for accessing TNZ Messaging REST API"""

# The clients are imported on first use (PEP 562), so `from tnz_api.models import ...` does not
# import httpx. (openapi/templates/package_init.py.jinja, a custom template of openapi-python-client.)
import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name stays a type error

    def __getattr__(name: str) -> object:
        if name not in (*__all__, "client"):
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        client = importlib.import_module(".client", __name__)
        value = client if name == "client" else getattr(client, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
