from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="File")


@_attrs_define
class File:
    """A file attached to the message.

    Attributes:
        name (str): The file's name (for example Sample.pdf).
        data (str): Base-64 encoded value of the file.
    """

    name: str
    data: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        data = self.data

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Name": name,
                "Data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("Name")

        data = d.pop("Data")

        file = cls(
            name=name,
            data=data,
        )

        return file
