from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_group_response import ContactGroupResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    group_id: str,
    contact_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/addressbook/group/{group_id}/contact/{contact_id}".format(
            group_id=quote(str(group_id), safe=""),
            contact_id=quote(str(contact_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactGroupResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactGroupResponse.from_dict(response.json())

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
) -> Response[ContactGroupResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactGroupResponse | ErrorResponse]:
    """Check a group's membership of a contact

     Get Details on a Group-to-Contact Association - Confirms whether a specific Group has a
    specific Contact listed (a 1:1 match, used for verification purposes).

    Args:
        group_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, % or
            whitespace.
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        contact_id=contact_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactGroupResponse | ErrorResponse | None:
    """Check a group's membership of a contact

     Get Details on a Group-to-Contact Association - Confirms whether a specific Group has a
    specific Contact listed (a 1:1 match, used for verification purposes).

    Args:
        group_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, % or
            whitespace.
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGroupResponse | ErrorResponse
    """

    return sync_detailed(
        group_id=group_id,
        contact_id=contact_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    group_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ContactGroupResponse | ErrorResponse]:
    """Check a group's membership of a contact

     Get Details on a Group-to-Contact Association - Confirms whether a specific Group has a
    specific Contact listed (a 1:1 match, used for verification purposes).

    Args:
        group_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, % or
            whitespace.
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactGroupResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        group_id=group_id,
        contact_id=contact_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group_id: str,
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ContactGroupResponse | ErrorResponse | None:
    """Check a group's membership of a contact

     Get Details on a Group-to-Contact Association - Confirms whether a specific Group has a
    specific Contact listed (a 1:1 match, used for verification purposes).

    Args:
        group_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, % or
            whitespace.
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactGroupResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            group_id=group_id,
            contact_id=contact_id,
            client=client,
        )
    ).parsed
