from typing import Literal

Resolution = Literal["High", "Low"]

RESOLUTION_VALUES: set[Resolution] = {
    "High",
    "Low",
}


def check_resolution(value: str) -> Resolution:
    if value in RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOLUTION_VALUES!r}")
