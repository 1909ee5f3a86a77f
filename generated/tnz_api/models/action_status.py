from typing import Literal

ActionStatus = Literal["CreditHold", "Delayed", "Deleted", "Pending", "Transmit"]

ACTION_STATUS_VALUES: set[ActionStatus] = {
    "CreditHold",
    "Delayed",
    "Deleted",
    "Pending",
    "Transmit",
}


def check_action_status(value: str) -> ActionStatus:
    if value in ACTION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ACTION_STATUS_VALUES!r}")
