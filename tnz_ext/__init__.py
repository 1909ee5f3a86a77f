"""tnz_ext: the friendly, safe layer over the generated TNZ v2.04 client (``tnz_api``).

Results are the generated models (importable from ``tnz_ext.types``); this package adds what a
generator cannot: destinations and file helpers, checks before sending, typed errors, safe
retries, paging, sync and async.
"""

# Importing tnz_ext costs almost nothing: each public name is imported from its module on first use
# (PEP 562), so `tnz --help` pays for none of httpx, the generated models or the client, and a
# program pays only for what it touches. Type checkers and IDEs read the imports under TYPE_CHECKING.

import importlib

from ._version import __version__ as __version__

# Not `from typing import TYPE_CHECKING`: typing costs ~13 ms to import here, a third of `tnz --help`.
# mypy, pyright and pdoc recognise the name itself.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from . import types as types
    from ._audio import load_wav, wav_base64
    from ._call import Call, RawResponse
    from ._client import (
        DEFAULT_BASE_URL,
        DEFAULT_DEADLINE,
        DEFAULT_MAX_RESPONSE_BYTES,
        DEFAULT_TIMEOUT,
        AsyncTNZClient,
        TNZClient,
    )
    from ._destinations import contact, group
    from ._errors import (
        APIError,
        AuthenticationError,
        BadRequestError,
        MalformedResponseError,
        NotFoundError,
        RateLimitError,
        ServerError,
        TimeoutError,
        TNZError,
        TransportError,
        ValidationError,
        WebhookError,
        WebhookParseError,
        WebhookVerificationError,
        XMLDecodeError,
    )
    from ._files import MAX_FILES, MAX_REQUEST_BYTES, Attachment
    from ._reconcile import Outcome, ReconcilePolicy, Reconciliation
    from ._retry import RetryPolicy
    from ._sms import SMSInfo, check_sms_length, sms_info
    from ._surface import recipient
    from ._transport import TRANSPORT_ENV, AsyncTransportName
    from ._webhooks import (
        DEFAULT_MAX_WEBHOOK_AGE,
        Webhook,
        WebhookVerifier,
        parse_webhook,
        verify_webhook,
        webhook_key,
    )

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_WEBHOOK_AGE",
    "DEFAULT_TIMEOUT",
    "MAX_FILES",
    "MAX_REQUEST_BYTES",
    "TRANSPORT_ENV",
    "APIError",
    "AsyncTNZClient",
    "AsyncTransportName",
    "Attachment",
    "AuthenticationError",
    "BadRequestError",
    "Call",
    "MalformedResponseError",
    "NotFoundError",
    "Outcome",
    "RateLimitError",
    "RawResponse",
    "ReconcilePolicy",
    "Reconciliation",
    "RetryPolicy",
    "SMSInfo",
    "ServerError",
    "TNZClient",
    "TNZError",
    "TimeoutError",
    "TransportError",
    "ValidationError",
    "Webhook",
    "WebhookError",
    "WebhookParseError",
    "WebhookVerificationError",
    "WebhookVerifier",
    "XMLDecodeError",
    "check_sms_length",
    "contact",
    "group",
    "load_wav",
    "parse_webhook",
    "recipient",
    "sms_info",
    "verify_webhook",
    "wav_base64",
    "webhook_key",
]

# Each public name -> the module that defines it (`types` is the submodule itself).
_MODULES = {
    "types": ".types",
    "load_wav": "._audio",
    "wav_base64": "._audio",
    "Call": "._call",
    "RawResponse": "._call",
    "DEFAULT_BASE_URL": "._client",
    "DEFAULT_DEADLINE": "._client",
    "DEFAULT_MAX_RESPONSE_BYTES": "._client",
    "DEFAULT_TIMEOUT": "._client",
    "AsyncTNZClient": "._client",
    "TNZClient": "._client",
    "contact": "._destinations",
    "group": "._destinations",
    "APIError": "._errors",
    "AuthenticationError": "._errors",
    "BadRequestError": "._errors",
    "MalformedResponseError": "._errors",
    "NotFoundError": "._errors",
    "RateLimitError": "._errors",
    "ServerError": "._errors",
    "TimeoutError": "._errors",
    "TNZError": "._errors",
    "TransportError": "._errors",
    "ValidationError": "._errors",
    "WebhookError": "._errors",
    "WebhookParseError": "._errors",
    "WebhookVerificationError": "._errors",
    "XMLDecodeError": "._errors",
    "MAX_FILES": "._files",
    "MAX_REQUEST_BYTES": "._files",
    "Attachment": "._files",
    "Outcome": "._reconcile",
    "ReconcilePolicy": "._reconcile",
    "Reconciliation": "._reconcile",
    "RetryPolicy": "._retry",
    "SMSInfo": "._sms",
    "check_sms_length": "._sms",
    "sms_info": "._sms",
    "recipient": "._surface",
    "TRANSPORT_ENV": "._transport",
    "AsyncTransportName": "._transport",
    "DEFAULT_MAX_WEBHOOK_AGE": "._webhooks",
    "Webhook": "._webhooks",
    "WebhookVerifier": "._webhooks",
    "parse_webhook": "._webhooks",
    "verify_webhook": "._webhooks",
    "webhook_key": "._webhooks",
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name stays a type error

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        loaded = importlib.import_module(module, __name__)
        value = loaded if module == f".{name}" else getattr(loaded, name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
