from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.send_response import SendResponse
from ...models.tts_request import TTSRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TTSRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send/tts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendResponse | None:
    if response.status_code == 200:
        response_200 = SendResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SendResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TTSRequest,
) -> Response[ErrorResponse | SendResponse]:
    """Send Text-to-Speech

     Sending Voice Text To Speech - Send TTS via REST API. Messages are text and may include
    SSML commands. We recommend implementing a prefix check to limit potential Toll Fraud.

    Args:
        body (TTSRequest): Send Text-to-Speech request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendResponse]
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
    body: TTSRequest,
) -> ErrorResponse | SendResponse | None:
    """Send Text-to-Speech

     Sending Voice Text To Speech - Send TTS via REST API. Messages are text and may include
    SSML commands. We recommend implementing a prefix check to limit potential Toll Fraud.

    Args:
        body (TTSRequest): Send Text-to-Speech request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TTSRequest,
) -> Response[ErrorResponse | SendResponse]:
    """Send Text-to-Speech

     Sending Voice Text To Speech - Send TTS via REST API. Messages are text and may include
    SSML commands. We recommend implementing a prefix check to limit potential Toll Fraud.

    Args:
        body (TTSRequest): Send Text-to-Speech request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TTSRequest,
) -> ErrorResponse | SendResponse | None:
    """Send Text-to-Speech

     Sending Voice Text To Speech - Send TTS via REST API. Messages are text and may include
    SSML commands. We recommend implementing a prefix check to limit potential Toll Fraud.

    Args:
        body (TTSRequest): Send Text-to-Speech request body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
