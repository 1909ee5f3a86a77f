from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_response import ActionResponse
from ...models.error_response import ErrorResponse
from ...models.resubmit_request import ResubmitRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    message_id: str,
    *,
    body: ResubmitRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/set/resubmit/{message_id}".format(
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
    body: ResubmitRequest | Unset = UNSET,
) -> Response[ActionResponse | ErrorResponse]:
    """Resubmit a failed message

     Retry Sending - Resubmit a failed message. If your message is 'Failed' (sending completed
    and was unsuccessful), you can use this API module to retry sending. The Retry is applied
    to a specific MessageID. If you use common MessageID values across multiple messages, it
    will apply to the most recent message and only if the Status was Failed.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (ResubmitRequest | Unset): Optional parameters of a resubmit.

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
    body: ResubmitRequest | Unset = UNSET,
) -> ActionResponse | ErrorResponse | None:
    """Resubmit a failed message

     Retry Sending - Resubmit a failed message. If your message is 'Failed' (sending completed
    and was unsuccessful), you can use this API module to retry sending. The Retry is applied
    to a specific MessageID. If you use common MessageID values across multiple messages, it
    will apply to the most recent message and only if the Status was Failed.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (ResubmitRequest | Unset): Optional parameters of a resubmit.

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
    body: ResubmitRequest | Unset = UNSET,
) -> Response[ActionResponse | ErrorResponse]:
    """Resubmit a failed message

     Retry Sending - Resubmit a failed message. If your message is 'Failed' (sending completed
    and was unsuccessful), you can use this API module to retry sending. The Retry is applied
    to a specific MessageID. If you use common MessageID values across multiple messages, it
    will apply to the most recent message and only if the Status was Failed.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (ResubmitRequest | Unset): Optional parameters of a resubmit.

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
    body: ResubmitRequest | Unset = UNSET,
) -> ActionResponse | ErrorResponse | None:
    """Resubmit a failed message

     Retry Sending - Resubmit a failed message. If your message is 'Failed' (sending completed
    and was unsuccessful), you can use this API module to retry sending. The Retry is applied
    to a specific MessageID. If you use common MessageID values across multiple messages, it
    will apply to the most recent message and only if the Status was Failed.

    Args:
        message_id (str): The MessageID of a message, in a URL path (1-40 characters,
            alphanumeric, '-' or '_').
        body (ResubmitRequest | Unset): Optional parameters of a resubmit.

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
