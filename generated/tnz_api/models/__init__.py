"""Contains all the data models used in inputs/outputs"""

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
