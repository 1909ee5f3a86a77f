from typing import Literal

Voice = Literal["Amy", "Brian", "Emma", "Female1", "Male1", "Nicole", "Russell"]

VOICE_VALUES: set[Voice] = {
    "Amy",
    "Brian",
    "Emma",
    "Female1",
    "Male1",
    "Nicole",
    "Russell",
}


def check_voice(value: str) -> Voice:
    if value in VOICE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_VALUES!r}")
