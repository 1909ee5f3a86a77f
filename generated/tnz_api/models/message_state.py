from typing import Literal

MessageState = Literal["Completed", "CreditHold", "Delayed", "Pending", "Unknown"]

MESSAGE_STATE_VALUES: set[MessageState] = {
    "Completed",
    "CreditHold",
    "Delayed",
    "Pending",
    "Unknown",
}


def check_message_state(value: str) -> MessageState:
    if value in MESSAGE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_STATE_VALUES!r}")
