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
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["recordsPerPage"] = records_per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/addressbook/contact/list",
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
) -> Response[ContactListResponse | ErrorResponse]:
    """List contacts

     List Contacts - Get Contact List via REST API. Displays all Contacts in your Address
    Book, including their names and contact information. Use `page` and `recordsPerPage`
    to reduce the output size into manageable chunks.

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        records_per_page=records_per_page,
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
) -> ContactListResponse | ErrorResponse | None:
    """List contacts

     List Contacts - Get Contact List via REST API. Displays all Contacts in your Address
    Book, including their names and contact information. Use `page` and `recordsPerPage`
    to reduce the output size into manageable chunks.

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> Response[ContactListResponse | ErrorResponse]:
    """List contacts

     List Contacts - Get Contact List via REST API. Displays all Contacts in your Address
    Book, including their names and contact information. Use `page` and `recordsPerPage`
    to reduce the output size into manageable chunks.

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        records_per_page=records_per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> ContactListResponse | ErrorResponse | None:
    """List contacts

     List Contacts - Get Contact List via REST API. Displays all Contacts in your Address
    Book, including their names and contact information. Use `page` and `recordsPerPage`
    to reduce the output size into manageable chunks.

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

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
        )
    ).parsed
