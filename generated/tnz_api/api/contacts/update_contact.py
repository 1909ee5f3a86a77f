from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_request import ContactRequest
from ...models.contact_response import ContactResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    contact_id: str,
    *,
    body: ContactRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/addressbook/contact/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
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
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest,
) -> Response[ContactResponse | ErrorResponse]:
    """Update a contact

     Update a Contact - Update an existing Address Book Contact's information. You may update
    just one property (e.g. 'StreetAddress' only) or multiple properties.

    Args:
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.
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
        contact_id=contact_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest,
) -> ContactResponse | ErrorResponse | None:
    """Update a contact

     Update a Contact - Update an existing Address Book Contact's information. You may update
    just one property (e.g. 'StreetAddress' only) or multiple properties.

    Args:
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.
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
        contact_id=contact_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest,
) -> Response[ContactResponse | ErrorResponse]:
    """Update a contact

     Update a Contact - Update an existing Address Book Contact's information. You may update
    just one property (e.g. 'StreetAddress' only) or multiple properties.

    Args:
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.
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
        contact_id=contact_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ContactRequest,
) -> ContactResponse | ErrorResponse | None:
    """Update a contact

     Update a Contact - Update an existing Address Book Contact's information. You may update
    just one property (e.g. 'StreetAddress' only) or multiple properties.

    Args:
        contact_id (str): One URL path segment: not '.' or '..', and no slash, backslash, ?, #, %
            or whitespace.
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
            contact_id=contact_id,
            client=client,
            body=body,
        )
    ).parsed
