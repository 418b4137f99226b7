-- Issue 24, machine clients: bearer tokens, kept as their SHA-256, revocable.
CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    token_sha256 TEXT NOT NULL UNIQUE,
    institution TEXT NOT NULL,
    scope TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

-- Issue 24, events for the host's systems: an outbox written in the transaction of what it
-- tells (a receipt, a decision), delivered by one process at a time (the lease "events").
-- At most two events an application (ordinal 0: received; 1: certified or refused), delivered
-- in that order. No personal data: ids, receipt, institution, time.
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL,
    ordinal BIGINT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    -- pending, delivered, or failed (still refused after a day of retries)
    state TEXT NOT NULL,
    attempts BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    -- retried until then (a day after it was written, or after `events retry`)
    give_up_at BIGINT NOT NULL,
    delivered_at BIGINT,
    last_error TEXT,
    UNIQUE (application_id, ordinal)
);
CREATE INDEX events_due ON events (state, next_attempt_at);
