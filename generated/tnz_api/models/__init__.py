"""Contains all the data models used in inputs/outputs

Loaded lazily (PEP 562): ``from tnz_api.models import SendResponse`` imports only that model and the
models it references, not all of them. Type checkers read the imports under ``TYPE_CHECKING``.
(openapi/templates/models_init.py.jinja, a custom template of openapi-python-client.)
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .abort_request import AbortRequest
    from .action_response import ActionResponse
    from .action_status import ActionStatus
    from .answer_phone_mode import AnswerPhoneMode
    from .call_result import CallResult
    from .contact_group_list_response import ContactGroupListResponse
    from .contact_group_request import ContactGroupRequest
    from .contact_group_response import ContactGroupResponse
    from .contact_list_response import ContactListResponse
    from .contact_model import ContactModel
    from .contact_request import ContactRequest
    from .contact_response import ContactResponse
    from .delivery_status import DeliveryStatus
    from .destination import Destination
    from .email_message_data import EmailMessageData
    from .email_request import EmailRequest
    from .error_response import ErrorResponse
    from .fax_destination import FaxDestination
    from .fax_message_data import FaxMessageData
    from .fax_request import FaxRequest
    from .file import File
    from .group_contact_list_response import GroupContactListResponse
    from .group_contact_request import GroupContactRequest
    from .group_create_request import GroupCreateRequest
    from .group_list_response import GroupListResponse
    from .group_model import GroupModel
    from .group_response import GroupResponse
    from .group_update_request import GroupUpdateRequest
    from .message_state import MessageState
    from .message_type import MessageType
    from .mode import Mode
    from .pacing_request import PacingRequest
    from .permission import Permission
    from .play_section import PlaySection
    from .received_sms import ReceivedSMS
    from .reply_recipient import ReplyRecipient
    from .reschedule_request import RescheduleRequest
    from .resolution import Resolution
    from .resubmit_request import ResubmitRequest
    from .send_response import SendResponse
    from .sms_message_data import SMSMessageData
    from .sms_received_response import SMSReceivedResponse
    from .sms_received_webhook import SMSReceivedWebhook
    from .sms_reply import SMSReply
    from .sms_reply_response import SMSReplyResponse
    from .sms_request import SMSRequest
    from .status_recipient import StatusRecipient
    from .status_response import StatusResponse
    from .status_webhook import StatusWebhook
    from .tts_keypad import TTSKeypad
    from .tts_message_data import TTSMessageData
    from .tts_request import TTSRequest
    from .voice_keypad import VoiceKeypad
    from .voice_message_data import VoiceMessageData
    from .voice_request import VoiceRequest
    from .webhook_callback_format import WebhookCallbackFormat

__all__ = (
    "AbortRequest",
    "ActionResponse",
    "ActionStatus",
    "AnswerPhoneMode",
    "CallResult",
    "ContactGroupListResponse",
    "ContactGroupRequest",
    "ContactGroupResponse",
    "ContactListResponse",
    "ContactModel",
    "ContactRequest",
    "ContactResponse",
    "DeliveryStatus",
    "Destination",
    "EmailMessageData",
    "EmailRequest",
    "ErrorResponse",
    "FaxDestination",
    "FaxMessageData",
    "FaxRequest",
    "File",
    "GroupContactListResponse",
    "GroupContactRequest",
    "GroupCreateRequest",
    "GroupListResponse",
    "GroupModel",
    "GroupResponse",
    "GroupUpdateRequest",
    "MessageState",
    "MessageType",
    "Mode",
    "PacingRequest",
    "Permission",
    "PlaySection",
    "ReceivedSMS",
    "ReplyRecipient",
    "RescheduleRequest",
    "Resolution",
    "ResubmitRequest",
    "SendResponse",
    "SMSMessageData",
    "SMSReceivedResponse",
    "SMSReceivedWebhook",
    "SMSReply",
    "SMSReplyResponse",
    "SMSRequest",
    "StatusRecipient",
    "StatusResponse",
    "StatusWebhook",
    "TTSKeypad",
    "TTSMessageData",
    "TTSRequest",
    "VoiceKeypad",
    "VoiceMessageData",
    "VoiceRequest",
    "WebhookCallbackFormat",
)

# Each public name -> the module (in this package) that defines it.
_MODULES = {
    "AbortRequest": ".abort_request",
    "ActionResponse": ".action_response",
    "ActionStatus": ".action_status",
    "AnswerPhoneMode": ".answer_phone_mode",
    "CallResult": ".call_result",
    "ContactGroupListResponse": ".contact_group_list_response",
    "ContactGroupRequest": ".contact_group_request",
    "ContactGroupResponse": ".contact_group_response",
    "ContactListResponse": ".contact_list_response",
    "ContactModel": ".contact_model",
    "ContactRequest": ".contact_request",
    "ContactResponse": ".contact_response",
    "DeliveryStatus": ".delivery_status",
    "Destination": ".destination",
    "EmailMessageData": ".email_message_data",
    "EmailRequest": ".email_request",
    "ErrorResponse": ".error_response",
    "FaxDestination": ".fax_destination",
    "FaxMessageData": ".fax_message_data",
    "FaxRequest": ".fax_request",
    "File": ".file",
    "GroupContactListResponse": ".group_contact_list_response",
    "GroupContactRequest": ".group_contact_request",
    "GroupCreateRequest": ".group_create_request",
    "GroupListResponse": ".group_list_response",
    "GroupModel": ".group_model",
    "GroupResponse": ".group_response",
    "GroupUpdateRequest": ".group_update_request",
    "MessageState": ".message_state",
    "MessageType": ".message_type",
    "Mode": ".mode",
    "PacingRequest": ".pacing_request",
    "Permission": ".permission",
    "PlaySection": ".play_section",
    "ReceivedSMS": ".received_sms",
    "ReplyRecipient": ".reply_recipient",
    "RescheduleRequest": ".reschedule_request",
    "Resolution": ".resolution",
    "ResubmitRequest": ".resubmit_request",
    "SendResponse": ".send_response",
    "SMSMessageData": ".sms_message_data",
    "SMSReceivedResponse": ".sms_received_response",
    "SMSReceivedWebhook": ".sms_received_webhook",
    "SMSReply": ".sms_reply",
    "SMSReplyResponse": ".sms_reply_response",
    "SMSRequest": ".sms_request",
    "StatusRecipient": ".status_recipient",
    "StatusResponse": ".status_response",
    "StatusWebhook": ".status_webhook",
    "TTSKeypad": ".tts_keypad",
    "TTSMessageData": ".tts_message_data",
    "TTSRequest": ".tts_request",
    "VoiceKeypad": ".voice_keypad",
    "VoiceMessageData": ".voice_message_data",
    "VoiceRequest": ".voice_request",
    "WebhookCallbackFormat": ".webhook_callback_format",
}

if not TYPE_CHECKING:  # hidden from type checkers, so a misspelt name stays a type error

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is not None:
            value = getattr(importlib.import_module(module, __name__), name)
        elif f".{name}" in _MODULES.values():  # a model's module, e.g. `tnz_api.models.send_response`
            value = importlib.import_module(f".{name}", __name__)
        else:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
