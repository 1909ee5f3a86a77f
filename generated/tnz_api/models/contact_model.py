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
    """An Address Book contact. TNZ's library reads the contact's identifier as `ContactID` and its
    department as `RecipDepartment` (seed 001 says create answers with the new ContactID);
    seed 000's table names them `ID` and `CompanyDepartment`. Both forms are declared;
    tnz_ext fills `contact_id` from `ID` when only that one is present.

        Attributes:
            contact_id (None | str | Unset): Unique identifier for the contact
            id (None | str | Unset): Unique identifier for the contact (the ContactID)
            owner (None | str | Unset): Your UserKey
            created (None | str | Unset): Creation date for this contact in your local date/time
            created_utc (None | str | Unset): Creation date for this contact in UTC date/time
            updated (None | str | Unset): Last updated date for this contact in your local date/time
            updated_utc (None | str | Unset): Last updated date for this contact in UTC date/time
            created_time_utc_rfc3339 (None | str | Unset): Creation date in UTC (RFC 3339 format), as TNZ's .NET client
                reads it (openapi/DECISIONS.md, XML mode)
            updated_time_utc_rfc3339 (None | str | Unset): Last updated date in UTC (RFC 3339 format), as TNZ's .NET client
                reads it
            timezone (None | str | Unset): Timezone associated with Created/Updated date/time
            view_by (None | Permission | str | Unset): Specifies the visibility of the contact.
            edit_by (None | Permission | str | Unset): Specifies the permission level required to edit the contact.
            attention (None | str | Unset): Indicates the attention or focus associated with the contact.
            title (None | str | Unset): Represents the title or honorific of the contact (e.g., Mr, Mrs, Ms).
            company (None | str | Unset): Specifies the company or organization associated with the contact.
            company_department (None | str | Unset): Indicates the department or division within the company associated with
                the contact (sent as RecipDepartment).
            recip_department (None | str | Unset): The department or division within the company associated with the contact
                (the name TNZ's library reads).
            first_name (None | str | Unset): Represents the first name of the contact.
            last_name (None | str | Unset): Represents the last name of the contact.
            position (None | str | Unset): Specifies the job position or role of the contact.
            street_address (None | str | Unset): Represents the street address or location of the contact.
            suburb (None | str | Unset): Specifies the suburb or district associated with the contact's address.
            city (None | str | Unset): Indicates the city or locality associated with the contact's address.
            state (None | str | Unset): Represents the state or province associated with the contact's address.
            country (None | str | Unset): Specifies the country associated with the contact's address.
            postcode (None | str | Unset): Represents the postal code or ZIP code associated with the contact's address.
            post_code (None | str | Unset): The postal code, under the name TNZ's library reads (PostCode)
            main_phone (None | str | Unset): Specifies the main phone number of the contact.
            alt_phone_1 (None | str | Unset): Represents an alternate phone number for the contact.
            alt_phone_2 (None | str | Unset): Represents a second alternate phone number for the contact.
            direct_phone (None | str | Unset): Indicates the direct phone number of the contact.
            mobile_phone (None | str | Unset): Represents the mobile phone number of the contact.
            fax_number (None | str | Unset): Specifies the fax number associated with the contact.
            email_address (None | str | Unset): Represents the email address of the contact.
            web_address (None | str | Unset): Specifies the website address or URL associated with the contact.
            custom_1 (None | str | Unset): Custom field associated with the contact.
            custom_2 (None | str | Unset): Custom field associated with the contact.
            custom_3 (None | str | Unset): Custom field associated with the contact.
            custom_4 (None | str | Unset): Custom field associated with the contact.
    """

    contact_id: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    created: None | str | Unset = UNSET
    created_utc: None | str | Unset = UNSET
    updated: None | str | Unset = UNSET
    updated_utc: None | str | Unset = UNSET
    created_time_utc_rfc3339: None | str | Unset = UNSET
    updated_time_utc_rfc3339: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    view_by: None | Permission | str | Unset = UNSET
    edit_by: None | Permission | str | Unset = UNSET
    attention: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    company: None | str | Unset = UNSET
    company_department: None | str | Unset = UNSET
    recip_department: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    street_address: None | str | Unset = UNSET
    suburb: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    postcode: None | str | Unset = UNSET
    post_code: None | str | Unset = UNSET
    main_phone: None | str | Unset = UNSET
    alt_phone_1: None | str | Unset = UNSET
    alt_phone_2: None | str | Unset = UNSET
    direct_phone: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    fax_number: None | str | Unset = UNSET
    email_address: None | str | Unset = UNSET
    web_address: None | str | Unset = UNSET
    custom_1: None | str | Unset = UNSET
    custom_2: None | str | Unset = UNSET
    custom_3: None | str | Unset = UNSET
    custom_4: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contact_id: None | str | Unset
        if isinstance(self.contact_id, Unset):
            contact_id = UNSET
        else:
            contact_id = self.contact_id

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        created_utc: None | str | Unset
        if isinstance(self.created_utc, Unset):
            created_utc = UNSET
        else:
            created_utc = self.created_utc

        updated: None | str | Unset
        if isinstance(self.updated, Unset):
            updated = UNSET
        else:
            updated = self.updated

        updated_utc: None | str | Unset
        if isinstance(self.updated_utc, Unset):
            updated_utc = UNSET
        else:
            updated_utc = self.updated_utc

        created_time_utc_rfc3339: None | str | Unset
        if isinstance(self.created_time_utc_rfc3339, Unset):
            created_time_utc_rfc3339 = UNSET
        else:
            created_time_utc_rfc3339 = self.created_time_utc_rfc3339

        updated_time_utc_rfc3339: None | str | Unset
        if isinstance(self.updated_time_utc_rfc3339, Unset):
            updated_time_utc_rfc3339 = UNSET
        else:
            updated_time_utc_rfc3339 = self.updated_time_utc_rfc3339

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        view_by: None | str | Unset
        if isinstance(self.view_by, Unset):
            view_by = UNSET
        elif isinstance(self.view_by, str):
            view_by = self.view_by
        else:
            view_by = self.view_by

        edit_by: None | str | Unset
        if isinstance(self.edit_by, Unset):
            edit_by = UNSET
        elif isinstance(self.edit_by, str):
            edit_by = self.edit_by
        else:
            edit_by = self.edit_by

        attention: None | str | Unset
        if isinstance(self.attention, Unset):
            attention = UNSET
        else:
            attention = self.attention

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        company: None | str | Unset
        if isinstance(self.company, Unset):
            company = UNSET
        else:
            company = self.company

        company_department: None | str | Unset
        if isinstance(self.company_department, Unset):
            company_department = UNSET
        else:
            company_department = self.company_department

        recip_department: None | str | Unset
        if isinstance(self.recip_department, Unset):
            recip_department = UNSET
        else:
            recip_department = self.recip_department

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

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        street_address: None | str | Unset
        if isinstance(self.street_address, Unset):
            street_address = UNSET
        else:
            street_address = self.street_address

        suburb: None | str | Unset
        if isinstance(self.suburb, Unset):
            suburb = UNSET
        else:
            suburb = self.suburb

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        postcode: None | str | Unset
        if isinstance(self.postcode, Unset):
            postcode = UNSET
        else:
            postcode = self.postcode

        post_code: None | str | Unset
        if isinstance(self.post_code, Unset):
            post_code = UNSET
        else:
            post_code = self.post_code

        main_phone: None | str | Unset
        if isinstance(self.main_phone, Unset):
            main_phone = UNSET
        else:
            main_phone = self.main_phone

        alt_phone_1: None | str | Unset
        if isinstance(self.alt_phone_1, Unset):
            alt_phone_1 = UNSET
        else:
            alt_phone_1 = self.alt_phone_1

        alt_phone_2: None | str | Unset
        if isinstance(self.alt_phone_2, Unset):
            alt_phone_2 = UNSET
        else:
            alt_phone_2 = self.alt_phone_2

        direct_phone: None | str | Unset
        if isinstance(self.direct_phone, Unset):
            direct_phone = UNSET
        else:
            direct_phone = self.direct_phone

        mobile_phone: None | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        fax_number: None | str | Unset
        if isinstance(self.fax_number, Unset):
            fax_number = UNSET
        else:
            fax_number = self.fax_number

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        web_address: None | str | Unset
        if isinstance(self.web_address, Unset):
            web_address = UNSET
        else:
            web_address = self.web_address

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contact_id is not UNSET:
            field_dict["ContactID"] = contact_id
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
        if created_time_utc_rfc3339 is not UNSET:
            field_dict["CreatedTimeUTC_RFC3339"] = created_time_utc_rfc3339
        if updated_time_utc_rfc3339 is not UNSET:
            field_dict["UpdatedTimeUTC_RFC3339"] = updated_time_utc_rfc3339
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
        if post_code is not UNSET:
            field_dict["PostCode"] = post_code
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

        def _parse_contact_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact_id = _parse_contact_id(d.pop("ContactID", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("ID", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("Owner", UNSET))

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("Created", UNSET))

        def _parse_created_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_utc = _parse_created_utc(d.pop("CreatedUTC", UNSET))

        def _parse_updated(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated = _parse_updated(d.pop("Updated", UNSET))

        def _parse_updated_utc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_utc = _parse_updated_utc(d.pop("UpdatedUTC", UNSET))

        def _parse_created_time_utc_rfc3339(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_time_utc_rfc3339 = _parse_created_time_utc_rfc3339(d.pop("CreatedTimeUTC_RFC3339", UNSET))

        def _parse_updated_time_utc_rfc3339(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_time_utc_rfc3339 = _parse_updated_time_utc_rfc3339(d.pop("UpdatedTimeUTC_RFC3339", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("Timezone", UNSET))

        def _parse_view_by(data: object) -> None | Permission | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                view_by_type_0 = check_permission(data)

                return view_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Permission | str | Unset, data)

        view_by = _parse_view_by(d.pop("ViewBy", UNSET))

        def _parse_edit_by(data: object) -> None | Permission | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                edit_by_type_0 = check_permission(data)

                return edit_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Permission | str | Unset, data)

        edit_by = _parse_edit_by(d.pop("EditBy", UNSET))

        def _parse_attention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attention = _parse_attention(d.pop("Attention", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("Title", UNSET))

        def _parse_company(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company = _parse_company(d.pop("Company", UNSET))

        def _parse_company_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_department = _parse_company_department(d.pop("CompanyDepartment", UNSET))

        def _parse_recip_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recip_department = _parse_recip_department(d.pop("RecipDepartment", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("FirstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("LastName", UNSET))

        def _parse_position(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        position = _parse_position(d.pop("Position", UNSET))

        def _parse_street_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        street_address = _parse_street_address(d.pop("StreetAddress", UNSET))

        def _parse_suburb(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suburb = _parse_suburb(d.pop("Suburb", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("City", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("State", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("Country", UNSET))

        def _parse_postcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        postcode = _parse_postcode(d.pop("Postcode", UNSET))

        def _parse_post_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_code = _parse_post_code(d.pop("PostCode", UNSET))

        def _parse_main_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_phone = _parse_main_phone(d.pop("MainPhone", UNSET))

        def _parse_alt_phone_1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alt_phone_1 = _parse_alt_phone_1(d.pop("AltPhone1", UNSET))

        def _parse_alt_phone_2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alt_phone_2 = _parse_alt_phone_2(d.pop("AltPhone2", UNSET))

        def _parse_direct_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        direct_phone = _parse_direct_phone(d.pop("DirectPhone", UNSET))

        def _parse_mobile_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_phone = _parse_mobile_phone(d.pop("MobilePhone", UNSET))

        def _parse_fax_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax_number = _parse_fax_number(d.pop("FaxNumber", UNSET))

        def _parse_email_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_address = _parse_email_address(d.pop("EmailAddress", UNSET))

        def _parse_web_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        web_address = _parse_web_address(d.pop("WebAddress", UNSET))

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

        contact_model = cls(
            contact_id=contact_id,
            id=id,
            owner=owner,
            created=created,
            created_utc=created_utc,
            updated=updated,
            updated_utc=updated_utc,
            created_time_utc_rfc3339=created_time_utc_rfc3339,
            updated_time_utc_rfc3339=updated_time_utc_rfc3339,
            timezone=timezone,
            view_by=view_by,
            edit_by=edit_by,
            attention=attention,
            title=title,
            company=company,
            company_department=company_department,
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
            post_code=post_code,
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
