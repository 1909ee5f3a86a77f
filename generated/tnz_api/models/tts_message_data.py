from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.answer_phone_mode import AnswerPhoneMode, check_answer_phone_mode
from ..models.mode import Mode, check_mode
from ..models.voice import Voice, check_voice
from ..models.webhook_callback_format import WebhookCallbackFormat, check_webhook_callback_format
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination import Destination
    from ..models.tts_keypad import TTSKeypad


T = TypeVar("T", bound="TTSMessageData")


@_attrs_define
class TTSMessageData:
    """The Text-to-Speech call to make.

    Attributes:
        message_to_people (str): The text-to-speech message played if the call is answered by a human (may optionally
            include SSML commands).
        destinations (list[Destination]): The message's destinations (no limit on their number within the 20 MB request
            maximum).
        message_id (str | Unset): A Message Identifier helps you keep track of each message (maximum 40 characters,
            alphanumeric). Use a unique MessageID for each request. If you leave this field blank,
            the API will generate a 36-character UUID (v4) for you and include it in the response.
        reference (str | Unset): Human readable message description (free format field, maximum 80 characters).
        webhook_callback_url (str | Unset): Overrides your Sender's default Webhook URL. Requires a default webhook to
            be configured.
            A full path including https:// is required.
        webhook_callback_format (WebhookCallbackFormat | Unset): Overrides your Sender's default Webhook format ('JSON'
            or 'XML').
        send_time (str | Unset): A single point of time in a combined date and time representation ({date}T{time}, for
            example 2022-12-31T23:00) in your local timezone, specified by your Sender setting or
            overridden using the TimeZone command. Not RFC 3339: there is no offset, and seconds are
            optional, so this is a pattern rather than `format: date-time`.
        time_zone (str | Unset): User's local timezone (see Setting Timezones).
        sub_account (str | Unset): Used for reporting, billing and Web Dashboard segmentation (see Cost Tracking &
            Rebilling).
        department (str | Unset): Used for reporting, billing and Web Dashboard segmentation (see Cost Tracking &
            Rebilling).
        charge_code (str | Unset): Bespoke app cost allocation code (for invoice segmentation).
        mode (Mode | Unset): `Test`: the message is handled by the API, instantly called a SUCCESS and the success
            report is delivered to you - end-to-end testing without sending a live message.
        report_to (str | Unset): For email (SMTP) message delivery report notifications
        message_to_answerphones (str | Unset): Enables Answering Machine/Voicemail detection; this message is played
            when an answering machine is detected. May include SSML commands.
        keypads (list[TTSKeypad] | Unset): Keypad options (buttons 1-9).
        keypad_option_required (bool | Unset): The call recipient must press a valid keypad button; otherwise the
            attempt is logged
            as a Failure ("No Valid Option Selected") and retried until Retry Attempts are exhausted.
        call_route_message_to_people (str | Unset): Text-to-speech message played when a keypad option is pressed
        call_route_message_to_operators (str | Unset): Text-to-speech message played to the call centre representative
            answering the connected call
        call_route_message_on_wrong_key (str | Unset): Wrong Keypad message played if the callee presses an unregistered
            keypad button
        number_of_operators (int | Unset): Limits the maximum simultaneous calls (where multiple Destinations are
            listed). Set 99999 for max throughput.
        answer_phone_mode (AnswerPhoneMode | Unset): Sets the action for when an Answering Machine is detected ('NDAS',
            'NDAF', 'DAS', 'DAF'). See Answer Phone Detection for Voice.
        retry_attempts (int | Unset): Number of retry attempts if the call fails (for example, the recipient's line is
            busy or
            unavailable). RetryAttempts=0 means the call will not be retried.
        retry_period (int | Unset): Minutes apart when performing retries.
        caller_id (str | Unset): A telephone number in E.164 format.
        voice (Voice | Unset): Text-to-Speech voice to use.
        options (str | Unset): Customisable field that allows advanced voice options including recording survey
            responses, recording phone numbers, playing IVR options, capturing DTMF tones for account numbers or credit card
            numbers, etc.
    """

    message_to_people: str
    destinations: list[Destination]
    message_id: str | Unset = UNSET
    reference: str | Unset = UNSET
    webhook_callback_url: str | Unset = UNSET
    webhook_callback_format: WebhookCallbackFormat | Unset = UNSET
    send_time: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    sub_account: str | Unset = UNSET
    department: str | Unset = UNSET
    charge_code: str | Unset = UNSET
    mode: Mode | Unset = UNSET
    report_to: str | Unset = UNSET
    message_to_answerphones: str | Unset = UNSET
    keypads: list[TTSKeypad] | Unset = UNSET
    keypad_option_required: bool | Unset = UNSET
    call_route_message_to_people: str | Unset = UNSET
    call_route_message_to_operators: str | Unset = UNSET
    call_route_message_on_wrong_key: str | Unset = UNSET
    number_of_operators: int | Unset = UNSET
    answer_phone_mode: AnswerPhoneMode | Unset = UNSET
    retry_attempts: int | Unset = UNSET
    retry_period: int | Unset = UNSET
    caller_id: str | Unset = UNSET
    voice: Voice | Unset = UNSET
    options: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message_to_people = self.message_to_people

        destinations = []
        for componentsschemas_destinations_item_data in self.destinations:
            componentsschemas_destinations_item = componentsschemas_destinations_item_data.to_dict()
            destinations.append(componentsschemas_destinations_item)

        message_id = self.message_id

        reference = self.reference

        webhook_callback_url = self.webhook_callback_url

        webhook_callback_format: str | Unset = UNSET
        if not isinstance(self.webhook_callback_format, Unset):
            webhook_callback_format = self.webhook_callback_format

        send_time = self.send_time

        time_zone = self.time_zone

        sub_account = self.sub_account

        department = self.department

        charge_code = self.charge_code

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        report_to = self.report_to

        message_to_answerphones = self.message_to_answerphones

        keypads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keypads, Unset):
            keypads = []
            for keypads_item_data in self.keypads:
                keypads_item = keypads_item_data.to_dict()
                keypads.append(keypads_item)

        keypad_option_required = self.keypad_option_required

        call_route_message_to_people = self.call_route_message_to_people

        call_route_message_to_operators = self.call_route_message_to_operators

        call_route_message_on_wrong_key = self.call_route_message_on_wrong_key

        number_of_operators = self.number_of_operators

        answer_phone_mode: str | Unset = UNSET
        if not isinstance(self.answer_phone_mode, Unset):
            answer_phone_mode = self.answer_phone_mode

        retry_attempts = self.retry_attempts

        retry_period = self.retry_period

        caller_id = self.caller_id

        voice: str | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice

        options = self.options

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "MessageToPeople": message_to_people,
                "Destinations": destinations,
            }
        )
        if message_id is not UNSET:
            field_dict["MessageID"] = message_id
        if reference is not UNSET:
            field_dict["Reference"] = reference
        if webhook_callback_url is not UNSET:
            field_dict["WebhookCallbackURL"] = webhook_callback_url
        if webhook_callback_format is not UNSET:
            field_dict["WebhookCallbackFormat"] = webhook_callback_format
        if send_time is not UNSET:
            field_dict["SendTime"] = send_time
        if time_zone is not UNSET:
            field_dict["TimeZone"] = time_zone
        if sub_account is not UNSET:
            field_dict["SubAccount"] = sub_account
        if department is not UNSET:
            field_dict["Department"] = department
        if charge_code is not UNSET:
            field_dict["ChargeCode"] = charge_code
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if report_to is not UNSET:
            field_dict["ReportTo"] = report_to
        if message_to_answerphones is not UNSET:
            field_dict["MessageToAnswerphones"] = message_to_answerphones
        if keypads is not UNSET:
            field_dict["Keypads"] = keypads
        if keypad_option_required is not UNSET:
            field_dict["KeypadOptionRequired"] = keypad_option_required
        if call_route_message_to_people is not UNSET:
            field_dict["CallRouteMessageToPeople"] = call_route_message_to_people
        if call_route_message_to_operators is not UNSET:
            field_dict["CallRouteMessageToOperators"] = call_route_message_to_operators
        if call_route_message_on_wrong_key is not UNSET:
            field_dict["CallRouteMessageOnWrongKey"] = call_route_message_on_wrong_key
        if number_of_operators is not UNSET:
            field_dict["NumberOfOperators"] = number_of_operators
        if answer_phone_mode is not UNSET:
            field_dict["AnswerPhoneMode"] = answer_phone_mode
        if retry_attempts is not UNSET:
            field_dict["RetryAttempts"] = retry_attempts
        if retry_period is not UNSET:
            field_dict["RetryPeriod"] = retry_period
        if caller_id is not UNSET:
            field_dict["CallerID"] = caller_id
        if voice is not UNSET:
            field_dict["Voice"] = voice
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.destination import Destination  # noqa: PLC0415
        from ..models.tts_keypad import TTSKeypad  # noqa: PLC0415

        d = dict(src_dict)
        message_to_people = d.pop("MessageToPeople")

        destinations = []
        _destinations = d.pop("Destinations")
        for componentsschemas_destinations_item_data in _destinations:
            componentsschemas_destinations_item = Destination.from_dict(componentsschemas_destinations_item_data)

            destinations.append(componentsschemas_destinations_item)

        message_id = d.pop("MessageID", UNSET)

        reference = d.pop("Reference", UNSET)

        webhook_callback_url = d.pop("WebhookCallbackURL", UNSET)

        _webhook_callback_format = d.pop("WebhookCallbackFormat", UNSET)
        webhook_callback_format: WebhookCallbackFormat | Unset
        if isinstance(_webhook_callback_format, Unset):
            webhook_callback_format = UNSET
        else:
            webhook_callback_format = check_webhook_callback_format(_webhook_callback_format)

        send_time = d.pop("SendTime", UNSET)

        time_zone = d.pop("TimeZone", UNSET)

        sub_account = d.pop("SubAccount", UNSET)

        department = d.pop("Department", UNSET)

        charge_code = d.pop("ChargeCode", UNSET)

        _mode = d.pop("Mode", UNSET)
        mode: Mode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_mode(_mode)

        report_to = d.pop("ReportTo", UNSET)

        message_to_answerphones = d.pop("MessageToAnswerphones", UNSET)

        _keypads = d.pop("Keypads", UNSET)
        keypads: list[TTSKeypad] | Unset = UNSET
        if _keypads is not UNSET:
            keypads = []
            for keypads_item_data in _keypads:
                keypads_item = TTSKeypad.from_dict(keypads_item_data)

                keypads.append(keypads_item)

        keypad_option_required = d.pop("KeypadOptionRequired", UNSET)

        call_route_message_to_people = d.pop("CallRouteMessageToPeople", UNSET)

        call_route_message_to_operators = d.pop("CallRouteMessageToOperators", UNSET)

        call_route_message_on_wrong_key = d.pop("CallRouteMessageOnWrongKey", UNSET)

        number_of_operators = d.pop("NumberOfOperators", UNSET)

        _answer_phone_mode = d.pop("AnswerPhoneMode", UNSET)
        answer_phone_mode: AnswerPhoneMode | Unset
        if isinstance(_answer_phone_mode, Unset):
            answer_phone_mode = UNSET
        else:
            answer_phone_mode = check_answer_phone_mode(_answer_phone_mode)

        retry_attempts = d.pop("RetryAttempts", UNSET)

        retry_period = d.pop("RetryPeriod", UNSET)

        caller_id = d.pop("CallerID", UNSET)

        _voice = d.pop("Voice", UNSET)
        voice: Voice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = check_voice(_voice)

        options = d.pop("Options", UNSET)

        tts_message_data = cls(
            message_to_people=message_to_people,
            destinations=destinations,
            message_id=message_id,
            reference=reference,
            webhook_callback_url=webhook_callback_url,
            webhook_callback_format=webhook_callback_format,
            send_time=send_time,
            time_zone=time_zone,
            sub_account=sub_account,
            department=department,
            charge_code=charge_code,
            mode=mode,
            report_to=report_to,
            message_to_answerphones=message_to_answerphones,
            keypads=keypads,
            keypad_option_required=keypad_option_required,
            call_route_message_to_people=call_route_message_to_people,
            call_route_message_to_operators=call_route_message_to_operators,
            call_route_message_on_wrong_key=call_route_message_on_wrong_key,
            number_of_operators=number_of_operators,
            answer_phone_mode=answer_phone_mode,
            retry_attempts=retry_attempts,
            retry_period=retry_period,
            caller_id=caller_id,
            voice=voice,
            options=options,
        )

        return tts_message_data
