-- An append-only hash chain over every issued document and payment event: each entry stores the
-- canonical content of its record and SHA-256(previous hash, type, id, content), so any alteration
-- made outside the application is found by `minutier-cli verify`.

CREATE TABLE audit_chain (
    seq BIGINT PRIMARY KEY,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    content TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX audit_chain_record ON audit_chain (record_type, record_id);

CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain
BEGIN
    SELECT RAISE(ABORT, 'the audit chain is append-only');
END;

CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
BEGIN
    SELECT RAISE(ABORT, 'the audit chain is append-only');
END;
