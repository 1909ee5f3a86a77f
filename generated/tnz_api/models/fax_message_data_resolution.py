from typing import Literal

FaxMessageDataResolution = Literal["High", "Low"]

FAX_MESSAGE_DATA_RESOLUTION_VALUES: set[FaxMessageDataResolution] = {
    "High",
    "Low",
}


def check_fax_message_data_resolution(value: str) -> FaxMessageDataResolution:
    if value in FAX_MESSAGE_DATA_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FAX_MESSAGE_DATA_RESOLUTION_VALUES!r}")
