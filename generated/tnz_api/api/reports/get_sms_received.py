from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_received_response import SMSReceivedResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    time_period: int | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["timePeriod"] = time_period

    params["dateFrom"] = date_from

    params["dateTo"] = date_to

    params["page"] = page

    params["recordsPerPage"] = records_per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get/sms/received",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SMSReceivedResponse | None:
    if response.status_code == 200:
        response_200 = SMSReceivedResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SMSReceivedResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_period: int | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> Response[ErrorResponse | SMSReceivedResponse]:
    """Poll all received SMS

     GET SMS Received Poll - View all Inbound SMS using a GET poll. Give either `timePeriod`
    (minutes) or both `dateFrom` and `dateTo` (the API user's local time).

    Args:
        time_period (int | Unset):
        date_from (str | Unset): A local date and time in the API user's timezone: `{date}T{time}`
            as TNZ's reference shows,
            or `{date} {time}` as TNZ's libraries send it (dateFrom=2024-08-01 00:00:00); seconds
            optional.
        date_to (str | Unset): A local date and time in the API user's timezone: `{date}T{time}`
            as TNZ's reference shows,
            or `{date} {time}` as TNZ's libraries send it (dateFrom=2024-08-01 00:00:00); seconds
            optional.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SMSReceivedResponse]
    """

    kwargs = _get_kwargs(
        time_period=time_period,
        date_from=date_from,
        date_to=date_to,
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
    time_period: int | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> ErrorResponse | SMSReceivedResponse | None:
    """Poll all received SMS

     GET SMS Received Poll - View all Inbound SMS using a GET poll. Give either `timePeriod`
    (minutes) or both `dateFrom` and `dateTo` (the API user's local time).

    Args:
        time_period (int | Unset):
        date_from (str | Unset): A local date and time in the API user's timezone: `{date}T{time}`
            as TNZ's reference shows,
            or `{date} {time}` as TNZ's libraries send it (dateFrom=2024-08-01 00:00:00); seconds
            optional.
        date_to (str | Unset): A local date and time in the API user's timezone: `{date}T{time}`
            as TNZ's reference shows,
            or `{date} {time}` as TNZ's libraries send it (dateFrom=2024-08-01 00:00:00); seconds
            optional.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SMSReceivedResponse
    """

    return sync_detailed(
        client=client,
        time_period=time_period,
        date_from=date_from,
        date_to=date_to,
        page=page,
        records_per_page=records_per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    time_period: int | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> Response[ErrorResponse | SMSReceivedResponse]:
    """Poll all received SMS

     GET SMS Received Poll - View all Inbound SMS using a GET poll. Give either `timePeriod`
    (minutes) or both `dateFrom` and `dateTo` (the API user's local time).

    Args:
        time_period (int | Unset):
        date_from (str | Unset): A local date and time in the API user's timezone: `{date}T{time}`
            as TNZ's reference shows,
            or `{date} {time}` as TNZ's libraries send it (dateFrom=2024-08-01 00:00:00); seconds
            optional.
        date_to (str | Unset): A local date and time in the API user's timezone: `{date}T{time}`
            as TNZ's reference shows,
            or `{date} {time}` as TNZ's libraries send it (dateFrom=2024-08-01 00:00:00); seconds
            optional.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SMSReceivedResponse]
    """

    kwargs = _get_kwargs(
        time_period=time_period,
        date_from=date_from,
        date_to=date_to,
        page=page,
        records_per_page=records_per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    time_period: int | Unset = UNSET,
    date_from: str | Unset = UNSET,
    date_to: str | Unset = UNSET,
    page: int | Unset = 1,
    records_per_page: int | Unset = 100,
) -> ErrorResponse | SMSReceivedResponse | None:
    """Poll all received SMS

     GET SMS Received Poll - View all Inbound SMS using a GET poll. Give either `timePeriod`
    (minutes) or both `dateFrom` and `dateTo` (the API user's local time).

    Args:
        time_period (int | Unset):
        date_from (str | Unset): A local date and time in the API user's timezone: `{date}T{time}`
            as TNZ's reference shows,
            or `{date} {time}` as TNZ's libraries send it (dateFrom=2024-08-01 00:00:00); seconds
            optional.
        date_to (str | Unset): A local date and time in the API user's timezone: `{date}T{time}`
            as TNZ's reference shows,
            or `{date} {time}` as TNZ's libraries send it (dateFrom=2024-08-01 00:00:00); seconds
            optional.
        page (int | Unset):  Default: 1.
        records_per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SMSReceivedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            time_period=time_period,
            date_from=date_from,
            date_to=date_to,
            page=page,
            records_per_page=records_per_page,
        )
    ).parsed
