from typing import Literal

CallResult = Literal["Failed", "Success"]

CALL_RESULT_VALUES: set[CallResult] = {
    "Failed",
    "Success",
}


def check_call_result(value: str) -> CallResult:
    if value in CALL_RESULT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CALL_RESULT_VALUES!r}")
