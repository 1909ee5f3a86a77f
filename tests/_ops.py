"""The 31 operations of the spec as data: how to call each with the docs' example request.

Requests are built from the spec's own examples (components/examples), so the contract tests
send what the docs show. `SPEC` is the JSON spec shipped inside tnz_api.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from tnz_api import models
from tnz_api.api.actions import abort_message, reschedule_message, resubmit_message, set_pacing
from tnz_api.api.contact_groups import (
    create_contact_group,
    delete_contact_group,
    get_contact_group,
    list_contact_groups,
)
from tnz_api.api.contacts import (
    create_contact,
    delete_contact,
    get_contact,
    list_contacts,
    search_contacts,
    update_contact,
)
from tnz_api.api.group_contacts import (
    create_group_contact,
    delete_group_contact,
    get_group_contact,
    list_group_contacts,
)
from tnz_api.api.groups import create_group, delete_group, get_group, list_groups, update_group
from tnz_api.api.messaging import send_email, send_fax, send_sms, send_tts, send_voice
from tnz_api.api.reports import get_sms_received, get_sms_reply, get_status

from tnz_ext.testing import bundled_spec_path

SPEC: dict[str, Any] = json.loads(bundled_spec_path().read_text(encoding="utf-8"))
CONTACT_ID = "17f2b37e-4706-41c8-8dcb-de90e24c2447"
GROUP_ID = "4000000b-f002-4007-b00a-c00000000002"
MESSAGE_ID = "ID123456"


def example(name: str) -> Any:
    """The value of components/examples/<name>."""
    return SPEC["components"]["examples"][name]["value"]


@dataclass(frozen=True)
class Op:
    operation_id: str
    method: str
    path: str
    module: ModuleType
    expected: type
    args: tuple[str, ...] = ()
    query: dict[str, Any] = field(default_factory=dict)
    body: tuple[type, str] | None = None  # (request model, example name)

    def body_model(self) -> Any:
        if self.body is None:
            return None
        model_cls, name = self.body
        return model_cls.from_dict(example(name))

    def call(self, client: Any) -> Any:
        kwargs: dict[str, Any] = dict(self.query)
        if self.body is not None:
            kwargs["body"] = self.body_model()
        return self.module.sync_detailed(*self.args, client=client, **kwargs)

    async def acall(self, client: Any) -> Any:
        kwargs: dict[str, Any] = dict(self.query)
        if self.body is not None:
            kwargs["body"] = self.body_model()
        return await self.module.asyncio_detailed(*self.args, client=client, **kwargs)

    @property
    def documented_statuses(self) -> set[str]:
        return set(SPEC["paths"][self.path][self.method]["responses"])


C, G, M = CONTACT_ID, GROUP_ID, MESSAGE_ID
OPERATIONS: list[Op] = [
    Op(
        "sendEmail",
        "post",
        "/send/email",
        send_email,
        models.SendResponse,
        body=(models.EmailRequest, "EmailRequestAdvanced"),
    ),
    Op("sendSms", "post", "/send/sms", send_sms, models.SendResponse, body=(models.SMSRequest, "SMSRequestAdvanced")),
    Op("sendFax", "post", "/send/fax", send_fax, models.SendResponse, body=(models.FaxRequest, "FaxRequestAdvanced")),
    Op(
        "sendVoice",
        "post",
        "/send/voice",
        send_voice,
        models.SendResponse,
        body=(models.VoiceRequest, "VoiceRequestAdvanced"),
    ),
    Op("sendTts", "post", "/send/tts", send_tts, models.SendResponse, body=(models.TTSRequest, "TTSRequestAdvanced")),
    Op(
        "resubmitMessage",
        "patch",
        "/set/resubmit/{MessageID}",
        resubmit_message,
        models.ActionResponse,
        (M,),
        body=(models.ResubmitRequest, "ResubmitRequest"),
    ),
    Op(
        "rescheduleMessage",
        "patch",
        "/set/reschedule/{MessageID}",
        reschedule_message,
        models.ActionResponse,
        (M,),
        body=(models.RescheduleRequest, "RescheduleRequest"),
    ),
    Op("abortMessage", "patch", "/set/abort/{MessageID}", abort_message, models.ActionResponse, (M,)),
    Op(
        "setPacing",
        "patch",
        "/set/pacing/{MessageID}",
        set_pacing,
        models.ActionResponse,
        (M,),
        body=(models.PacingRequest, "PacingRequest"),
    ),
    Op("getStatus", "get", "/get/status/{MessageID}", get_status, models.StatusResponse, (M,)),
    Op(
        "getSmsReceived",
        "get",
        "/get/sms/received",
        get_sms_received,
        models.SMSReceivedResponse,
        query={"date_from": "2022-08-01T00:00:00", "date_to": "2022-08-01T23:59:59", "page": 1, "records_per_page": 20},
    ),
    Op("getSmsReply", "get", "/get/sms/reply/{MessageID}", get_sms_reply, models.SMSReplyResponse, (M,)),
    Op(
        "listContacts",
        "get",
        "/addressbook/contact/list",
        list_contacts,
        models.ContactListResponse,
        query={"page": 1, "records_per_page": 50},
    ),
    Op(
        "searchContacts",
        "get",
        "/addressbook/contact/search",
        search_contacts,
        models.ContactListResponse,
        query={
            "page": 1,
            "records_per_page": 50,
            "email_address": "test@test.com",
            "mobile_phone": "+64 21 000 001",
            "main_phone": "09 500 5000",
            "attention": "Trent Michaels",
            "first_name": "Trent",
            "last_name": "Michaels",
            "company": "Test Corp",
        },
    ),
    Op("getContact", "get", "/addressbook/contact/{ContactID}", get_contact, models.ContactResponse, (C,)),
    Op(
        "updateContact",
        "patch",
        "/addressbook/contact/{ContactID}",
        update_contact,
        models.ContactResponse,
        (C,),
        body=(models.ContactRequest, "ContactUpdateRequest"),
    ),
    Op("deleteContact", "delete", "/addressbook/contact/{ContactID}", delete_contact, models.ContactResponse, (C,)),
    Op(
        "createContact",
        "post",
        "/addressbook/contact",
        create_contact,
        models.ContactResponse,
        body=(models.ContactRequest, "ContactRequest"),
    ),
    Op(
        "listGroups",
        "get",
        "/addressbook/group/list",
        list_groups,
        models.GroupListResponse,
        query={"page": 1, "records_per_page": 50},
    ),
    Op("getGroup", "get", "/addressbook/group/{GroupID}", get_group, models.GroupResponse, (G,)),
    Op(
        "updateGroup",
        "patch",
        "/addressbook/group/{GroupID}",
        update_group,
        models.GroupResponse,
        (G,),
        body=(models.GroupUpdateRequest, "GroupUpdateRequest"),
    ),
    Op("deleteGroup", "delete", "/addressbook/group/{GroupID}", delete_group, models.GroupResponse, (G,)),
    Op(
        "createGroup",
        "post",
        "/addressbook/group",
        create_group,
        models.GroupResponse,
        body=(models.GroupCreateRequest, "GroupCreateRequest"),
    ),
    Op(
        "listContactGroups",
        "get",
        "/addressbook/contact/{ContactID}/group/list",
        list_contact_groups,
        models.ContactGroupListResponse,
        (C,),
        query={"page": 1, "records_per_page": 50},
    ),
    Op(
        "getContactGroup",
        "get",
        "/addressbook/contact/{ContactID}/group/{GroupID}",
        get_contact_group,
        models.ContactGroupResponse,
        (C, G),
    ),
    Op(
        "deleteContactGroup",
        "delete",
        "/addressbook/contact/{ContactID}/group/{GroupID}",
        delete_contact_group,
        models.ContactGroupResponse,
        (C, G),
    ),
    Op(
        "createContactGroup",
        "post",
        "/addressbook/contact/{ContactID}/group",
        create_contact_group,
        models.ContactGroupResponse,
        (C,),
        body=(models.ContactGroupRequest, "ContactGroupRequest"),
    ),
    Op(
        "listGroupContacts",
        "get",
        "/addressbook/group/{GroupID}/contact/list",
        list_group_contacts,
        models.GroupContactListResponse,
        (G,),
        query={"page": 1, "records_per_page": 50},
    ),
    Op(
        "getGroupContact",
        "get",
        "/addressbook/group/{GroupID}/contact/{ContactID}",
        get_group_contact,
        models.ContactGroupResponse,
        (G, C),
    ),
    Op(
        "deleteGroupContact",
        "delete",
        "/addressbook/group/{GroupID}/contact/{ContactID}",
        delete_group_contact,
        models.ContactGroupResponse,
        (G, C),
    ),
    Op(
        "createGroupContact",
        "post",
        "/addressbook/group/{GroupID}/contact",
        create_group_contact,
        models.ContactGroupResponse,
        (G,),
        body=(models.GroupContactRequest, "GroupContactRequest"),
    ),
]
OPS_BY_ID = {op.operation_id: op for op in OPERATIONS}
