from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRequest")


@_attrs_define
class ContactRequest:
    """The properties of a contact to create or update. On update you may send just one
    property (e.g. 'StreetAddress' only) or several.

        Attributes:
            view_by (Permission | Unset): Visibility / edit permission level ("Account", "SubAccount", "Department" or
                "No").
            edit_by (Permission | Unset): Visibility / edit permission level ("Account", "SubAccount", "Department" or
                "No").
            attention (str | Unset): Indicates the attention or focus associated with the contact.
            title (str | Unset): Represents the title or honorific of the contact (e.g., Mr, Mrs, Ms).
            company (str | Unset): Specifies the company or organization associated with the contact.
            recip_department (str | Unset): Indicates the department or division within the company associated with the
                contact.
            first_name (str | Unset): Represents the first name of the contact.
            last_name (str | Unset): Represents the last name of the contact.
            position (str | Unset): Specifies the job position or role of the contact.
            street_address (str | Unset): Represents the street address or location of the contact.
            suburb (str | Unset): Specifies the suburb or district associated with the contact's address.
            city (str | Unset): Indicates the city or locality associated with the contact's address.
            state (str | Unset): Represents the state or province associated with the contact's address.
            country (str | Unset): Specifies the country associated with the contact's address.
            postcode (str | Unset): Represents the postal code or ZIP code associated with the contact's address.
            main_phone (str | Unset): Specifies the main phone number of the contact (typically used for Voice & Text-To-
                Speech).
            alt_phone_1 (str | Unset): Represents an alternate phone number for the contact (typically used for Voice &
                Text-To-Speech).
            alt_phone_2 (str | Unset): Represents a second alternate phone number for the contact (typically used for Voice
                & Text-To-Speech).
            direct_phone (str | Unset): Indicates the direct phone number of the contact.
            mobile_phone (str | Unset): Represents the mobile phone number of the contact (typically used for SMS).
            fax_number (str | Unset): Specifies the fax number associated with the contact.
            email_address (str | Unset): Represents the email address of the contact.
            web_address (str | Unset): Specifies the website address or URL associated with the contact.
            custom_1 (str | Unset): Custom field associated with the contact.
            custom_2 (str | Unset): Custom field associated with the contact.
            custom_3 (str | Unset): Custom field associated with the contact.
            custom_4 (str | Unset): Custom field associated with the contact.
    """

    view_by: Permission | Unset = UNSET
    edit_by: Permission | Unset = UNSET
    attention: str | Unset = UNSET
    title: str | Unset = UNSET
    company: str | Unset = UNSET
    recip_department: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    position: str | Unset = UNSET
    street_address: str | Unset = UNSET
    suburb: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    country: str | Unset = UNSET
    postcode: str | Unset = UNSET
    main_phone: str | Unset = UNSET
    alt_phone_1: str | Unset = UNSET
    alt_phone_2: str | Unset = UNSET
    direct_phone: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    fax_number: str | Unset = UNSET
    email_address: str | Unset = UNSET
    web_address: str | Unset = UNSET
    custom_1: str | Unset = UNSET
    custom_2: str | Unset = UNSET
    custom_3: str | Unset = UNSET
    custom_4: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        view_by: str | Unset = UNSET
        if not isinstance(self.view_by, Unset):
            view_by = self.view_by

        edit_by: str | Unset = UNSET
        if not isinstance(self.edit_by, Unset):
            edit_by = self.edit_by

        attention = self.attention

        title = self.title

        company = self.company

        recip_department = self.recip_department

        first_name = self.first_name

        last_name = self.last_name

        position = self.position

        street_address = self.street_address

        suburb = self.suburb

        city = self.city

        state = self.state

        country = self.country

        postcode = self.postcode

        main_phone = self.main_phone

        alt_phone_1 = self.alt_phone_1

        alt_phone_2 = self.alt_phone_2

        direct_phone = self.direct_phone

        mobile_phone = self.mobile_phone

        fax_number = self.fax_number

        email_address = self.email_address

        web_address = self.web_address

        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if view_by is not UNSET:
            field_dict["ViewBy"] = view_by
        if edit_by is not UNSET:
            field_dict["EditBy"] = edit_by
        if attention is not UNSET:
            field_dict["Attention"] = attention
        if title is not UNSET:
            field_dict["Title"] = title
        if company is not UNSET:
            field_dict["Company"] = company
        if recip_department is not UNSET:
            field_dict["RecipDepartment"] = recip_department
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if last_name is not UNSET:
            field_dict["LastName"] = last_name
        if position is not UNSET:
            field_dict["Position"] = position
        if street_address is not UNSET:
            field_dict["StreetAddress"] = street_address
        if suburb is not UNSET:
            field_dict["Suburb"] = suburb
        if city is not UNSET:
            field_dict["City"] = city
        if state is not UNSET:
            field_dict["State"] = state
        if country is not UNSET:
            field_dict["Country"] = country
        if postcode is not UNSET:
            field_dict["Postcode"] = postcode
        if main_phone is not UNSET:
            field_dict["MainPhone"] = main_phone
        if alt_phone_1 is not UNSET:
            field_dict["AltPhone1"] = alt_phone_1
        if alt_phone_2 is not UNSET:
            field_dict["AltPhone2"] = alt_phone_2
        if direct_phone is not UNSET:
            field_dict["DirectPhone"] = direct_phone
        if mobile_phone is not UNSET:
            field_dict["MobilePhone"] = mobile_phone
        if fax_number is not UNSET:
            field_dict["FaxNumber"] = fax_number
        if email_address is not UNSET:
            field_dict["EmailAddress"] = email_address
        if web_address is not UNSET:
            field_dict["WebAddress"] = web_address
        if custom_1 is not UNSET:
            field_dict["Custom1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["Custom2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["Custom3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["Custom4"] = custom_4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _view_by = d.pop("ViewBy", UNSET)
        view_by: Permission | Unset
        if isinstance(_view_by, Unset):
            view_by = UNSET
        else:
            view_by = check_permission(_view_by)

        _edit_by = d.pop("EditBy", UNSET)
        edit_by: Permission | Unset
        if isinstance(_edit_by, Unset):
            edit_by = UNSET
        else:
            edit_by = check_permission(_edit_by)

        attention = d.pop("Attention", UNSET)

        title = d.pop("Title", UNSET)

        company = d.pop("Company", UNSET)

        recip_department = d.pop("RecipDepartment", UNSET)

        first_name = d.pop("FirstName", UNSET)

        last_name = d.pop("LastName", UNSET)

        position = d.pop("Position", UNSET)

        street_address = d.pop("StreetAddress", UNSET)

        suburb = d.pop("Suburb", UNSET)

        city = d.pop("City", UNSET)

        state = d.pop("State", UNSET)

        country = d.pop("Country", UNSET)

        postcode = d.pop("Postcode", UNSET)

        main_phone = d.pop("MainPhone", UNSET)

        alt_phone_1 = d.pop("AltPhone1", UNSET)

        alt_phone_2 = d.pop("AltPhone2", UNSET)

        direct_phone = d.pop("DirectPhone", UNSET)

        mobile_phone = d.pop("MobilePhone", UNSET)

        fax_number = d.pop("FaxNumber", UNSET)

        email_address = d.pop("EmailAddress", UNSET)

        web_address = d.pop("WebAddress", UNSET)

        custom_1 = d.pop("Custom1", UNSET)

        custom_2 = d.pop("Custom2", UNSET)

        custom_3 = d.pop("Custom3", UNSET)

        custom_4 = d.pop("Custom4", UNSET)

        contact_request = cls(
            view_by=view_by,
            edit_by=edit_by,
            attention=attention,
            title=title,
            company=company,
            recip_department=recip_department,
            first_name=first_name,
            last_name=last_name,
            position=position,
            street_address=street_address,
            suburb=suburb,
            city=city,
            state=state,
            country=country,
            postcode=postcode,
            main_phone=main_phone,
            alt_phone_1=alt_phone_1,
            alt_phone_2=alt_phone_2,
            direct_phone=direct_phone,
            mobile_phone=mobile_phone,
            fax_number=fax_number,
            email_address=email_address,
            web_address=web_address,
            custom_1=custom_1,
            custom_2=custom_2,
            custom_3=custom_3,
            custom_4=custom_4,
        )

        return contact_request
