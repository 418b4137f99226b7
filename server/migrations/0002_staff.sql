-- The officers' side (issue #11): accounts, sessions, failed sign-ins, the audit trail. One set of
-- SQL for SQLite and PostgreSQL, as 0001.

CREATE TABLE staff (
    login TEXT PRIMARY KEY,
    -- The institution the officer belongs to; NULL for an administrator, who sees them all.
    institution TEXT,
    -- argon2id, as a PHC string.
    password_hash TEXT NOT NULL,
    -- 1: turned off (its sessions end).
    disabled BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

-- A session: the cookie holds a random token, the table its SHA-256 (a copy of the table opens
-- no session). Ended by signing out, by inactivity, or by the account being turned off.
CREATE TABLE sessions (
    token_sha256 TEXT PRIMARY KEY,
    login TEXT NOT NULL,
    -- What every state-changing request must send back (X-CSRF-Token, or a form's field).
    csrf TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    seen_at BIGINT NOT NULL
);

-- Failed sign-ins, by login and by address, for throttling; rows older than the window go.
CREATE TABLE login_failures (
    subject TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_failures_by_subject ON login_failures (subject, at);

-- Every sign-in, view of an application and decision, with the officer and the time. Appended
-- to, never changed: the service has no statement that updates or deletes a row of it, and
-- retention leaves it (it holds no applicant's personal data: ids, logins, actions).
CREATE TABLE audit (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    login TEXT NOT NULL,
    action TEXT NOT NULL,
    application_id TEXT,
    institution TEXT
);
CREATE INDEX audit_by_application ON audit (application_id, at);
