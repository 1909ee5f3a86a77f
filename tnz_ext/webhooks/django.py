"""Django: a view for the receiver (``pip install "<this package>[django]"``).

    # urls.py
    from django.urls import path
    from tnz_ext import WebhookVerifier
    from tnz_ext.webhooks import WebhookReceiver
    from tnz_ext.webhooks.django import view

    receiver = WebhookReceiver(WebhookVerifier(api_key="..."), on_webhook=handle)
    urlpatterns = [path("tnz/webhook", view(receiver))]

The view is exempt from CSRF (TNZ cannot send a CSRF token; the webhook key and timestamp
authenticate it instead). ``on_webhook`` is a plain function.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from tnz_ext.webhooks._receiver import WebhookReceiver

__all__ = ["view"]


def view(receiver: WebhookReceiver) -> Callable[[HttpRequest], HttpResponse]:
    """A Django view function serving ``receiver`` (sync; Django runs it in a thread under ASGI)."""
    if receiver.is_async:
        raise TypeError("on_webhook is async: pass a plain function to the Django view")

    def tnz_webhook(request: HttpRequest) -> HttpResponse:
        # request.read() streams the body: request.body would first load it whole into memory.
        reply = receiver.handle(request.method or "", request.headers, request.read)
        response = HttpResponse(reply.body, status=reply.status)
        for name, value in reply.headers:
            response[name] = value
        return response

    # What django.views.decorators.csrf.csrf_exempt sets (its decorator is untyped).
    tnz_webhook.csrf_exempt = True  # type: ignore[attr-defined]
    return tnz_webhook
