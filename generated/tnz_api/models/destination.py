from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination:
    """One destination of a message: a Recipient (email address or E.164 number, with optional
    personalisation fields), or an Address Book ContactID, GroupID or GroupCode.

        Attributes:
            recipient (str | Unset): Email address, mobile or telephone number of the recipient. We recommend a prefix check
                on numbers to limit potential Toll Fraud.
            attention (str | Unset): Recipient's name
            first_name (str | Unset): Recipient's first name. In XML bodies this is the element `<FirstName>`: an XML name
                cannot hold a space, and TNZ does not document the element name for 'First Name', so `FirstName` is our
                assumption (it matches the [[FirstName]] personalisation tag and the address book field).
            last_name (str | Unset): Recipient's last name. In XML bodies this is the element `<LastName>`: an XML name
                cannot hold a space, and TNZ does not document the element name for 'Last Name', so `LastName` is our assumption
                (it matches the [[LastName]] personalisation tag and the address book field).
            company (str | Unset): Recipient's company
            custom_1 (str | Unset): Customisable tracking and personalisation field
            custom_2 (str | Unset): Customisable tracking and personalisation field
            custom_3 (str | Unset): Customisable tracking and personalisation field
            custom_4 (str | Unset): Customisable tracking and personalisation field
            custom_5 (str | Unset): Customisable tracking and personalisation field
            custom_6 (str | Unset): Customisable tracking and personalisation field
            custom_7 (str | Unset): Customisable tracking and personalisation field
            custom_8 (str | Unset): Customisable tracking and personalisation field
            custom_9 (str | Unset): Customisable tracking and personalisation field
            contact_id (str | Unset): The Contact ID that corresponds to your Address Book contact.
            group_id (str | Unset): The Group ID that corresponds to your Address Book group of contacts.
            group_code (str | Unset): The Group Code that corresponds to your Address Book group of contacts.
    """

    recipient: str | Unset = UNSET
    attention: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company: str | Unset = UNSET
    custom_1: str | Unset = UNSET
    custom_2: str | Unset = UNSET
    custom_3: str | Unset = UNSET
    custom_4: str | Unset = UNSET
    custom_5: str | Unset = UNSET
    custom_6: str | Unset = UNSET
    custom_7: str | Unset = UNSET
    custom_8: str | Unset = UNSET
    custom_9: str | Unset = UNSET
    contact_id: str | Unset = UNSET
    group_id: str | Unset = UNSET
    group_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        recipient = self.recipient

        attention = self.attention

        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        custom_5 = self.custom_5

        custom_6 = self.custom_6

        custom_7 = self.custom_7

        custom_8 = self.custom_8

        custom_9 = self.custom_9

        contact_id = self.contact_id

        group_id = self.group_id

        group_code = self.group_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if recipient is not UNSET:
            field_dict["Recipient"] = recipient
        if attention is not UNSET:
            field_dict["Attention"] = attention
        if first_name is not UNSET:
            field_dict["First Name"] = first_name
        if last_name is not UNSET:
            field_dict["Last Name"] = last_name
        if company is not UNSET:
            field_dict["Company"] = company
        if custom_1 is not UNSET:
            field_dict["Custom1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["Custom2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["Custom3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["Custom4"] = custom_4
        if custom_5 is not UNSET:
            field_dict["Custom5"] = custom_5
        if custom_6 is not UNSET:
            field_dict["Custom6"] = custom_6
        if custom_7 is not UNSET:
            field_dict["Custom7"] = custom_7
        if custom_8 is not UNSET:
            field_dict["Custom8"] = custom_8
        if custom_9 is not UNSET:
            field_dict["Custom9"] = custom_9
        if contact_id is not UNSET:
            field_dict["ContactID"] = contact_id
        if group_id is not UNSET:
            field_dict["GroupID"] = group_id
        if group_code is not UNSET:
            field_dict["GroupCode"] = group_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        recipient = d.pop("Recipient", UNSET)

        attention = d.pop("Attention", UNSET)

        first_name = d.pop("First Name", UNSET)

        last_name = d.pop("Last Name", UNSET)

        company = d.pop("Company", UNSET)

        custom_1 = d.pop("Custom1", UNSET)

        custom_2 = d.pop("Custom2", UNSET)

        custom_3 = d.pop("Custom3", UNSET)

        custom_4 = d.pop("Custom4", UNSET)

        custom_5 = d.pop("Custom5", UNSET)

        custom_6 = d.pop("Custom6", UNSET)

        custom_7 = d.pop("Custom7", UNSET)

        custom_8 = d.pop("Custom8", UNSET)

        custom_9 = d.pop("Custom9", UNSET)

        contact_id = d.pop("ContactID", UNSET)

        group_id = d.pop("GroupID", UNSET)

        group_code = d.pop("GroupCode", UNSET)

        destination = cls(
            recipient=recipient,
            attention=attention,
            first_name=first_name,
            last_name=last_name,
            company=company,
            custom_1=custom_1,
            custom_2=custom_2,
            custom_3=custom_3,
            custom_4=custom_4,
            custom_5=custom_5,
            custom_6=custom_6,
            custom_7=custom_7,
            custom_8=custom_8,
            custom_9=custom_9,
            contact_id=contact_id,
            group_id=group_id,
            group_code=group_code,
        )

        return destination
