from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_request import ContactRequest
from ...models.contact_response import ContactResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/addressbook/contact",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactResponse.from_dict(response.json())

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
) -> Response[ContactResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest,
) -> Response[ContactResponse | ErrorResponse]:
    """Create a contact

     Create a Contact - Create Contact via REST API. The API responds with the new contact's
    'ContactID' (the contact's `ID`); save it for later updates. Create the Contact (and the
    Group) before associating them.

    Args:
        body (ContactRequest): The properties of a contact to create or update. On update you may
            send just one
            property (e.g. 'StreetAddress' only) or several.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest,
) -> ContactResponse | ErrorResponse | None:
    """Create a contact

     Create a Contact - Create Contact via REST API. The API responds with the new contact's
    'ContactID' (the contact's `ID`); save it for later updates. Create the Contact (and the
    Group) before associating them.

    Args:
        body (ContactRequest): The properties of a contact to create or update. On update you may
            send just one
            property (e.g. 'StreetAddress' only) or several.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest,
) -> Response[ContactResponse | ErrorResponse]:
    """Create a contact

     Create a Contact - Create Contact via REST API. The API responds with the new contact's
    'ContactID' (the contact's `ID`); save it for later updates. Create the Contact (and the
    Group) before associating them.

    Args:
        body (ContactRequest): The properties of a contact to create or update. On update you may
            send just one
            property (e.g. 'StreetAddress' only) or several.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest,
) -> ContactResponse | ErrorResponse | None:
    """Create a contact

     Create a Contact - Create Contact via REST API. The API responds with the new contact's
    'ContactID' (the contact's `ID`); save it for later updates. Create the Contact (and the
    Group) before associating them.

    Args:
        body (ContactRequest): The properties of a contact to create or update. On update you may
            send just one
            property (e.g. 'StreetAddress' only) or several.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
