from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_response import ActionResponse
from ...models.error_response import ErrorResponse
from ...models.reschedule_request import RescheduleRequest
from ...types import Response


def _get_kwargs(
    message_id: str,
    *,
    body: RescheduleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/set/reschedule/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

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
    body: RescheduleRequest,
) -> Response[ActionResponse | ErrorResponse]:
    """Reschedule a delayed message

     Reschedule Sending - Adjust the Delayed Sending Date/Time. If you have an existing Delayed
    message (scheduled for sending at a future date/time), you can use this API module to
    adjust the sending date/time. The adjustment is applied to the most recent message with
    this MessageID.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (RescheduleRequest): The new send time of a delayed message.

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
    body: RescheduleRequest,
) -> ActionResponse | ErrorResponse | None:
    """Reschedule a delayed message

     Reschedule Sending - Adjust the Delayed Sending Date/Time. If you have an existing Delayed
    message (scheduled for sending at a future date/time), you can use this API module to
    adjust the sending date/time. The adjustment is applied to the most recent message with
    this MessageID.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (RescheduleRequest): The new send time of a delayed message.

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
    body: RescheduleRequest,
) -> Response[ActionResponse | ErrorResponse]:
    """Reschedule a delayed message

     Reschedule Sending - Adjust the Delayed Sending Date/Time. If you have an existing Delayed
    message (scheduled for sending at a future date/time), you can use this API module to
    adjust the sending date/time. The adjustment is applied to the most recent message with
    this MessageID.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (RescheduleRequest): The new send time of a delayed message.

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
    body: RescheduleRequest,
) -> ActionResponse | ErrorResponse | None:
    """Reschedule a delayed message

     Reschedule Sending - Adjust the Delayed Sending Date/Time. If you have an existing Delayed
    message (scheduled for sending at a future date/time), you can use this API module to
    adjust the sending date/time. The adjustment is applied to the most recent message with
    this MessageID.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (RescheduleRequest): The new send time of a delayed message.

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
