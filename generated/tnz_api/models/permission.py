from typing import Literal

Permission = Literal["Account", "Department", "No", "SubAccount"]

PERMISSION_VALUES: set[Permission] = {
    "Account",
    "Department",
    "No",
    "SubAccount",
}


def check_permission(value: str) -> Permission:
    if value in PERMISSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PERMISSION_VALUES!r}")
