-- The applications received (issue #10). One set of SQL for SQLite and PostgreSQL: TEXT and
-- BIGINT columns only, ids made by the server (no auto-increment, whose syntax differs), times in
-- milliseconds since 1970-01-01 UTC.

CREATE TABLE applications (
    -- A random UUID: what the service answers and the staff's URLs use.
    id TEXT PRIMARY KEY,
    -- The client's Idempotency-Key: one application per key, ever.
    idempotency_key TEXT NOT NULL UNIQUE,
    -- SHA-256 of the request body, hex: the same key with another body is a conflict.
    body_sha256 TEXT NOT NULL,
    -- The institution the application is addressed to (a core institution id).
    institution TEXT NOT NULL,
    -- What the person says at the window: DEU-2026-000123.
    receipt TEXT NOT NULL UNIQUE,
    -- The language the person used (kk, ru, en).
    lang TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    -- received, certified or refused (a decision is final: decisions holds it).
    status TEXT NOT NULL DEFAULT 'received',
    decided_at BIGINT,
    -- The normalised application, as JSON (the core's `value`); NULL once erased, when only
    -- the anonymous columns remain (institution, receipt, dates, status).
    value TEXT,
    erased_at BIGINT
);

-- An institution's queue, newest first, by status.
CREATE INDEX applications_queue ON applications (institution, status, received_at);
-- Retention: what to erase.
CREATE INDEX applications_by_time ON applications (received_at);

-- The last receipt number given, per institution and year.
CREATE TABLE receipt_sequences (
    prefix TEXT NOT NULL,
    year BIGINT NOT NULL,
    last_number BIGINT NOT NULL,
    PRIMARY KEY (prefix, year)
);
