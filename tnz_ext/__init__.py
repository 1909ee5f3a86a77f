"""tnz_ext: the friendly, safe layer over the generated TNZ v2.04 client (``tnz_api``).

Results are the generated models (importable from ``tnz_ext.types``); this package adds what a
generator cannot: destinations and file helpers, checks before sending, typed errors, safe
retries, paging, sync and async.
"""

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
from ._version import __version__ as __version__
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
