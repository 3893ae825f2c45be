"""The documentation's own request bodies (shared/docs/lox24-seeds), used by several test files."""

# The exact body of the documentation's curl sample (shared/docs/lox24-seeds/post-sms.txt): delivery_at is in the past.
DOCS_SMS = {
    "sender_id": "My Sender",
    "phone": "+49751234567",
    "source": 111,
    "service_code": "direct",
    "text": "Test message",
    "delivery_at": 1573724611,
    "is_unicode": True,
    "callback_data": "123456",
    "voice_lang": "DE",
}

DOCS_BULK = {
    "sender_id": "testbulk",
    "text": "test bulk text",
    "service_code": "direct",
    "phones": ["+49751234567"],
    "msg_groups": [7117],
    "delivery_at": 1573724611,
    "is_unicode": True,
    "source": 1234,
    "voice_lang": "DE",
}
