from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_group_list_response import ContactGroupListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contact_id: str,
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
        "url": "/addressbook/contact/{contact_id}/group/list".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactGroupListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactGroupListResponse.from_dict(response.json())

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
) -> Response[ContactGroupListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> Response[ContactGroupListResponse | ErrorResponse]:
    """List the groups of a contact

     List Contact-to-Group Associations - Lists the Groups a specific Contact is a member of.

    Args:
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGroupListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        page=page,
        records_per_page=records_per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> ContactGroupListResponse | ErrorResponse | None:
    """List the groups of a contact

     List Contact-to-Group Associations - Lists the Groups a specific Contact is a member of.

    Args:
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGroupListResponse | ErrorResponse
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        page=page,
        records_per_page=records_per_page,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> Response[ContactGroupListResponse | ErrorResponse]:
    """List the groups of a contact

     List Contact-to-Group Associations - Lists the Groups a specific Contact is a member of.

    Args:
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGroupListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        page=page,
        records_per_page=records_per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> ContactGroupListResponse | ErrorResponse | None:
    """List the groups of a contact

     List Contact-to-Group Associations - Lists the Groups a specific Contact is a member of.

    Args:
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGroupListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            page=page,
            records_per_page=records_per_page,
        )
    ).parsed
