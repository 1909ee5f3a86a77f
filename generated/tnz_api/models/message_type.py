from typing import Literal

MessageType = Literal["Email", "Fax", "SMS", "SMSInbound", "SMSReply", "TextToSpeech", "Voice"]

MESSAGE_TYPE_VALUES: set[MessageType] = {
    "Email",
    "Fax",
    "SMS",
    "SMSInbound",
    "SMSReply",
    "TextToSpeech",
    "Voice",
}


def check_message_type(value: str) -> MessageType:
    if value in MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_TYPE_VALUES!r}")
