from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactModel")


@_attrs_define
class ContactModel:
    """An Address Book contact.

    Attributes:
        id (str | Unset): Unique identifier for the contact (the ContactID)
        owner (str | Unset): Your UserKey
        created (str | Unset): Creation date for this contact in your local date/time
        created_utc (str | Unset): Creation date for this contact in UTC date/time
        updated (str | Unset): Last updated date for this contact in your local date/time
        updated_utc (str | Unset): Last updated date for this contact in UTC date/time
        timezone (str | Unset): Timezone associated with Created/Updated date/time
        view_by (Permission | str | Unset): Specifies the visibility of the contact.
        edit_by (Permission | str | Unset): Specifies the permission level required to edit the contact.
        attention (str | Unset): Indicates the attention or focus associated with the contact.
        title (str | Unset): Represents the title or honorific of the contact (e.g., Mr, Mrs, Ms).
        company (str | Unset): Specifies the company or organization associated with the contact.
        company_department (str | Unset): Indicates the department or division within the company associated with the
            contact (sent as RecipDepartment).
        first_name (str | Unset): Represents the first name of the contact.
        last_name (str | Unset): Represents the last name of the contact.
        position (str | Unset): Specifies the job position or role of the contact.
        street_address (str | Unset): Represents the street address or location of the contact.
        suburb (str | Unset): Specifies the suburb or district associated with the contact's address.
        city (str | Unset): Indicates the city or locality associated with the contact's address.
        state (str | Unset): Represents the state or province associated with the contact's address.
        country (str | Unset): Specifies the country associated with the contact's address.
        postcode (str | Unset): Represents the postal code or ZIP code associated with the contact's address.
        main_phone (str | Unset): Specifies the main phone number of the contact.
        alt_phone_1 (str | Unset): Represents an alternate phone number for the contact.
        alt_phone_2 (str | Unset): Represents a second alternate phone number for the contact.
        direct_phone (str | Unset): Indicates the direct phone number of the contact.
        mobile_phone (str | Unset): Represents the mobile phone number of the contact.
        fax_number (str | Unset): Specifies the fax number associated with the contact.
        email_address (str | Unset): Represents the email address of the contact.
        web_address (str | Unset): Specifies the website address or URL associated with the contact.
        custom_1 (str | Unset): Custom field associated with the contact.
        custom_2 (str | Unset): Custom field associated with the contact.
        custom_3 (str | Unset): Custom field associated with the contact.
        custom_4 (str | Unset): Custom field associated with the contact.
    """

    id: str | Unset = UNSET
    owner: str | Unset = UNSET
    created: str | Unset = UNSET
    created_utc: str | Unset = UNSET
    updated: str | Unset = UNSET
    updated_utc: str | Unset = UNSET
    timezone: str | Unset = UNSET
    view_by: Permission | str | Unset = UNSET
    edit_by: Permission | str | Unset = UNSET
    attention: str | Unset = UNSET
    title: str | Unset = UNSET
    company: str | Unset = UNSET
    company_department: str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        owner = self.owner

        created = self.created

        created_utc = self.created_utc

        updated = self.updated

        updated_utc = self.updated_utc

        timezone = self.timezone

        view_by: str | Unset
        if isinstance(self.view_by, Unset):
            view_by = UNSET
        elif isinstance(self.view_by, str):
            view_by = self.view_by
        else:
            view_by = self.view_by

        edit_by: str | Unset
        if isinstance(self.edit_by, Unset):
            edit_by = UNSET
        elif isinstance(self.edit_by, str):
            edit_by = self.edit_by
        else:
            edit_by = self.edit_by

        attention = self.attention

        title = self.title

        company = self.company

        company_department = self.company_department

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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if owner is not UNSET:
            field_dict["Owner"] = owner
        if created is not UNSET:
            field_dict["Created"] = created
        if created_utc is not UNSET:
            field_dict["CreatedUTC"] = created_utc
        if updated is not UNSET:
            field_dict["Updated"] = updated
        if updated_utc is not UNSET:
            field_dict["UpdatedUTC"] = updated_utc
        if timezone is not UNSET:
            field_dict["Timezone"] = timezone
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
        if company_department is not UNSET:
            field_dict["CompanyDepartment"] = company_department
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
        id = d.pop("ID", UNSET)

        owner = d.pop("Owner", UNSET)

        created = d.pop("Created", UNSET)

        created_utc = d.pop("CreatedUTC", UNSET)

        updated = d.pop("Updated", UNSET)

        updated_utc = d.pop("UpdatedUTC", UNSET)

        timezone = d.pop("Timezone", UNSET)

        def _parse_view_by(data: object) -> Permission | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                view_by_type_0 = check_permission(data)

                return view_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Permission | str | Unset, data)

        view_by = _parse_view_by(d.pop("ViewBy", UNSET))

        def _parse_edit_by(data: object) -> Permission | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                edit_by_type_0 = check_permission(data)

                return edit_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Permission | str | Unset, data)

        edit_by = _parse_edit_by(d.pop("EditBy", UNSET))

        attention = d.pop("Attention", UNSET)

        title = d.pop("Title", UNSET)

        company = d.pop("Company", UNSET)

        company_department = d.pop("CompanyDepartment", UNSET)

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

        contact_model = cls(
            id=id,
            owner=owner,
            created=created,
            created_utc=created_utc,
            updated=updated,
            updated_utc=updated_utc,
            timezone=timezone,
            view_by=view_by,
            edit_by=edit_by,
            attention=attention,
            title=title,
            company=company,
            company_department=company_department,
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

        contact_model.additional_properties = d
        return contact_model

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
