from typing import Literal

PlaySection = Literal["AnswerPhone", "Main", "WrongKey"]

PLAY_SECTION_VALUES: set[PlaySection] = {
    "AnswerPhone",
    "Main",
    "WrongKey",
}


def check_play_section(value: str) -> PlaySection:
    if value in PLAY_SECTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLAY_SECTION_VALUES!r}")
