"""The emulator's SQLite schema: one table (or a few) per resource, each resource's in its own marked block.

`store.Store` runs it at start (every statement is `IF NOT EXISTS`, so an existing database file is kept).
"""

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS accounts (
    id INTEGER PRIMARY KEY, balance REAL NOT NULL, currency TEXT NOT NULL, balance_changed_at INTEGER,
    active INTEGER NOT NULL, is_text_deleted INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY, key_id INTEGER UNIQUE NOT NULL, account_id INTEGER NOT NULL, active INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS sms (
    seq INTEGER PRIMARY KEY, uuid TEXT UNIQUE NOT NULL, account_id INTEGER NOT NULL,
    key_id INTEGER, text TEXT NOT NULL, sender_id TEXT NOT NULL, phone TEXT NOT NULL, iso2 TEXT,
    delivery_at INTEGER NOT NULL, status_code INTEGER NOT NULL, gateway_sent_at INTEGER NOT NULL,
    dlr_code INTEGER NOT NULL, source INTEGER, ip TEXT NOT NULL, created_at INTEGER NOT NULL,
    is_unicode INTEGER, voice_lang TEXT, parts_count INTEGER NOT NULL, chars_count INTEGER,
    callback_data TEXT, bulk_id TEXT, service_code TEXT NOT NULL, is_text_deleted INTEGER NOT NULL,
    price REAL NOT NULL, charged REAL NOT NULL, is_sent INTEGER NOT NULL, attempts_count_max INTEGER,
    stage INTEGER NOT NULL, next_at INTEGER NOT NULL, outcome_kind TEXT NOT NULL, outcome_code INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS sms_account ON sms (account_id, created_at);
CREATE INDEX IF NOT EXISTS sms_due ON sms (stage, next_at);
CREATE INDEX IF NOT EXISTS sms_bulk ON sms (bulk_id) WHERE bulk_id IS NOT NULL;
CREATE TABLE IF NOT EXISTS bulks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT UNIQUE NOT NULL, account_id INTEGER NOT NULL,
    key_id INTEGER, sender_id TEXT NOT NULL, text TEXT NOT NULL, phones TEXT, msg_groups TEXT,
    delivery_at INTEGER NOT NULL, due_at INTEGER NOT NULL, status_code INTEGER NOT NULL,
    msg_total_count INTEGER NOT NULL, msg_total_cost REAL NOT NULL, created_at INTEGER NOT NULL,
    processed_at INTEGER, ip TEXT NOT NULL, is_unicode INTEGER, service_code TEXT NOT NULL, source INTEGER,
    voice_lang TEXT, is_text_deleted INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS bulks_status ON bulks (status_code, due_at);
CREATE TABLE IF NOT EXISTS groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL, name TEXT NOT NULL, description TEXT,
    name_a TEXT, name_b TEXT, name_c TEXT, name_d TEXT, name_e TEXT);
CREATE TABLE IF NOT EXISTS phones (
    id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER NOT NULL, phone TEXT NOT NULL,
    a TEXT, b TEXT, c TEXT, d TEXT, e TEXT, callback_data TEXT,
    subscribed_at INTEGER, unsubscribed_at INTEGER, unsubscribe_reason INTEGER);
CREATE INDEX IF NOT EXISTS phones_group ON phones (group_id);
CREATE TABLE IF NOT EXISTS incomings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT UNIQUE NOT NULL, account_id INTEGER NOT NULL,
    to_number TEXT NOT NULL, from_number TEXT NOT NULL, text TEXT, received_at INTEGER NOT NULL, msg_uuid TEXT);
-- >>> blocked (issue 14)
CREATE TABLE IF NOT EXISTS blocked_numbers (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL, number TEXT NOT NULL, type INTEGER NOT NULL,
    added_at INTEGER NOT NULL, UNIQUE (account_id, number));
-- <<< blocked
-- >>> shortlinks (issue 14)
CREATE TABLE IF NOT EXISTS short_link_campaigns (
    code TEXT PRIMARY KEY, account_id INTEGER NOT NULL, name TEXT NOT NULL, type INTEGER NOT NULL, url TEXT NOT NULL,
    group_id INTEGER, kind TEXT NOT NULL, created_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS short_link_campaigns_account ON short_link_campaigns (account_id, created_at);
CREATE TABLE IF NOT EXISTS campaign_submissions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, code TEXT NOT NULL, account_id INTEGER NOT NULL, phone TEXT NOT NULL,
    action TEXT NOT NULL, reason INTEGER, additional_text TEXT, short_link_code TEXT, created_at INTEGER NOT NULL);
-- <<< shortlinks
-- >>> clicks (issue 14)
CREATE TABLE IF NOT EXISTS short_links (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, short_code TEXT UNIQUE NOT NULL, account_id INTEGER NOT NULL,
    campaign_code TEXT NOT NULL, type INTEGER NOT NULL, sms_uuid TEXT, bulk_id TEXT, created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS short_links_campaign ON short_links (campaign_code);
CREATE INDEX IF NOT EXISTS short_links_sms ON short_links (sms_uuid) WHERE sms_uuid IS NOT NULL;
CREATE TABLE IF NOT EXISTS link_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL, short_code TEXT NOT NULL,
    campaign_code TEXT NOT NULL, sms_uuid TEXT, bulk_id TEXT, url TEXT NOT NULL, date INTEGER NOT NULL,
    type INTEGER NOT NULL, ip TEXT, user_agent TEXT, referer TEXT, country TEXT, browser TEXT, browser_version TEXT,
    os TEXT, os_version TEXT, software_type TEXT, hardware_type TEXT);
CREATE INDEX IF NOT EXISTS link_requests_account ON link_requests (account_id, date);
CREATE TRIGGER IF NOT EXISTS simple_campaign_link AFTER INSERT ON short_link_campaigns WHEN NEW.type = 1 BEGIN
    INSERT OR IGNORE INTO short_links (short_code, account_id, campaign_code, type, created_at, updated_at)
    VALUES (NEW.code, NEW.account_id, NEW.code, 1, NEW.created_at, NEW.created_at); END;
-- <<< clicks
-- >>> fraud (issue 14)
CREATE TABLE IF NOT EXISTS fraud_checks (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT UNIQUE NOT NULL, account_id INTEGER NOT NULL,
    service_code TEXT NOT NULL, status_code INTEGER NOT NULL, risk_score REAL, price REAL NOT NULL,
    callback_data TEXT, phone TEXT, email TEXT, ip TEXT, address TEXT,
    created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, next_at INTEGER);
CREATE INDEX IF NOT EXISTS fraud_checks_due ON fraud_checks (next_at) WHERE next_at IS NOT NULL;
-- <<< fraud
-- >>> verify (issue 14)
CREATE TABLE IF NOT EXISTS verify_codes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT UNIQUE NOT NULL, account_id INTEGER NOT NULL,
    phone TEXT NOT NULL, iso2 TEXT, code TEXT, code_length INTEGER NOT NULL, lang TEXT NOT NULL,
    routing_strategy TEXT NOT NULL, status INTEGER NOT NULL, delivered_channel TEXT, cost INTEGER,
    currency TEXT NOT NULL, payload TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,
    history TEXT NOT NULL, is_code_deleted INTEGER NOT NULL, step INTEGER NOT NULL, pending TEXT, next_at INTEGER);
CREATE INDEX IF NOT EXISTS verify_codes_account ON verify_codes (account_id, created_at);
CREATE INDEX IF NOT EXISTS verify_codes_due ON verify_codes (next_at) WHERE next_at IS NOT NULL;
-- <<< verify
-- >>> accounting (issue 14)
CREATE TABLE IF NOT EXISTS invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL, period TEXT NOT NULL,
    period_start INTEGER NOT NULL, period_end INTEGER NOT NULL, status INTEGER NOT NULL, number TEXT,
    created_at INTEGER NOT NULL, issued_at INTEGER, charges_count INTEGER NOT NULL, net REAL NOT NULL,
    currency TEXT NOT NULL);
CREATE UNIQUE INDEX IF NOT EXISTS invoices_open ON invoices (account_id, period) WHERE status = 0;
CREATE TABLE IF NOT EXISTS credit_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER NOT NULL, number TEXT NOT NULL,
    invoice_id INTEGER, reason TEXT NOT NULL, created_at INTEGER NOT NULL, net REAL NOT NULL, currency TEXT NOT NULL);
-- <<< accounting
"""
