from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.abort_request import AbortRequest
from ...models.action_response import ActionResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    body: AbortRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/set/abort/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActionResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ActionResponse.from_dict(response.json())

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
) -> Response[ActionResponse | ErrorResponse]:
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
    body: AbortRequest | Unset = UNSET,
) -> Response[ActionResponse | ErrorResponse]:
    """Abort a delayed message

     Abort Sending - Cancel/Delete a Message from the Queue. If you have an existing Delayed
    message (scheduled for sending at a future date/time) you can use this API module to
    cancel sending of the message. The cancellation is applied to the most recent message
    with this MessageID.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (AbortRequest | Unset): The (empty) body of an abort, as TNZ's library sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AbortRequest | Unset = UNSET,
) -> ActionResponse | ErrorResponse | None:
    """Abort a delayed message

     Abort Sending - Cancel/Delete a Message from the Queue. If you have an existing Delayed
    message (scheduled for sending at a future date/time) you can use this API module to
    cancel sending of the message. The cancellation is applied to the most recent message
    with this MessageID.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (AbortRequest | Unset): The (empty) body of an abort, as TNZ's library sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResponse | ErrorResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AbortRequest | Unset = UNSET,
) -> Response[ActionResponse | ErrorResponse]:
    """Abort a delayed message

     Abort Sending - Cancel/Delete a Message from the Queue. If you have an existing Delayed
    message (scheduled for sending at a future date/time) you can use this API module to
    cancel sending of the message. The cancellation is applied to the most recent message
    with this MessageID.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (AbortRequest | Unset): The (empty) body of an abort, as TNZ's library sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AbortRequest | Unset = UNSET,
) -> ActionResponse | ErrorResponse | None:
    """Abort a delayed message

     Abort Sending - Cancel/Delete a Message from the Queue. If you have an existing Delayed
    message (scheduled for sending at a future date/time) you can use this API module to
    cancel sending of the message. The cancellation is applied to the most recent message
    with this MessageID.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (AbortRequest | Unset): The (empty) body of an abort, as TNZ's library sends it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
            body=body,
        )
    ).parsed
