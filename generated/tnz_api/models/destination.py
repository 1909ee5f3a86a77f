from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination:
    """One destination of a message: a Recipient (email address or E.164 number, with optional
    personalisation fields), or an Address Book ContactID, GroupID or GroupCode.

        Attributes:
            recipient (None | str | Unset): Email address, mobile or telephone number of the recipient. We recommend a
                prefix check on numbers to limit potential Toll Fraud.
            attention (None | str | Unset): Recipient's name
            first_name (None | str | Unset): Recipient's first name. In XML bodies this is the element `<FirstName>`: an XML
                name cannot hold a space, and TNZ does not document the element name for 'First Name', so `FirstName` is our
                assumption (it matches the [[FirstName]] personalisation tag and the address book field).
            last_name (None | str | Unset): Recipient's last name. In XML bodies this is the element `<LastName>`: an XML
                name cannot hold a space, and TNZ does not document the element name for 'Last Name', so `LastName` is our
                assumption (it matches the [[LastName]] personalisation tag and the address book field).
            company (None | str | Unset): Recipient's company
            custom_1 (None | str | Unset): Customisable tracking and personalisation field
            custom_2 (None | str | Unset): Customisable tracking and personalisation field
            custom_3 (None | str | Unset): Customisable tracking and personalisation field
            custom_4 (None | str | Unset): Customisable tracking and personalisation field
            custom_5 (None | str | Unset): Customisable tracking and personalisation field
            custom_6 (None | str | Unset): Customisable tracking and personalisation field
            custom_7 (None | str | Unset): Customisable tracking and personalisation field
            custom_8 (None | str | Unset): Customisable tracking and personalisation field
            custom_9 (None | str | Unset): Customisable tracking and personalisation field
            contact_id (None | str | Unset): The Contact ID that corresponds to your Address Book contact.
            group_id (None | str | Unset): The Group ID that corresponds to your Address Book group of contacts.
            group_code (None | str | Unset): The Group Code that corresponds to your Address Book group of contacts.
            mobile_number (None | str | Unset): Sent by TNZ's library's RecipientModel (null unless set); not in TNZ's v2.04
                reference
            fax_number (None | str | Unset): Sent by TNZ's library's RecipientModel (null unless set); not in TNZ's v2.04
                reference
            phone_number (None | str | Unset): Sent by TNZ's library's RecipientModel (null unless set); not in TNZ's v2.04
                reference
            email_address (None | str | Unset): Sent by TNZ's library's RecipientModel (null unless set); not in TNZ's v2.04
                reference
    """

    recipient: None | str | Unset = UNSET
    attention: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    custom_1: None | str | Unset = UNSET
    custom_2: None | str | Unset = UNSET
    custom_3: None | str | Unset = UNSET
    custom_4: None | str | Unset = UNSET
    custom_5: None | str | Unset = UNSET
    custom_6: None | str | Unset = UNSET
    custom_7: None | str | Unset = UNSET
    custom_8: None | str | Unset = UNSET
    custom_9: None | str | Unset = UNSET
    contact_id: None | str | Unset = UNSET
    group_id: None | str | Unset = UNSET
    group_code: None | str | Unset = UNSET
    mobile_number: None | str | Unset = UNSET
    fax_number: None | str | Unset = UNSET
    phone_number: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipient: None | str | Unset
        if isinstance(self.recipient, Unset):
            recipient = UNSET
        else:
            recipient = self.recipient

        attention: None | str | Unset
        if isinstance(self.attention, Unset):
            attention = UNSET
        else:
            attention = self.attention

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        custom_1: None | str | Unset
        if isinstance(self.custom_1, Unset):
            custom_1 = UNSET
        else:
            custom_1 = self.custom_1

        custom_2: None | str | Unset
        if isinstance(self.custom_2, Unset):
            custom_2 = UNSET
        else:
            custom_2 = self.custom_2

        custom_3: None | str | Unset
        if isinstance(self.custom_3, Unset):
            custom_3 = UNSET
        else:
            custom_3 = self.custom_3

        custom_4: None | str | Unset
        if isinstance(self.custom_4, Unset):
            custom_4 = UNSET
        else:
            custom_4 = self.custom_4

        custom_5: None | str | Unset
        if isinstance(self.custom_5, Unset):
            custom_5 = UNSET
        else:
            custom_5 = self.custom_5

        custom_6: None | str | Unset
        if isinstance(self.custom_6, Unset):
            custom_6 = UNSET
        else:
            custom_6 = self.custom_6

        custom_7: None | str | Unset
        if isinstance(self.custom_7, Unset):
            custom_7 = UNSET
        else:
            custom_7 = self.custom_7

        custom_8: None | str | Unset
        if isinstance(self.custom_8, Unset):
            custom_8 = UNSET
        else:
            custom_8 = self.custom_8

        custom_9: None | str | Unset
        if isinstance(self.custom_9, Unset):
            custom_9 = UNSET
        else:
            custom_9 = self.custom_9

        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        group_id: None | str | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        group_code: None | str | Unset
        if isinstance(self.group_code, Unset):
            group_code = UNSET
        else:
            group_code = self.group_code

        mobile_number: None | str | Unset
        if isinstance(self.mobile_number, Unset):
            mobile_number = UNSET
        else:
            mobile_number = self.mobile_number

        fax_number: None | str | Unset
        if isinstance(self.fax_number, Unset):
            fax_number = UNSET
        else:
            fax_number = self.fax_number

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if mobile_number is not UNSET:
            field_dict["MobileNumber"] = mobile_number
        if fax_number is not UNSET:
            field_dict["FaxNumber"] = fax_number
        if phone_number is not UNSET:
            field_dict["PhoneNumber"] = phone_number
        if email_address is not UNSET:
            field_dict["EmailAddress"] = email_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_recipient(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recipient = _parse_recipient(d.pop("Recipient", UNSET))

        def _parse_attention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attention = _parse_attention(d.pop("Attention", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("First Name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("Last Name", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("Company", UNSET))

        def _parse_custom_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_1 = _parse_custom_1(d.pop("Custom1", UNSET))

        def _parse_custom_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_2 = _parse_custom_2(d.pop("Custom2", UNSET))

        def _parse_custom_3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_3 = _parse_custom_3(d.pop("Custom3", UNSET))

        def _parse_custom_4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_4 = _parse_custom_4(d.pop("Custom4", UNSET))

        def _parse_custom_5(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_5 = _parse_custom_5(d.pop("Custom5", UNSET))

        def _parse_custom_6(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_6 = _parse_custom_6(d.pop("Custom6", UNSET))

        def _parse_custom_7(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_7 = _parse_custom_7(d.pop("Custom7", UNSET))

        def _parse_custom_8(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_8 = _parse_custom_8(d.pop("Custom8", UNSET))

        def _parse_custom_9(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_9 = _parse_custom_9(d.pop("Custom9", UNSET))

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("ContactID", UNSET))

        def _parse_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_id = _parse_group_id(d.pop("GroupID", UNSET))

        def _parse_group_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_code = _parse_group_code(d.pop("GroupCode", UNSET))

        def _parse_mobile_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_number = _parse_mobile_number(d.pop("MobileNumber", UNSET))

        def _parse_fax_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax_number = _parse_fax_number(d.pop("FaxNumber", UNSET))

        def _parse_phone_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone_number = _parse_phone_number(d.pop("PhoneNumber", UNSET))

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("EmailAddress", UNSET))

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
            mobile_number=mobile_number,
            fax_number=fax_number,
            phone_number=phone_number,
            email_address=email_address,
        )

        destination.additional_properties = d
        return destination

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
