-- Decisions and the register's uniqueness (issue #11). One set of SQL for SQLite and PostgreSQL.

-- One decision per application, final: the certificate (with the IIN the national register
-- formed) or the refusal. The IIN and the reasons are personal data, erased with the
-- application; the kind and the dates stay.
CREATE TABLE decisions (
    application_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    iin TEXT,
    reason TEXT,
    standard_kk TEXT,
    standard_ru TEXT,
    issue_date TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at BIGINT NOT NULL
);

-- The IINs recorded, as keyed hashes (HMAC-SHA-256 with the register's key) of the IIN and of
-- the person (citizenship, document number, date of birth): an IIN is unique and never
-- changes, and this holds after the applications are erased, without keeping either in clear.
CREATE TABLE register (
    iin_key TEXT PRIMARY KEY,
    person_key TEXT NOT NULL,
    application_id TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
-- A person holds one IIN: a second for the same person is refused.
CREATE UNIQUE INDEX register_by_person ON register (person_key);

-- The service's own settings: the register's key when REGISTER_KEY does not give one.
CREATE TABLE service_settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
