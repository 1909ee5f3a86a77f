from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.group_list_response import GroupListResponse
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
        "url": "/addressbook/group/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GroupListResponse | None:
    if response.status_code == 200:
        response_200 = GroupListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GroupListResponse]:
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
) -> Response[ErrorResponse | GroupListResponse]:
    """List groups

     List Groups - Get Group List via REST API. Displays all Groups in your Address Book.
    Use `page` and `recordsPerPage` to reduce the output size into manageable chunks.

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupListResponse]
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
) -> ErrorResponse | GroupListResponse | None:
    """List groups

     List Groups - Get Group List via REST API. Displays all Groups in your Address Book.
    Use `page` and `recordsPerPage` to reduce the output size into manageable chunks.

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupListResponse
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
) -> Response[ErrorResponse | GroupListResponse]:
    """List groups

     List Groups - Get Group List via REST API. Displays all Groups in your Address Book.
    Use `page` and `recordsPerPage` to reduce the output size into manageable chunks.

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GroupListResponse]
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
) -> ErrorResponse | GroupListResponse | None:
    """List groups

     List Groups - Get Group List via REST API. Displays all Groups in your Address Book.
    Use `page` and `recordsPerPage` to reduce the output size into manageable chunks.

    Args:
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GroupListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            records_per_page=records_per_page,
        )
    ).parsed
