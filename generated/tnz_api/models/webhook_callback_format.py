from typing import Literal

WebhookCallbackFormat = Literal["JSON", "XML"]

WEBHOOK_CALLBACK_FORMAT_VALUES: set[WebhookCallbackFormat] = {
    "JSON",
    "XML",
}


def check_webhook_callback_format(value: str) -> WebhookCallbackFormat:
    if value in WEBHOOK_CALLBACK_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WEBHOOK_CALLBACK_FORMAT_VALUES!r}")
