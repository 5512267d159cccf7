-- Payments (Stripe): an outbox of every API operation and the holds of each session.
-- Each operation is recorded BEFORE it is sent (state 'pending', then 'sent') and its outcome after
-- ('succeeded' / 'failed'); an operation left 'pending' or 'sent' by a crash is reconciled at start-up
-- by reading the PaymentIntent, never sent as a new charge. Its idempotency key is derived from the
-- session, the operation and the hold index, so it is stable across retries and restarts.
-- Nothing here is secret: the API key lives only in the OS keychain.

CREATE TABLE payment_operations (
    id TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('checkout', 'hold', 'capture', 'release', 'refund')),
    hold_index INTEGER NOT NULL DEFAULT 0,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    request_body TEXT NOT NULL,
    amount_minor BIGINT,
    currency TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'succeeded', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    http_status INTEGER NOT NULL DEFAULT 0,
    error_type TEXT NOT NULL DEFAULT '',
    error_code TEXT NOT NULL DEFAULT '',
    decline_code TEXT NOT NULL DEFAULT '',
    error_message TEXT NOT NULL DEFAULT '',
    response_summary TEXT NOT NULL DEFAULT '',
    payment_intent_id TEXT NOT NULL DEFAULT '',
    object_id TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    sent_at TEXT,
    finished_at TEXT
);

CREATE INDEX payment_operations_state ON payment_operations (state);
CREATE INDEX payment_operations_session ON payment_operations (session_id);
CREATE INDEX payment_operations_intent ON payment_operations (payment_intent_id);

-- One row per hold (pre-authorisation) of a session; rolling holds get the next hold_index.
-- Holds placed outside a session (CLI) use session_id 'adhoc:<uuid>'.
CREATE TABLE payment_holds (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    hold_index INTEGER NOT NULL,
    payment_intent_id TEXT NOT NULL DEFAULT '',
    checkout_session_id TEXT NOT NULL DEFAULT '',
    checkout_url TEXT NOT NULL DEFAULT '',
    customer_id TEXT NOT NULL DEFAULT '',
    payment_method_id TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL,
    amount_minor BIGINT NOT NULL CHECK (amount_minor >= 0),
    captured_minor BIGINT NOT NULL DEFAULT 0,
    refunded_minor BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('pending', 'link_open', 'authorized', 'requires_action', 'failed', 'captured', 'released', 'expired')),
    failure TEXT NOT NULL DEFAULT '',
    link_expires_at TEXT,
    capture_before TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (session_id, hold_index)
);

CREATE INDEX payment_holds_intent ON payment_holds (payment_intent_id);

-- What was finally taken for a session: captured, or not charged (0 or below the minimum charge).
CREATE TABLE session_payments (
    session_id TEXT PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('captured', 'not_charged', 'partly_refunded', 'refunded')),
    currency TEXT NOT NULL,
    captured_minor BIGINT NOT NULL DEFAULT 0,
    refunded_minor BIGINT NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
