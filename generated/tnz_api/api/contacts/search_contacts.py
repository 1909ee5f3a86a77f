from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_response import ContactListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
    email_address: str | Unset = UNSET,
    mobile_phone: str | Unset = UNSET,
    main_phone: str | Unset = UNSET,
    attention: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    company: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["recordsPerPage"] = records_per_page

    params["EmailAddress"] = email_address

    params["MobilePhone"] = mobile_phone

    params["MainPhone"] = main_phone

    params["Attention"] = attention

    params["FirstName"] = first_name

    params["LastName"] = last_name

    params["Company"] = company

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/addressbook/contact/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContactListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
    email_address: str | Unset = UNSET,
    mobile_phone: str | Unset = UNSET,
    main_phone: str | Unset = UNSET,
    attention: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    company: str | Unset = UNSET,
) -> Response[ContactListResponse | ErrorResponse]:
    """Search contacts

     Search Contacts - Find a Contact via REST API. Displays all Contacts in your Address
    Book that match your search criteria. Every filter is a full match (no wildcards).

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.
        email_address (str | Unset):
        mobile_phone (str | Unset):
        main_phone (str | Unset):
        attention (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        company (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        records_per_page=records_per_page,
        email_address=email_address,
        mobile_phone=mobile_phone,
        main_phone=main_phone,
        attention=attention,
        first_name=first_name,
        last_name=last_name,
        company=company,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
    email_address: str | Unset = UNSET,
    mobile_phone: str | Unset = UNSET,
    main_phone: str | Unset = UNSET,
    attention: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    company: str | Unset = UNSET,
) -> ContactListResponse | ErrorResponse | None:
    """Search contacts

     Search Contacts - Find a Contact via REST API. Displays all Contacts in your Address
    Book that match your search criteria. Every filter is a full match (no wildcards).

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.
        email_address (str | Unset):
        mobile_phone (str | Unset):
        main_phone (str | Unset):
        attention (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        company (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        records_per_page=records_per_page,
        email_address=email_address,
        mobile_phone=mobile_phone,
        main_phone=main_phone,
        attention=attention,
        first_name=first_name,
        last_name=last_name,
        company=company,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
    email_address: str | Unset = UNSET,
    mobile_phone: str | Unset = UNSET,
    main_phone: str | Unset = UNSET,
    attention: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    company: str | Unset = UNSET,
) -> Response[ContactListResponse | ErrorResponse]:
    """Search contacts

     Search Contacts - Find a Contact via REST API. Displays all Contacts in your Address
    Book that match your search criteria. Every filter is a full match (no wildcards).

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.
        email_address (str | Unset):
        mobile_phone (str | Unset):
        main_phone (str | Unset):
        attention (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        company (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        records_per_page=records_per_page,
        email_address=email_address,
        mobile_phone=mobile_phone,
        main_phone=main_phone,
        attention=attention,
        first_name=first_name,
        last_name=last_name,
        company=company,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
    email_address: str | Unset = UNSET,
    mobile_phone: str | Unset = UNSET,
    main_phone: str | Unset = UNSET,
    attention: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    company: str | Unset = UNSET,
) -> ContactListResponse | ErrorResponse | None:
    """Search contacts

     Search Contacts - Find a Contact via REST API. Displays all Contacts in your Address
    Book that match your search criteria. Every filter is a full match (no wildcards).

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.
        email_address (str | Unset):
        mobile_phone (str | Unset):
        main_phone (str | Unset):
        attention (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        company (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            records_per_page=records_per_page,
            email_address=email_address,
            mobile_phone=mobile_phone,
            main_phone=main_phone,
            attention=attention,
            first_name=first_name,
            last_name=last_name,
            company=company,
        )
    ).parsed
