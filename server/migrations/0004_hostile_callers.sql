-- Issue 22, hostile callers. One set of SQL for SQLite and PostgreSQL, as 0001.

-- 1. Erasure must write nothing a client could have chosen: an erased application's key is NULL
-- (a UNIQUE column holds any number of NULLs on both databases), so no key sent beforehand can
-- make erasure fail on uniqueness. SQLite cannot drop a NOT NULL, so the table is rebuilt.
CREATE TABLE applications_keyed (
    id TEXT PRIMARY KEY,
    -- The client's Idempotency-Key: one application per key, ever; NULL once erased.
    idempotency_key TEXT UNIQUE,
    body_sha256 TEXT NOT NULL,
    institution TEXT NOT NULL,
    receipt TEXT NOT NULL UNIQUE,
    lang TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    status TEXT NOT NULL DEFAULT 'received',
    decided_at BIGINT,
    value TEXT,
    erased_at BIGINT
);
INSERT INTO applications_keyed (id, idempotency_key, body_sha256, institution, receipt, lang, received_at, status, decided_at, value, erased_at)
SELECT id, CASE WHEN erased_at IS NULL THEN idempotency_key ELSE NULL END, body_sha256, institution, receipt, lang, received_at, status, decided_at, value, erased_at
FROM applications;
DROP TABLE applications;
ALTER TABLE applications_keyed RENAME TO applications;
CREATE INDEX applications_queue ON applications (institution, status, received_at);
CREATE INDEX applications_by_time ON applications (received_at);
-- Retention of decided applications goes by the decision's date.
CREATE INDEX applications_by_decision ON applications (decided_at);

-- 2. The register: the documents each IIN is recorded for. A person who was given an IIN and
-- later comes with a new passport is the same holder once an officer confirms it; from then on
-- the new document belongs to that IIN too, so that it can be given no other. The first
-- document stays in register.person_key; every document, the first included, is here.
CREATE TABLE register_documents (
    -- The keyed hash of citizenship, document number and date of birth.
    person_key TEXT PRIMARY KEY,
    iin_key TEXT NOT NULL,
    application_id TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
INSERT INTO register_documents (person_key, iin_key, application_id, recorded_at)
SELECT person_key, iin_key, application_id, recorded_at FROM register;
CREATE INDEX register_documents_by_iin ON register_documents (iin_key);
-- The keyed hash of the holder's citizenship and date of birth: what a new document of the same
-- holder must share. NULL for IINs recorded before this migration (no confirmation possible).
ALTER TABLE register ADD COLUMN holder_key TEXT;

-- 3. Sign-in throttling: one row per subject (a login, an address; as SHA-256, never the text
-- typed), counted up before the password is verified, in one statement. Rows older than the
-- window go, with whatever was typed.
DROP TABLE login_failures;
CREATE TABLE login_attempts (
    subject TEXT PRIMARY KEY,
    window_start BIGINT NOT NULL,
    attempts BIGINT NOT NULL
);
CREATE INDEX login_attempts_by_time ON login_attempts (window_start);
