from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.group_contact_list_response import GroupContactListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group_id: str,
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
        "url": "/addressbook/group/{group_id}/contact/list".format(
            group_id=quote(str(group_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GroupContactListResponse | None:
    if response.status_code == 200:
        response_200 = GroupContactListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GroupContactListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> Response[ErrorResponse | GroupContactListResponse]:
    """List the contacts of a group

     List Group-to-Contact Associations - Lists all Contacts in a specific Group.

    Args:
        group_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, % or
            whitespace.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupContactListResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        page=page,
        records_per_page=records_per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> ErrorResponse | GroupContactListResponse | None:
    """List the contacts of a group

     List Group-to-Contact Associations - Lists all Contacts in a specific Group.

    Args:
        group_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, % or
            whitespace.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupContactListResponse
    """

    return sync_detailed(
        group_id=group_id,
        client=client,
        page=page,
        records_per_page=records_per_page,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> Response[ErrorResponse | GroupContactListResponse]:
    """List the contacts of a group

     List Group-to-Contact Associations - Lists all Contacts in a specific Group.

    Args:
        group_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, % or
            whitespace.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupContactListResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        page=page,
        records_per_page=records_per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> ErrorResponse | GroupContactListResponse | None:
    """List the contacts of a group

     List Group-to-Contact Associations - Lists all Contacts in a specific Group.

    Args:
        group_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, % or
            whitespace.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupContactListResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            client=client,
            page=page,
            records_per_page=records_per_page,
        )
    ).parsed
