-- Minutier schema, version 1. Portable SQL shared by SQLite and PostgreSQL:
-- timestamps are ISO 8601 UTC text, money is BIGINT minor units, booleans are INTEGER 0/1.
-- A statement ends with ';' at the end of a line.

CREATE TABLE profile (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name TEXT NOT NULL,
    siret TEXT NOT NULL,
    address TEXT NOT NULL,
    vat_regime TEXT NOT NULL CHECK (vat_regime IN ('franchise', 'standard')),
    vat_number TEXT NOT NULL DEFAULT '',
    iban TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    sole_trader INTEGER NOT NULL DEFAULT 1,
    invoice_pattern TEXT NOT NULL DEFAULT 'F-{YYYY}-{NNNN}',
    credit_note_pattern TEXT NOT NULL DEFAULT 'A-{YYYY}-{NNNN}',
    updated_at TEXT NOT NULL
);

CREATE TABLE offers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    policy TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE clients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN ('former', 'prospect', 'network', 'premium', 'audience')),
    phone TEXT NOT NULL DEFAULT '',
    company TEXT NOT NULL DEFAULT '',
    siren TEXT NOT NULL DEFAULT '',
    vat_number TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'fr',
    notes TEXT NOT NULL DEFAULT '',
    offer_id TEXT REFERENCES offers (id),
    created_at TEXT NOT NULL
);

CREATE INDEX clients_name ON clients (name);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES clients (id),
    offer_id TEXT REFERENCES offers (id),
    offer_name TEXT NOT NULL DEFAULT '',
    policy TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('running', 'paused', 'ended', 'billed', 'interrupted', 'discarded')),
    started_at TEXT NOT NULL,
    ended_at TEXT,
    last_heartbeat TEXT,
    duration_ms BIGINT NOT NULL DEFAULT 0 CHECK (duration_ms >= 0),
    cap_minor BIGINT,
    billable_seconds BIGINT NOT NULL DEFAULT 0,
    currency TEXT NOT NULL,
    net_minor BIGINT NOT NULL DEFAULT 0,
    vat_minor BIGINT NOT NULL DEFAULT 0,
    gross_minor BIGINT NOT NULL DEFAULT 0,
    capped INTEGER NOT NULL DEFAULT 0,
    invoice_id TEXT,
    created_at TEXT NOT NULL
);

CREATE INDEX sessions_started ON sessions (started_at);
CREATE INDEX sessions_client ON sessions (client_id);
CREATE INDEX sessions_state ON sessions (state);

-- One row per numbering series and period: the next number is taken and the invoice recorded in the
-- same transaction, so numbers are gap-free and never reused.
CREATE TABLE invoice_counters (
    series TEXT NOT NULL,
    period TEXT NOT NULL,
    last_value BIGINT NOT NULL,
    PRIMARY KEY (series, period)
);

CREATE TABLE invoices (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note')),
    status TEXT NOT NULL CHECK (status IN ('draft', 'issued', 'paid', 'partly_refunded', 'refunded')),
    series TEXT NOT NULL DEFAULT '',
    number TEXT UNIQUE,
    sequence BIGINT,
    client_id TEXT NOT NULL REFERENCES clients (id),
    issued_at TEXT,
    service_date TEXT,
    due_date TEXT,
    currency TEXT NOT NULL,
    net_minor BIGINT NOT NULL DEFAULT 0,
    vat_minor BIGINT NOT NULL DEFAULT 0,
    gross_minor BIGINT NOT NULL DEFAULT 0,
    paid_minor BIGINT NOT NULL DEFAULT 0,
    payment_reference TEXT NOT NULL DEFAULT '',
    seller TEXT NOT NULL DEFAULT '{}',
    buyer TEXT NOT NULL DEFAULT '{}',
    language TEXT NOT NULL DEFAULT 'fr',
    credited_invoice_id TEXT REFERENCES invoices (id),
    created_at TEXT NOT NULL
);

CREATE INDEX invoices_client ON invoices (client_id);
CREATE INDEX invoices_issued ON invoices (issued_at);

CREATE TABLE invoice_lines (
    invoice_id TEXT NOT NULL REFERENCES invoices (id),
    position INTEGER NOT NULL,
    session_id TEXT REFERENCES sessions (id),
    description TEXT NOT NULL,
    service_start TEXT,
    service_end TEXT,
    quantity_seconds BIGINT NOT NULL DEFAULT 0,
    unit_price TEXT NOT NULL DEFAULT '0',
    vat_rate TEXT NOT NULL DEFAULT '0',
    net_minor BIGINT NOT NULL,
    vat_minor BIGINT NOT NULL,
    gross_minor BIGINT NOT NULL,
    PRIMARY KEY (invoice_id, position)
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
