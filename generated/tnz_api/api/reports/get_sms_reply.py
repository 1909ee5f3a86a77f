from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_reply_response import SMSReplyResponse
from ...types import Response


def _get_kwargs(
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get/sms/reply/{message_id}".format(
            message_id=quote(str(message_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SMSReplyResponse | None:
    if response.status_code == 200:
        response_200 = SMSReplyResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SMSReplyResponse]:
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
) -> Response[ErrorResponse | SMSReplyResponse]:
    """Poll the replies to an SMS

     GET SMS Reply Poll - Track individual reply SMS messages using a GET poll, tracked using
    the MessageID of the outbound message. The GET Poll should be configured to timeout after
    48 hours with no result.

    Args:
        message_id (str): A Message Identifier helps you keep track of each message (maximum 40
            characters,
            alphanumeric). Use a unique MessageID for each request. If you leave this field blank,
            the API will generate a 36-character UUID (v4) for you and include it in the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SMSReplyResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SMSReplyResponse | None:
    """Poll the replies to an SMS

     GET SMS Reply Poll - Track individual reply SMS messages using a GET poll, tracked using
    the MessageID of the outbound message. The GET Poll should be configured to timeout after
    48 hours with no result.

    Args:
        message_id (str): A Message Identifier helps you keep track of each message (maximum 40
            characters,
            alphanumeric). Use a unique MessageID for each request. If you leave this field blank,
            the API will generate a 36-character UUID (v4) for you and include it in the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SMSReplyResponse
    """

    return sync_detailed(
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SMSReplyResponse]:
    """Poll the replies to an SMS

     GET SMS Reply Poll - Track individual reply SMS messages using a GET poll, tracked using
    the MessageID of the outbound message. The GET Poll should be configured to timeout after
    48 hours with no result.

    Args:
        message_id (str): A Message Identifier helps you keep track of each message (maximum 40
            characters,
            alphanumeric). Use a unique MessageID for each request. If you leave this field blank,
            the API will generate a 36-character UUID (v4) for you and include it in the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SMSReplyResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SMSReplyResponse | None:
    """Poll the replies to an SMS

     GET SMS Reply Poll - Track individual reply SMS messages using a GET poll, tracked using
    the MessageID of the outbound message. The GET Poll should be configured to timeout after
    48 hours with no result.

    Args:
        message_id (str): A Message Identifier helps you keep track of each message (maximum 40
            characters,
            alphanumeric). Use a unique MessageID for each request. If you leave this field blank,
            the API will generate a 36-character UUID (v4) for you and include it in the response.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SMSReplyResponse
    """

    return (
        await asyncio_detailed(
            message_id=message_id,
            client=client,
        )
    ).parsed
