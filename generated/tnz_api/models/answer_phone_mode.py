from typing import Literal

AnswerPhoneMode = Literal["DAF", "DAS", "NDAF", "NDAS"]

ANSWER_PHONE_MODE_VALUES: set[AnswerPhoneMode] = {
    "DAF",
    "DAS",
    "NDAF",
    "NDAS",
}


def check_answer_phone_mode(value: str) -> AnswerPhoneMode:
    if value in ANSWER_PHONE_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ANSWER_PHONE_MODE_VALUES!r}")
