from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.status_response import StatusResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
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
        "url": "/get/status/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StatusResponse | None:
    if response.status_code == 200:
        response_200 = StatusResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> Response[ErrorResponse | StatusResponse]:
    """Poll the status of a message

     GET Status Poll - Track message statuses using a GET poll. The GET Poll should be
    configured to timeout after 48 hours with no result.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        page=page,
        records_per_page=records_per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> ErrorResponse | StatusResponse | None:
    """Poll the status of a message

     GET Status Poll - Track message statuses using a GET poll. The GET Poll should be
    configured to timeout after 48 hours with no result.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        page=page,
        records_per_page=records_per_page,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> Response[ErrorResponse | StatusResponse]:
    """Poll the status of a message

     GET Status Poll - Track message statuses using a GET poll. The GET Poll should be
    configured to timeout after 48 hours with no result.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        page=page,
        records_per_page=records_per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> ErrorResponse | StatusResponse | None:
    """Poll the status of a message

     GET Status Poll - Track message statuses using a GET poll. The GET Poll should be
    configured to timeout after 48 hours with no result.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            page=page,
            records_per_page=records_per_page,
        )
    ).parsed
