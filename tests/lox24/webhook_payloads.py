"""LOX24's documented webhook bodies, exactly as its docs print them (shared by the webhook tests).

The bodies are copied from LOX24's OpenAPI file (v2.22: `components.examples.webhooks.examples.*` and the
`webhooks.phone.*` examples) and from its notifications page (the `sms.delivery` example spelling
`attempts_total`). `sms.delivery.dryrun` has no example there; its body is the `sms.delivery` schema with the
dry-run uuid of POST /sms/dryrun.
"""

from __future__ import annotations

import json
from typing import Any

NOTIFICATIONS_PAGE_DELIVERY = """{
    "id": "a3cd6e19-8af2-498d-ad07-c7840f1b4ac8",
    "data": {
        "id": "d6c12ac4-cc7d-11ec-b6da-525400bbb7dc",
        "key_id": 8207,
        "dlr_code": 1,
        "status_code": 100,
        "callback_data": "some data from user's request here"
    },
    "name": "sms.delivery",
    "created_at": 1653378603,
    "api_version": "2022-05-25",
    "attempt_number": 1,
    "attempts_total": 4,
  \t"notification_task_id": "3378de83-de66-4de8-9d29-2b10d41bb641"
}"""

DOCS: dict[str, dict[str, Any]] = {
    "sms.delivery": json.loads(NOTIFICATIONS_PAGE_DELIVERY),
    "sms.delivery expired": {
        "api_version": "2022-05-25",
        "attempt_number": 1,
        "attempt_total": 4,
        "created_at": 1653378603,
        "data": {
            "callback_data": "order-12345",
            "dlr_code": 8,
            "id": "d6c12ac4-cc7d-11ec-b6da-525400bbb7dc",
            "key_id": 8207,
            "status_code": 100,
        },
        "id": "a3cd6e19-8af2-498d-ad07-c7840f1b4ac8",
        "name": "sms.delivery",
        "notification_task_id": "3378de83-de66-4de8-9d29-2b10d41bb641",
    },
    "sms.delivery.dryrun": {
        "id": "5b0e4c1e-6a43-4f0e-9d0a-2f3c4b5a6d7e",
        "api_version": "2022-05-25",
        "name": "sms.delivery.dryrun",
        "created_at": 1653378603,
        "attempt_total": 4,
        "attempt_number": 1,
        "notification_task_id": "3378de83-de66-4de8-9d29-2b10d41bb641",
        "data": {
            "id": "11111111-2222-3333-4444-555555555555",
            "key_id": 8207,
            "dlr_code": 0,
            "status_code": 0,
            "callback_data": "order-12345",
        },
    },
    "sms.incoming": {
        "api_version": "2022-05-25",
        "attempt_number": 1,
        "attempt_total": 1,
        "created_at": 1653378703,
        "data": {
            "from": "+490987654321",
            "id": "e7d23bd5-dd8e-22fd-c7eb-636511ccc8ed",
            "msg_uuid": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
            "received_at": 1653378703,
            "text": "Hello, this is a reply message",
            "to": "+1234567890",
        },
        "id": "d6ff9b42-1da5-711f-df20-f0173a4e7df1",
        "name": "sms.incoming",
        "notification_task_id": "4489ef94-ef77-5ef9-ae2a-3c21e52cc752",
    },
    "sms.email.parsing.success": {
        "api_version": "2022-05-25",
        "attempt_number": 1,
        "attempt_total": 1,
        "created_at": 1653378803,
        "data": {
            "email": {
                "body": "Send SMS to +4915123456789: Hello, this is your SMS message content parsed from email.",
                "from": "sender@example.com",
                "id": "email-456",
                "subject": "SMS Request",
                "to": "sms@your-domain.com",
            },
            "sms": [
                {
                    "text": "Hello, this is your SMS message content parsed from email.",
                    "to": "+4915123456789",
                    "uuid": "f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe",
                }
            ],
        },
        "id": "d6ff9b42-1da5-711f-df20-f0173a4e7df1",
        "name": "sms.email.parsing.success",
        "notification_task_id": "5590fa05-fb88-6fc0-bf3b-4d32f63dd863",
    },
    "sms.email.parsing.fail": {
        "api_version": "2022-05-25",
        "attempt_number": 1,
        "attempt_total": 1,
        "created_at": 1653378603,
        "data": {
            "description": "Invalid phone number format",
            "email": {
                "body": "Send SMS to invalid-phone: Test message",
                "from": "sender@example.com",
                "id": "email-789",
                "subject": "SMS Request",
                "to": "sms@your-domain.com",
            },
            "field": "recipient",
        },
        "id": "a3cd6e19-8af2-498d-ad07-c7840f1b4ac8",
        "name": "sms.email.parsing.fail",
        "notification_task_id": "3378de83-de66-4de8-9d29-2b10d41bb641",
    },
    "bulk.email.parsing.success": {
        "api_version": "2022-05-25",
        "attempt_number": 1,
        "attempt_total": 1,
        "created_at": 1653378803,
        "data": {
            "bulk": {"created_at": 1653378803, "id": "f8a34ce6-ee9f-33ae-d8fc-747622ddd9fe", "status": 10},
            "email": {
                "body": "Message content here",
                "from": "sender@example.com",
                "id": "email-123",
                "subject": "SMS Bulk Request",
                "to": "bulk@your-domain.com",
            },
        },
        "id": "d6ff9b42-1da5-711f-df20-f0173a4e7df1",
        "name": "bulk.email.parsing.success",
        "notification_task_id": "5590fa05-fb88-6fc0-bf3b-4d32f63dd863",
    },
    "bulk.email.parsing.fail": {
        "api_version": "2022-05-25",
        "attempt_number": 1,
        "attempt_total": 1,
        "created_at": 1653378903,
        "data": {
            "description": "Invalid phone number format",
            "email": {
                "body": "Invalid message content",
                "from": "sender@example.com",
                "id": "email-124",
                "subject": "SMS Bulk Request",
                "to": "bulk@your-domain.com",
            },
            "field": "to",
        },
        "id": "d6ff9b42-1da5-711f-df20-f0173a4e7df1",
        "name": "bulk.email.parsing.fail",
        "notification_task_id": "6601ab16-ca99-7fe1-cf4c-5e43f74ee974",
    },
    "fraud-check.done": {
        "api_version": "2022-05-25",
        "attempt_number": 1,
        "attempt_total": 1,
        "created_at": 1653379003,
        "data": {"check_id": "fraud-check-123", "confidence_score": 0.95, "result": "clean"},
        "id": "a7bc0d53-2ab6-822c-df31-a1284b5f8ea2",
        "name": "fraud-check.done",
        "notification_task_id": "7712ab27-cd00-8ef2-da5d-6f54f85ff085",
    },
    "phone.subscribe": {
        "api_version": "2022-05-25",
        "attempt_number": 1,
        "attempts_total": 4,
        "created_at": 1757926648,
        "data": {
            "additional_data": [],
            "campaign_code": "1dkGdCC2xnBc",
            "group_id": 123,
            "phone": "+99559122567",
            "short_link_code": "baaIoP",
            "timestamp": 1757926648,
            "user_id": 21911,
        },
        "id": "ed18a290-766d-46cf-ab4e-6fa421405fbd",
        "name": "phone.subscribe",
    },
    "phone.unsubscribe": {
        "api_version": "2022-05-25",
        "attempt_number": 1,
        "attempts_total": 4,
        "created_at": 1757849748,
        "data": {
            "additional_data": {
                "additional_text": "zusätzlicher Benutzertext mit Erklärung",
                "reason": {"id": 4, "label": "Es ist unverständlich"},
            },
            "campaign_code": "3KCKb5nMD",
            "phone": "+4911113333444",
            "short_link_code": "baaIou",
            "timestamp": 1757849748,
            "unsubscribe_request_id": 59,
            "user_id": 2,
        },
        "id": "ef58b437-1319-4b0c-961b-17214cf1cf32",
        "name": "phone.unsubscribe",
    },
}
